import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { articleKeys, type LibraryBody, type LibraryEntry, type StoredImage } from '../lib/library/records';

/**
 * The offline library's IndexedDB schema (issue #7): its name, version,
 * stores and the upgrade from every earlier version. Only `Library` in
 * utils/library-db.ts opens it.
 *
 * Stores: `entries` (the list), `bodies` (articles), `images` (Blobs),
 * `search` (the persisted search index) and `journal` (saves and deletes
 * the persisted index has not seen yet; see utils/library-search.ts).
 */

export const DB_NAME = 'precis-library';
export const DB_VERSION = 2;
/** The BroadcastChannel on which every context announces the ids it changed. */
export const CHANNEL = 'precis-library';

/**
 * The persisted search index: a small `meta` record read on every catch-up,
 * and the (large) serialized index in `data`, read only to load it.
 */
export type SearchSnapshot =
  | {
      key: 'meta';
      version: number;
      /** Last journal key the snapshot includes. */
      seq: number;
    }
  | { key: 'data'; json: string };
export interface JournalRecord {
  seq?: number;
  op: 'put' | 'delete';
  id: string;
}

export interface LibrarySchema extends DBSchema {
  entries: { key: string; value: LibraryEntry; indexes: { keys: string; savedAt: number } };
  bodies: { key: string; value: LibraryBody };
  images: { key: string; value: StoredImage; indexes: { articleId: string } };
  search: { key: string; value: SearchSnapshot };
  journal: { key: number; value: JournalRecord };
}

export type LibraryDB = IDBPDatabase<LibrarySchema>;
type AnyTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

/**
 * Schema history. Version 1 kept `entries` (index `url`, `savedAt`),
 * `bodies` and `images`. Version 2 finds a page by its address *or* its
 * canonical address (`keys`, multiEntry) and persists the search index.
 */
function upgrade(db: LibraryDB, oldVersion: number, tx: AnyTx): void {
  if (oldVersion < 1) {
    const entries = db.createObjectStore('entries', { keyPath: 'id' });
    (entries as unknown as IDBObjectStore).createIndex('url', 'url', { unique: false });
    entries.createIndex('savedAt', 'savedAt');
    db.createObjectStore('bodies', { keyPath: 'id' });
    db.createObjectStore('images', { keyPath: 'id' }).createIndex('articleId', 'articleId');
  }
  if (oldVersion < 2) {
    const entries = tx.objectStore('entries');
    entries.createIndex('keys', 'keys', { multiEntry: true });
    if ((entries.indexNames as DOMStringList).contains('url'))
      (entries as unknown as IDBObjectStore).deleteIndex('url');
    db.createObjectStore('search', { keyPath: 'key' });
    db.createObjectStore('journal', { keyPath: 'seq', autoIncrement: true });
    // Backfill the v2 fields of entries saved by v1; the search index is built on first open.
    void entries.openCursor().then(async function step(cursor): Promise<void> {
      if (!cursor) return;
      const e = cursor.value as LibraryEntry & { keys?: string[] };
      if (!Array.isArray(e.keys)) {
        await cursor.update({ ...e, keys: articleKeys(e), skippedImages: e.skippedImages ?? [], notes: e.notes ?? '' });
      }
      return step(await cursor.continue());
    });
  }
}

/** Opens (creating or upgrading) the library database; `blocking` runs when another context needs to upgrade it. */
export function openLibraryDB(name: string, blocking: () => void): Promise<LibraryDB> {
  return openDB<LibrarySchema>(name, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, tx as unknown as AnyTx),
    blocking,
  });
}
