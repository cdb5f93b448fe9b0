import type { FileStatus } from '../../hooks/useLibraryFiles';

interface Props {
  status?: FileStatus;
  /** How many articles the last delete removed, while it can be undone. */
  undoCount?: number;
  onUndo: () => void;
  /** How many articles the search found; undefined when there is no search. */
  found?: number;
}

/** The library's live region: export and import status, undo after a delete, and the search's count. */
export function LibraryNotices({ status, undoCount, onUndo, found }: Props) {
  return (
    <div aria-live="polite" class="lib-live">
      {status && (
        <p
          class={status.error ? 'lib-status lib-error' : 'lib-status'}
          role={status.error ? 'alert' : 'status'}
          data-testid="library-status"
        >
          {status.text}
        </p>
      )}
      {undoCount !== undefined && (
        <p class="lib-status" data-testid="undo-bar">
          Deleted {undoCount} article{undoCount === 1 ? '' : 's'}.{' '}
          <button type="button" class="button" data-testid="undo-delete" onClick={onUndo}>
            Undo
          </button>
        </p>
      )}
      {found !== undefined && <p class="lib-count">{found === 0 ? 'No saved article matches.' : `${found} found`}</p>}
    </div>
  );
}
