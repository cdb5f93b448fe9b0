import MiniSearch, { type Options, type SearchOptions } from 'minisearch';

/**
 * Full-text search over the library (issue #7): title, byline, site and
 * text, with prefix and fuzzy matching. The index is persisted as a
 * snapshot plus a journal of saves and deletes since (utils/library-search.ts).
 */

/** What the index sees of one article. */
export interface SearchDoc {
  id: string;
  title: string;
  byline: string;
  siteName: string;
  text: string;
}

/** Bump when the fields or tokenizing change: a snapshot of another version is rebuilt. */
export const SEARCH_INDEX_VERSION = 1;

/**
 * Prefix matching from the second letter and typo tolerance from the fourth:
 * a one-letter prefix over thousands of articles matches most of the
 * vocabulary and costs more than it helps.
 */
export const SEARCH_OPTIONS: SearchOptions = {
  prefix: (term) => term.length > 1,
  fuzzy: (term) => (term.length > 3 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'AND',
  boost: { title: 3, siteName: 1.5, byline: 1.5 },
};

export const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'byline', 'siteName', 'text'],
  storeFields: [],
  searchOptions: SEARCH_OPTIONS,
};

/** A new, empty index. */
export function createIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>(INDEX_OPTIONS);
}

/** Loads a serialized index (`JSON.stringify(index)`), yielding to the page while it works. */
export function loadIndex(json: string): Promise<MiniSearch<SearchDoc>> {
  return MiniSearch.loadJSONAsync<SearchDoc>(json, INDEX_OPTIONS);
}

/** The search document for an article's fields; the standfirst, shown above the text, is searched with it. */
export function searchDoc(
  id: string,
  a: { title: string; byline?: string; siteName?: string; standfirst?: string; text: string },
): SearchDoc {
  const text = a.standfirst ? `${a.standfirst}\n\n${a.text}` : a.text;
  return { id, title: a.title, byline: a.byline ?? '', siteName: a.siteName ?? '', text };
}

/** Adds or replaces a document. */
export function upsertDoc(index: MiniSearch<SearchDoc>, doc: SearchDoc): void {
  if (index.has(doc.id)) index.replace(doc);
  else index.add(doc);
}

/** Removes a document if it is there. */
export function removeDoc(index: MiniSearch<SearchDoc>, id: string): void {
  if (index.has(id)) index.discard(id);
}

/** Ids matching `query`, best first; empty for a blank query. */
export function searchIds(index: MiniSearch<SearchDoc>, query: string): string[] {
  const q = query.trim();
  if (!q) return [];
  return index.search(q).map((r) => String(r.id));
}
