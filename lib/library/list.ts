import type { LibraryEntry } from './records';

/** How the library list is ordered and narrowed (issue #7). */
export type SortKey = 'date' | 'site' | 'title';
export type ReadFilter = 'all' | 'unread' | 'read';

export interface ListQuery {
  sort: SortKey;
  read: ReadFilter;
  /** Only entries with this tag, when set. */
  tag?: string;
  /** Only these ids, in this order (search results), when set. */
  ids?: readonly string[];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const COMPARE: Record<SortKey, (a: LibraryEntry, b: LibraryEntry) => number> = {
  date: (a, b) => b.savedAt - a.savedAt,
  site: (a, b) => collator.compare(a.siteName ?? '', b.siteName ?? '') || b.savedAt - a.savedAt,
  title: (a, b) => collator.compare(a.title, b.title),
};

/**
 * The entries to show. With search results (`ids`), their relevance order
 * wins over `sort`.
 */
export function visibleEntries(entries: readonly LibraryEntry[], q: ListQuery): LibraryEntry[] {
  const keep = (e: LibraryEntry) =>
    (q.read === 'all' || (q.read === 'read') === e.read) && (!q.tag || e.tags.includes(q.tag));
  if (q.ids) {
    const byId = new Map(entries.map((e) => [e.id, e]));
    return q.ids.map((id) => byId.get(id)).filter((e): e is LibraryEntry => !!e && keep(e));
  }
  return entries.filter(keep).sort(COMPARE[q.sort]);
}

/** Every tag in use, with how many entries carry it, most used first. */
export function tagCounts(entries: readonly LibraryEntry[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const e of entries) for (const t of e.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return Array.from(counts).sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
}
