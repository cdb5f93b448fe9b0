import { useCallback, useEffect, useState } from 'preact/hooks';
import { library } from '../utils/library-db';
import type { RemovedArticles } from '../utils/library-writes';

/** How long the library offers to undo a delete. */
const UNDO_MS = 15_000;

export interface UndoableDelete {
  /** How many articles the last delete removed, while it can still be undone. */
  undoCount?: number;
  /** Deletes articles; stable across renders. */
  remove(ids: string[]): Promise<void>;
  /** Puts back what the last delete removed. */
  undo(): void;
}

/** Deleting saved articles with a time-limited undo (issue #7). */
export function useUndoableDelete(): UndoableDelete {
  const [last, setLast] = useState<{ removed: RemovedArticles; count: number } | undefined>(undefined);
  useEffect(() => {
    if (!last) return;
    const t = setTimeout(() => setLast(undefined), UNDO_MS);
    return () => clearTimeout(t);
  }, [last]);
  const remove = useCallback(async (ids: string[]) => {
    const removed = await library.remove(ids);
    setLast({ removed, count: removed.entries.length });
  }, []);
  const undo = () => {
    if (!last) return;
    void library.restore(last.removed);
    setLast(undefined);
  };
  return { undoCount: last?.count, remove, undo };
}
