import type { BackupFile } from '../lib/library/backup-format';
import {
  articleKeys,
  type LibraryBody,
  type LibraryEntry,
  type SkippedImage,
  type StoredImage,
} from '../lib/library/records';
import type { ExtractedArticle } from '../lib/types';
import { exportBackup, importBackup, type ImportResult } from './library-backup';
import { CHANNEL, DB_NAME, openLibraryDB, type LibraryDB } from './library-schema';
import {
  removeArticles,
  restoreArticles,
  saveArticle,
  updateEntries,
  type EntryChange,
  type FetchedImage,
  type LibraryHandle,
  type RemovedArticles,
  type SaveOptions,
  type SaveResult,
} from './library-writes';

/**
 * The offline library's IndexedDB (issue #7): the one typed API over it.
 * Reads are here; every change is one transaction (utils/library-writes.ts,
 * utils/library-backup.ts), so a failure (a full disk, a bad import) leaves
 * the library as it was. Other contexts hear of changes on the
 * `precis-library` BroadcastChannel. The schema and its upgrade path are in
 * utils/library-schema.ts.
 */

/** A saved article with its list record. Its `html` holds image placeholders: see `resolveArticleImages`. */
export interface SavedArticle {
  entry: LibraryEntry;
  article: ExtractedArticle;
}

/** The saved-article library over one IndexedDB database. */
export class Library implements LibraryHandle {
  private conn?: Promise<LibraryDB>;
  private channel?: BroadcastChannel;

  constructor(readonly name = DB_NAME) {}

  /** The open connection; closes itself when another context needs to upgrade the schema. */
  db(): Promise<LibraryDB> {
    this.conn ??= openLibraryDB(this.name, () => this.close());
    return this.conn;
  }

  close(): void {
    const conn = this.conn;
    this.conn = undefined;
    void conn?.then((db) => db.close());
    this.channel?.close();
    this.channel = undefined;
  }

  /** Tells every context (this one too) which articles changed. */
  announce(ids: string[]): void {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel ??= new BroadcastChannel(CHANNEL);
    this.channel.postMessage({ type: 'changed', ids });
  }

  /** Every entry, in no particular order (the list sorts). */
  async list(): Promise<LibraryEntry[]> {
    return (await this.db()).getAll('entries');
  }

  /** The `count` most recently saved entries, newest first: enough for the first paint of the list. */
  async newest(count: number): Promise<LibraryEntry[]> {
    const out: LibraryEntry[] = [];
    let cursor = await (await this.db()).transaction('entries').store.index('savedAt').openCursor(null, 'prev');
    while (cursor && out.length < count) {
      out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  }

  /** Some entries by id; missing ones (deleted) are left out. */
  async getEntries(ids: readonly string[]): Promise<LibraryEntry[]> {
    const tx = (await this.db()).transaction('entries');
    const found = await Promise.all(ids.map((id) => tx.store.get(id)));
    return found.filter((e): e is LibraryEntry => !!e);
  }

  /** The entry saved for a page address, if any. */
  async findByUrl(url: string): Promise<LibraryEntry | undefined> {
    const db = await this.db();
    for (const key of articleKeys({ url })) {
      const e = await db.getFromIndex('entries', 'keys', key);
      if (e) return e;
    }
    return undefined;
  }

  async getEntry(id: string): Promise<LibraryEntry | undefined> {
    return (await this.db()).get('entries', id);
  }

  /** A saved article, for the reader and the library; undefined when there is none. */
  async getArticle(id: string): Promise<SavedArticle | undefined> {
    const db = await this.db();
    const tx = db.transaction(['entries', 'bodies'], 'readonly');
    const [entry, body] = await Promise.all([tx.objectStore('entries').get(id), tx.objectStore('bodies').get(id)]);
    return entry && body ? { entry, article: body.article } : undefined;
  }

  /** The kept images of an article. */
  async getImages(articleId: string): Promise<StoredImage[]> {
    return (await this.db()).getAllFromIndex('images', 'articleId', articleId);
  }

  /** Bodies of many articles (search index building, exports). */
  async getBodies(ids: readonly string[]): Promise<LibraryBody[]> {
    const tx = (await this.db()).transaction('bodies', 'readonly');
    const bodies = await Promise.all(ids.map((id) => tx.store.get(id)));
    return bodies.filter((b): b is LibraryBody => !!b);
  }

  /** Saves an article and its images, or updates the copy saved of the same page: see `saveArticle`. */
  save(
    article: ExtractedArticle,
    images?: readonly FetchedImage[],
    skipped?: readonly SkippedImage[],
    opts?: SaveOptions,
  ): Promise<SaveResult> {
    return saveArticle(this, article, images, skipped, opts);
  }

  /** Changes read state, tags or notes of some entries in one transaction. */
  update(ids: readonly string[], change: (e: LibraryEntry) => EntryChange): Promise<void> {
    return updateEntries(this, ids, change);
  }

  /** Marks entries read or unread. */
  setRead(ids: readonly string[], read: boolean): Promise<void> {
    return this.update(ids, () => (read ? { read, readAt: Date.now() } : { read }));
  }

  /** Deletes articles and their images, returning what was removed so that `restore` can undo it. */
  remove(ids: readonly string[]): Promise<RemovedArticles> {
    return removeArticles(this, ids);
  }

  /** Puts back what `remove` took away (undo). */
  restore(removed: RemovedArticles): Promise<void> {
    return restoreArticles(this, removed);
  }

  /** A full backup (or of some articles): every record, images as base64. */
  async exportBackup(ids?: readonly string[]): Promise<BackupFile> {
    return exportBackup(await this.db(), ids);
  }

  /** Restores a backup file's text, all or nothing: see `importBackup`. */
  importBackup(text: string): Promise<ImportResult> {
    return importBackup(this, text);
  }
}

/** The library of this extension, shared by every caller in one context. */
export const library = new Library();
