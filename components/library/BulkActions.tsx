import type { ExportFormat } from '../../utils/library-export';
import { ExportMenu } from './ExportMenu';

interface Props {
  /** The ticked articles. */
  ids: string[];
  /** Whether every shown row is ticked. */
  allShown: boolean;
  onSelectAll: (on: boolean) => void;
  onRead: (ids: string[], read: boolean) => void;
  onTag: (ids: string[]) => void;
  onExport: (format: ExportFormat, ids: string[]) => void;
  onDelete: (ids: string[]) => void;
}

/** "Select all shown", then what can be done to the ticked articles at once. */
export function BulkActions({ ids, allShown, onSelectAll, onRead, onTag, onExport, onDelete }: Props) {
  return (
    <div class="lib-bulk" aria-label="Selected articles">
      <label>
        <input
          type="checkbox"
          checked={allShown}
          onChange={(e) => onSelectAll((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {ids.length ? `${ids.length} selected` : 'Select all shown'}
      </label>
      {ids.length > 0 && (
        <>
          <button type="button" class="button" onClick={() => onRead(ids, true)}>
            Mark read
          </button>
          <button type="button" class="button" onClick={() => onRead(ids, false)}>
            Mark unread
          </button>
          <button type="button" class="button" onClick={() => onTag(ids)}>
            Tag
          </button>
          <ExportMenu label="Export" onExport={(f) => onExport(f, ids)} />
          <button type="button" class="button" data-testid="delete-selected" onClick={() => onDelete(ids)}>
            Delete
          </button>
        </>
      )}
    </div>
  );
}
