import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LibraryRow } from '../../components/library/LibraryRow';
import { StorageUsage } from '../../components/library/StorageUsage';
import { useLibrary } from '../../hooks/useLibrary';
import { useTheme } from '../../hooks/useTheme';
import { tagCounts, visibleEntries, type ReadFilter, type SortKey } from '../../lib/library/list';
import { normalizeTag } from '../../lib/library/records';
import { library } from '../../utils/library-db';
import type { RemovedArticles } from '../../utils/library-writes';
import type { ExportFormat } from '../../utils/library-export';

const PAGE = 50;

/** The offline library (issue #7): list, search, sort, filter, tag, read state, delete with undo, export, import. */
export function App() {
  useTheme();
  const { entries, search, searchVersion, error } = useLibrary(PAGE);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('date');
  const [read, setRead] = useState<ReadFilter>('all');
  const [tag, setTag] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [limit, setLimit] = useState(PAGE);
  const [undo, setUndo] = useState<{ removed: RemovedArticles; count: number } | undefined>(undefined);
  const [tagging, setTagging] = useState<string[] | undefined>(undefined);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);

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

  // bench:library times the first paint of the list: the task after the next frame.
  useLayoutEffect(() => {
    if (entries) requestAnimationFrame(() => setTimeout(() => performance.mark('precis:library-list-painted'), 0));
  }, [entries !== undefined]);
  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(undefined), 15_000);
    return () => clearTimeout(t);
  }, [undo]);

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
  const remove = useCallback(async (list: string[]) => {
    const removed = await library.remove(list);
    setSelected(new Set());
    setUndo({ removed, count: removed.entries.length });
  }, []);
  const markRead = useCallback((id: string, r: boolean) => void library.setRead([id], r), []);
  const tagOne = useCallback((id: string) => setTagging([id]), []);
  const removeOne = useCallback((id: string) => void remove([id]), [remove]);
  const runExport = async (format: ExportFormat, list?: string[]) => {
    setStatus({ text: 'Preparing the export…' });
    try {
      // Loaded on demand: Markdown and HTML export code is not needed to open the library.
      const { exportArticles } = await import('../../utils/library-export');
      await exportArticles(format, list);
      setStatus(undefined);
    } catch (err) {
      setStatus({ text: `The export failed: ${String(err)}`, error: true });
    }
  };
  const onImport = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ text: `Checking ${file.name}…` });
    const result = await library.importBackup(await file.text());
    setStatus(
      result.ok
        ? { text: `Imported ${result.count} article${result.count === 1 ? '' : 's'} from ${file.name}.` }
        : { text: result.message, error: true },
    );
    if (fileInput.current) fileInput.current.value = '';
  };
  const allShownSelected = shown.length > 0 && shown.every((e) => selected.has(e.id));

  return (
    <div class="library">
      <header class="lib-header">
        <h1>Library</h1>
        <StorageUsage refresh={entries} />
        <div class="lib-file-actions">
          <label class="button">
            Import backup
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              class="visually-hidden"
              data-testid="import-input"
              onChange={(e) => void onImport((e.currentTarget as HTMLInputElement).files?.[0])}
            />
          </label>
          <ExportMenu label="Export all" onExport={(f) => void runExport(f)} />
        </div>
      </header>

      <main>
        <div class="lib-controls" role="search">
          <label class="lib-search">
            <span class="visually-hidden">Search saved articles</span>
            <input
              type="search"
              placeholder="Search title, site, author, text"
              value={query}
              data-testid="library-search"
              onInput={(e) => {
                setQuery((e.currentTarget as HTMLInputElement).value);
                setLimit(PAGE);
              }}
            />
          </label>
          <label>
            Sort{' '}
            <select
              value={sort}
              disabled={!!ids}
              onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as SortKey)}
            >
              <option value="date">Newest first</option>
              <option value="site">Site</option>
              <option value="title">Title</option>
            </select>
          </label>
          <label>
            Show{' '}
            <select value={read} onChange={(e) => setRead((e.currentTarget as HTMLSelectElement).value as ReadFilter)}>
              <option value="all">All</option>
              <option value="unread">Unread</option>
              <option value="read">Read</option>
            </select>
          </label>
          <label>
            Tag{' '}
            <select value={tag} onChange={(e) => setTag((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">Any</option>
              {tags.map(([t, n]) => (
                <option key={t} value={t}>
                  {t} ({n})
                </option>
              ))}
            </select>
          </label>
        </div>

        <div class="lib-bulk" aria-label="Selected articles">
          <label>
            <input
              type="checkbox"
              checked={allShownSelected}
              onChange={(e) =>
                setSelected(
                  (e.currentTarget as HTMLInputElement).checked
                    ? new Set(shown.slice(0, limit).map((x) => x.id))
                    : new Set(),
                )
              }
            />{' '}
            {selectedIds.length ? `${selectedIds.length} selected` : 'Select all shown'}
          </label>
          {selectedIds.length > 0 && (
            <>
              <button type="button" class="button" onClick={() => void library.setRead(selectedIds, true)}>
                Mark read
              </button>
              <button type="button" class="button" onClick={() => void library.setRead(selectedIds, false)}>
                Mark unread
              </button>
              <button type="button" class="button" onClick={() => setTagging(selectedIds)}>
                Tag
              </button>
              <ExportMenu label="Export" onExport={(f) => void runExport(f, selectedIds)} />
              <button
                type="button"
                class="button"
                data-testid="delete-selected"
                onClick={() => void remove(selectedIds)}
              >
                Delete
              </button>
            </>
          )}
        </div>

        {tagging && (
          <TagEditor
            count={tagging.length}
            initial={tagging.length === 1 ? (entries?.find((e) => e.id === tagging[0])?.tags ?? []) : []}
            onCancel={() => setTagging(undefined)}
            onSave={(list) => {
              const single = tagging.length === 1;
              void library.update(tagging, (e) => ({ tags: single ? list : [...e.tags, ...list] }));
              setTagging(undefined);
            }}
          />
        )}

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
          {undo && (
            <p class="lib-status" data-testid="undo-bar">
              Deleted {undo.count} article{undo.count === 1 ? '' : 's'}.{' '}
              <button
                type="button"
                class="button"
                data-testid="undo-delete"
                onClick={() => {
                  void library.restore(undo.removed);
                  setUndo(undefined);
                }}
              >
                Undo
              </button>
            </p>
          )}
          {ids && <p class="lib-count">{shown.length === 0 ? 'No saved article matches.' : `${shown.length} found`}</p>}
        </div>

        {error && (
          <p class="lib-status lib-error" role="alert">
            {error}
          </p>
        )}
        {entries && entries.length === 0 && (
          <p class="lib-empty" data-testid="library-empty">
            Nothing saved yet. Open an article, click the Precis button and choose Save: it will be here, readable
            offline.
          </p>
        )}
        <ul class="lib-list" data-testid="library-list" aria-label="Saved articles">
          {shown.slice(0, limit).map((e) => (
            <LibraryRow
              key={e.id}
              entry={e}
              selected={selected.has(e.id)}
              onSelect={toggle}
              onRead={markRead}
              onTag={tagOne}
              onDelete={removeOne}
            />
          ))}
        </ul>
        {shown.length > limit && (
          <button type="button" class="button lib-more" onClick={() => setLimit((l) => l + PAGE * 5)}>
            Show more ({shown.length - limit} left)
          </button>
        )}
      </main>
    </div>
  );
}

function ExportMenu({ label, onExport }: { label: string; onExport: (f: ExportFormat) => void }) {
  return (
    <label class="lib-export">
      <span class="visually-hidden">{label} as</span>
      <select
        value=""
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value as ExportFormat | '';
          (e.currentTarget as HTMLSelectElement).value = '';
          if (v) onExport(v);
        }}
      >
        <option value="">{label}…</option>
        <option value="markdown">Markdown, images linked online (.md)</option>
        <option value="markdown-zip">Markdown with image files (.zip)</option>
        <option value="html">Web page, images inside (.html)</option>
        <option value="backup">Backup for import (.json)</option>
      </select>
    </label>
  );
}

function TagEditor(props: {
  count: number;
  initial: string[];
  onSave: (tags: string[]) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(props.initial.join(', '));
  return (
    <form
      class="lib-tagger"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(text.split(',').map(normalizeTag).filter(Boolean));
      }}
    >
      <label>
        {props.count === 1 ? 'Tags (comma-separated)' : `Add tags to ${props.count} articles (comma-separated)`}{' '}
        <input value={text} autoFocus onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="button">
        Save tags
      </button>
      <button type="button" class="button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
