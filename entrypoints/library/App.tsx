import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { BulkActions } from '../../components/library/BulkActions';
import { ExportMenu } from '../../components/library/ExportMenu';
import { ImportBackupButton } from '../../components/library/ImportBackupButton';
import { LibraryControls } from '../../components/library/LibraryControls';
import { LibraryList } from '../../components/library/LibraryList';
import { LibraryNotices } from '../../components/library/LibraryNotices';
import { StorageUsage } from '../../components/library/StorageUsage';
import { TagEditor } from '../../components/library/TagEditor';
import { useLibrary } from '../../hooks/useLibrary';
import { useLibraryFiles } from '../../hooks/useLibraryFiles';
import { useLibraryView } from '../../hooks/useLibraryView';
import { useSelection } from '../../hooks/useSelection';
import { useTheme } from '../../hooks/useTheme';
import { useUndoableDelete } from '../../hooks/useUndoableDelete';
import { library } from '../../utils/library-db';

const PAGE = 50;

/** The offline library (issue #7): list, search, sort, filter, tag, read state, delete with undo, export, import. */
export function App() {
  useTheme();
  const state = useLibrary(PAGE);
  const { entries, error } = state;
  const view = useLibraryView(state, PAGE);
  const { selected, selectedIds, toggle, selectOnly } = useSelection(entries);
  const deletion = useUndoableDelete();
  const files = useLibraryFiles();
  const [tagging, setTagging] = useState<string[] | undefined>(undefined);
  const { shown, limit } = view;

  // bench:library times the first paint of the list: the task after the next frame.
  useLayoutEffect(() => {
    if (entries) requestAnimationFrame(() => setTimeout(() => performance.mark('precis:library-list-painted'), 0));
  }, [entries !== undefined]);

  const remove = useCallback(
    async (ids: string[]) => {
      await deletion.remove(ids);
      selectOnly([]);
    },
    [deletion.remove, selectOnly],
  );
  const markRead = useCallback((id: string, r: boolean) => void library.setRead([id], r), []);
  const tagOne = useCallback((id: string) => setTagging([id]), []);
  const removeOne = useCallback((id: string) => void remove([id]), [remove]);

  return (
    <div class="library">
      <header class="lib-header">
        <h1>Library</h1>
        <StorageUsage refresh={entries} />
        <div class="lib-file-actions">
          <ImportBackupButton onImport={files.importFile} />
          <ExportMenu label="Export all" onExport={(f) => void files.runExport(f)} />
        </div>
      </header>

      <main>
        <LibraryControls view={view} />
        <BulkActions
          ids={selectedIds}
          allShown={shown.length > 0 && shown.every((e) => selected.has(e.id))}
          onSelectAll={(on) => selectOnly(on ? shown.slice(0, limit).map((x) => x.id) : [])}
          onRead={(ids, r) => void library.setRead(ids, r)}
          onTag={setTagging}
          onExport={(f, ids) => void files.runExport(f, ids)}
          onDelete={(ids) => void remove(ids)}
        />

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

        <LibraryNotices
          status={files.status}
          undoCount={deletion.undoCount}
          onUndo={deletion.undo}
          found={view.ids ? shown.length : undefined}
        />

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
        <LibraryList
          shown={shown}
          limit={limit}
          selected={selected}
          onSelect={toggle}
          onRead={markRead}
          onTag={tagOne}
          onDelete={removeOne}
          onMore={view.showMore}
        />
      </main>
    </div>
  );
}
