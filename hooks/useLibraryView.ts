import { useMemo, useState } from 'preact/hooks';
import { tagCounts, visibleEntries, type ReadFilter, type SortKey } from '../lib/library/list';
import type { LibraryEntry } from '../lib/library/records';
import type { LibraryState } from './useLibrary';

export interface LibraryView {
  query: string;
  sort: SortKey;
  read: ReadFilter;
  /** '' for any tag. */
  tag: string;
  /** How many of `shown` the list renders. */
  limit: number;
  /** Sets the search text and goes back to the first page. */
  setQuery(query: string): void;
  setSort(sort: SortKey): void;
  setRead(read: ReadFilter): void;
  setTag(tag: string): void;
  /** Renders more of `shown`. */
  showMore(): void;
  /** The ids that match the search, best first; undefined when there is no search. */
  ids?: string[];
  /** The entries that pass the search and filters, in order. */
  shown: LibraryEntry[];
  /** Every tag with how many entries have it. */
  tags: [string, number][];
}

/**
 * What the library list shows (issue #7): search, sort, read and tag
 * filters, and how far down it renders (`page` rows, then more on demand).
 */
export function useLibraryView({ entries, search, searchVersion }: LibraryState, page: number): LibraryView {
  const [query, setQueryText] = useState('');
  const [sort, setSort] = useState<SortKey>('date');
  const [read, setRead] = useState<ReadFilter>('all');
  const [tag, setTag] = useState('');
  const [limit, setLimit] = useState(page);

  const ids = useMemo(() => {
    const q = query.trim();
    if (!q) return undefined;
    if (search) return search.search(q);
    // Until the index is loaded, titles and sites still answer.
    const low = q.toLowerCase();
    return (entries ?? []).filter((e) => `${e.title} ${e.siteName ?? ''}`.toLowerCase().includes(low)).map((e) => e.id);
  }, [query, search, searchVersion, entries]);
  const shown = useMemo(
    () => visibleEntries(entries ?? [], { sort, read, tag: tag || undefined, ids }),
    [entries, sort, read, tag, ids],
  );
  const tags = useMemo(() => tagCounts(entries ?? []), [entries]);

  const setQuery = (q: string) => {
    setQueryText(q);
    setLimit(page);
  };
  const showMore = () => setLimit((l) => l + page * 5);
  return { query, sort, read, tag, limit, setQuery, setSort, setRead, setTag, showMore, ids, shown, tags };
}
