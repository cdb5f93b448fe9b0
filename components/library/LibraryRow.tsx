import { memo } from 'preact/compat';
import type { LibraryEntry } from '../../lib/library/records';

interface Props {
  entry: LibraryEntry;
  selected: boolean;
  onSelect: (id: string, on: boolean) => void;
  onRead: (id: string, read: boolean) => void;
  onTag: (id: string) => void;
  onDelete: (id: string) => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** One saved article in the library list (issue #7); re-rendered only when its props change. */
export const LibraryRow = memo(function LibraryRow({ entry: e, selected, onSelect, onRead, onTag, onDelete }: Props) {
  const titleId = `title-${e.id}`;
  return (
    <li class={`lib-row${e.read ? ' is-read' : ''}`} data-testid="library-item" data-id={e.id}>
      <input
        type="checkbox"
        class="lib-check"
        checked={selected}
        aria-labelledby={titleId}
        onChange={(ev) => onSelect(e.id, (ev.currentTarget as HTMLInputElement).checked)}
      />
      <div class="lib-main">
        <a
          id={titleId}
          class="lib-title"
          data-testid="library-item-title"
          href={`reader.html?id=${encodeURIComponent(e.id)}`}
          lang={e.lang}
          dir={e.dir}
          onClick={() => !e.read && onRead(e.id, true)}
        >
          {e.title}
        </a>
        <p class="lib-meta">
          {e.siteName && <span>{e.siteName}</span>}
          <span>
            Saved <time dateTime={new Date(e.savedAt).toISOString()}>{dateFormat.format(e.savedAt)}</time>
          </span>
          {e.readingMinutes > 0 && <span>{e.readingMinutes} min read</span>}
          <span class={e.read ? 'lib-state' : 'lib-state lib-unread'}>{e.read ? 'Read' : 'Unread'}</span>
          {e.skippedImages.length > 0 && (
            <span title={e.skippedImages.map((s) => `${s.url}: ${s.reason}`).join('\n')}>
              {e.skippedImages.length} image{e.skippedImages.length === 1 ? '' : 's'} not kept
            </span>
          )}
        </p>
        {e.tags.length > 0 && (
          <ul class="lib-tags" aria-label="Tags">
            {e.tags.map((t) => (
              <li key={t} class="lib-tag">
                {t}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="lib-actions">
        <button type="button" class="button" onClick={() => onRead(e.id, !e.read)} aria-describedby={titleId}>
          {e.read ? 'Mark unread' : 'Mark read'}
        </button>
        <button type="button" class="button" onClick={() => onTag(e.id)} aria-describedby={titleId}>
          Tag
        </button>
        <button type="button" class="button" onClick={() => onDelete(e.id)} aria-describedby={titleId}>
          Delete
        </button>
      </div>
    </li>
  );
});
