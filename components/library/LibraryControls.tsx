import type { ReadFilter, SortKey } from '../../lib/library/list';
import type { LibraryView } from '../../hooks/useLibraryView';

const SORTS: [SortKey, string][] = [
  ['date', 'Newest first'],
  ['site', 'Site'],
  ['title', 'Title'],
];
const READ_FILTERS: [ReadFilter, string][] = [
  ['all', 'All'],
  ['unread', 'Unread'],
  ['read', 'Read'],
];

/** The library's search box and its sort, read-state and tag menus. */
export function LibraryControls({ view }: { view: LibraryView }) {
  return (
    <div class="lib-controls" role="search">
      <label class="lib-search">
        <span class="visually-hidden">Search saved articles</span>
        <input
          type="search"
          placeholder="Search title, site, author, text"
          value={view.query}
          data-testid="library-search"
          onInput={(e) => view.setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {/* Search results come best first: no other order while searching. */}
      <Menu label="Sort" value={view.sort} options={SORTS} disabled={!!view.ids} onChange={view.setSort} />
      <Menu label="Show" value={view.read} options={READ_FILTERS} onChange={view.setRead} />
      <Menu
        label="Tag"
        value={view.tag}
        options={[['', 'Any'], ...view.tags.map(([t, n]): [string, string] => [t, `${t} (${n})`])]}
        onChange={view.setTag}
      />
    </div>
  );
}

interface MenuProps<T extends string> {
  label: string;
  value: T;
  /** Each option's value and text. */
  options: [T, string][];
  disabled?: boolean;
  onChange: (value: T) => void;
}

/** A labelled drop-down menu of a few values. */
function Menu<T extends string>({ label, value, options, disabled, onChange }: MenuProps<T>) {
  return (
    <label>
      {label}{' '}
      <select
        value={value}
        disabled={disabled}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as T)}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
