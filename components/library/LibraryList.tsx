import type { LibraryEntry } from '../../lib/library/records';
import { LibraryRow } from './LibraryRow';

interface Props {
  /** The entries that pass the search and filters, in order. */
  shown: LibraryEntry[];
  /** How many of them to render. */
  limit: number;
  selected: Set<string>;
  onSelect: (id: string, on: boolean) => void;
  onRead: (id: string, read: boolean) => void;
  onTag: (id: string) => void;
  onDelete: (id: string) => void;
  onMore: () => void;
}

/** The saved articles, a page at a time: the first `limit` rows, then "Show more". */
export function LibraryList({ shown, limit, selected, onMore, ...handlers }: Props) {
  return (
    <>
      <ul class="lib-list" data-testid="library-list" aria-label="Saved articles">
        {shown.slice(0, limit).map((e) => (
          <LibraryRow key={e.id} entry={e} selected={selected.has(e.id)} {...handlers} />
        ))}
      </ul>
      {shown.length > limit && (
        <button type="button" class="button lib-more" onClick={onMore}>
          Show more ({shown.length - limit} left)
        </button>
      )}
    </>
  );
}
