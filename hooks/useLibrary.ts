import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { LibraryEntry } from '../lib/library/records';
import { CHANNEL, library } from '../utils/library-db';
import { LibrarySearch } from '../utils/library-search';

export interface LibraryState {
  /** Undefined until the first read. */
  entries?: LibraryEntry[];
  search: LibrarySearch;
  /** True once the search index is loaded; bumps `searchVersion` when it changes. */
  searchReady: boolean;
  searchVersion: number;
  error?: string;
}

/**
 * The saved articles, kept current when any context saves, edits or
 * deletes (the library's BroadcastChannel). The list comes first; the
 * search index loads after the first paint.
 */
export function useLibrary(): LibraryState {
  const search = useMemo(() => new LibrarySearch(library), []);
  const [entries, setEntries] = useState<LibraryEntry[] | undefined>(undefined);
  const [searchVersion, setSearchVersion] = useState(0);
  const [error, setError] = useState<string | undefined>(undefined);

  const reload = useCallback(() => {
    library
      .list()
      .then(setEntries)
      .catch((err: unknown) => setError(`Precis could not open your library: ${String(err)}`));
  }, []);

  useEffect(() => {
    reload();
    const later = setTimeout(() => {
      void search
        .load()
        .then(() => setSearchVersion((v) => v + 1))
        .catch(() => undefined);
    }, 0);
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => {
      reload();
      void search
        .catchUp()
        .then(() => setSearchVersion((v) => v + 1))
        .catch(() => undefined);
    };
    return () => {
      clearTimeout(later);
      channel.close();
    };
  }, [reload, search]);

  return { entries, search, searchReady: search.ready, searchVersion, error };
}
