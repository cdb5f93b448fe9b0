import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryEntry } from '../lib/library/records';
import { library } from '../utils/library-db';
import { CHANNEL } from '../utils/library-schema';
import type { LibrarySearch } from '../utils/library-search';

export interface LibraryState {
  /** Undefined until the first read; only the newest `firstPaint` until `complete`. */
  entries?: LibraryEntry[];
  complete: boolean;
  /** Undefined until the search index is loaded (after the list's first paint). */
  search?: LibrarySearch;
  /** Bumps whenever the search index changes (loaded, caught up). */
  searchVersion: number;
  error?: string;
}

/**
 * The saved articles, kept current when any context saves, edits or
 * deletes (the library's BroadcastChannel names the changed ids, and only
 * those are re-read). Opening stays fast with thousands of articles: the
 * newest few are read and painted first, then the full list, then the
 * search code and index (bench:library, issue #7).
 */
export function useLibrary(firstPaint: number): LibraryState {
  const searchRef = useRef<LibrarySearch | undefined>(undefined);
  const [entries, setEntries] = useState<LibraryEntry[] | undefined>(undefined);
  const [complete, setComplete] = useState(false);
  const [searchVersion, setSearchVersion] = useState(0);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const fail = (err: unknown) => live && setError(`Precis could not open your library: ${String(err)}`);
    const afterPaint = () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    const bumpSearch = () => live && setSearchVersion((v) => v + 1);
    void (async () => {
      const newest = await library.newest(firstPaint);
      performance.mark('precis:library-newest-read');
      if (!live) return;
      setEntries(newest);
      await afterPaint();
      const all = newest.length < firstPaint ? newest : await library.list();
      if (!live) return;
      setEntries(all);
      setComplete(true);
      await afterPaint();
      // Loaded on demand: the search code and its index are not needed for the first paint.
      const { LibrarySearch } = await import('../utils/library-search');
      const search = new LibrarySearch(library);
      await search.load();
      if (!live) return;
      searchRef.current = search;
      // Changes announced while it loaded (an import, a save in another tab)
      // found no index to apply them to; every later one finds it now.
      await search.catchUp();
      if (!live) return;
      performance.mark('precis:library-search-ready');
      bumpSearch();
    })().catch(fail);

    // Changes elsewhere (or here): re-read just those entries, a few at a time.
    const changed = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = async () => {
      timer = undefined;
      const ids = Array.from(changed);
      changed.clear();
      const fresh = new Map((await library.getEntries(ids)).map((e) => [e.id, e]));
      if (!live) return;
      setEntries((list) => {
        const kept = (list ?? []).filter((e) => !ids.includes(e.id));
        return [...kept, ...fresh.values()];
      });
      await searchRef.current?.catchUp();
      bumpSearch();
    };
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (ev: MessageEvent<{ type?: string; ids?: unknown }>) => {
      const ids = Array.isArray(ev.data?.ids) ? ev.data.ids.filter((x): x is string => typeof x === 'string') : [];
      ids.forEach((id) => changed.add(id));
      timer ??= setTimeout(() => void flush().catch(fail), 30);
    };
    return () => {
      live = false;
      channel.close();
      if (timer) clearTimeout(timer);
    };
  }, [firstPaint]);

  return { entries, complete, search: searchRef.current, searchVersion, error };
}
