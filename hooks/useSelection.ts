import { useCallback, useState } from 'preact/hooks';
import type { LibraryEntry } from '../lib/library/records';

export interface Selection {
  /** The ticked ids, some perhaps deleted since. */
  selected: Set<string>;
  /** The ticked ids still in `entries`: what a bulk action acts on. */
  selectedIds: string[];
  /** Ticks or unticks one; stable across renders, so memoized rows stay put. */
  toggle(id: string, on: boolean): void;
  /** Ticks exactly these ids (none: clears the selection). */
  selectOnly(ids: Iterable<string>): void;
}

/** The library's ticked rows, for its bulk actions (issue #7). */
export function useSelection(entries: readonly LibraryEntry[] | undefined): Selection {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const selectedIds = Array.from(selected).filter((id) => entries?.some((e) => e.id === id));
  const toggle = useCallback(
    (id: string, on: boolean) =>
      setSelected((s) => {
        const next = new Set(s);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const selectOnly = useCallback((ids: Iterable<string>) => setSelected(new Set(ids)), []);
  return { selected, selectedIds, toggle, selectOnly };
}
