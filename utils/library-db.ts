import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type BackupFile } from '../lib/library/backup';
import { bytesToBase64 } from '../lib/library/base64';
import { markStoredImages } from '../lib/library/images';
import {
  articleKeys,
  entryFor,
  normalizeTag,
  type LibraryBody,
  type LibraryEntry,
  type SkippedImage,
  type StoredImage,
} from '../lib/library/records';
import type { ExtractedArticle } from '../lib/types';

/**
 * The offline library's IndexedDB (issue #7): the one module that opens it.
 * Every change is one transaction, so a failure (a full disk, a bad import)
 * leaves the library as it was. Other contexts hear of changes on the
 * `precis-library` BroadcastChannel.
 *
 * Stores: `entries` (the list), `bodies` (articles), `images` (Blobs),
 * `search` (the persisted search index) and `journal` (saves and deletes
 * the persisted index has not seen yet; see utils/library-search.ts).
 */

export const DB_NAME = 'precis-library';
export const DB_VERSION = 2;
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

type DB = IDBPDatabase<LibrarySchema>;
type AnyTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

/**
 * Schema history. Version 1 kept `entries` (index `url`, `savedAt`),
 * `bodies` and `images`. Version 2 finds a page by its address *or* its
 * canonical address (`keys`, multiEntry) and persists the search index.
 */
function upgrade(db: DB, oldVersion: number, tx: AnyTx): void {
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

/** An image fetched for saving. */
export interface FetchedImage {
  url: string;
  type: string;
  blob: Blob;
}

export type SaveResult =
  | { ok: true; id: string; entry: LibraryEntry; updated: boolean }
  | { ok: false; reason: 'quota' | 'error'; message: string };

/** A saved article with its list record. Its `html` holds image placeholders: see `resolveArticleImages`. */
export interface SavedArticle {
  entry: LibraryEntry;
  article: ExtractedArticle;
}

/** What `remove` took away, to put back on undo. */
export interface RemovedArticles {
  entries: LibraryEntry[];
  bodies: LibraryBody[];
  images: StoredImage[];
}

const newId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 20);

function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || /quota/i.test(String((err as Error)?.message ?? err));
}

/** Rolls a failed transaction back; it may already have aborted itself. */
function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // already finished
  }
}

const QUOTA_MESSAGE =
  'Your browser has no room left for Precis to save this article. Nothing already saved was lost; free some disk space or delete saved articles, then try again.';

/** The saved-article library over one IndexedDB database. */
export class Library {
  private conn?: Promise<DB>;
  private channel?: BroadcastChannel;

  constructor(readonly name = DB_NAME) {}

  /** The open connection; closes itself when another context needs to upgrade the schema. */
  db(): Promise<DB> {
    this.conn ??= openDB<LibrarySchema>(this.name, DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, tx as unknown as AnyTx),
      blocking: () => this.close(),
    });
    return this.conn;
  }

  close(): void {
    const conn = this.conn;
    this.conn = undefined;
    void conn?.then((db) => db.close());
    this.channel?.close();
    this.channel = undefined;
  }

  private announce(ids: string[]): void {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel ??= new BroadcastChannel(CHANNEL);
    this.channel.postMessage({ type: 'changed', ids });
  }

  /**
   * Saves an article and its images in one transaction. Saving a page that
   * is already there (same address or canonical address) replaces the
   * article and its images and keeps its id, read state, tags and notes.
   */
  async save(
    article: ExtractedArticle,
    images: readonly FetchedImage[] = [],
    skipped: readonly SkippedImage[] = [],
    opts: { autoTags?: string[]; now?: number } = {},
  ): Promise<SaveResult> {
    const db = await this.db();
    const now = opts.now ?? Date.now();
    const keys = articleKeys(article);
    const tx = db.transaction(['entries', 'bodies', 'images', 'journal'], 'readwrite');
    try {
      const byKey = tx.objectStore('entries').index('keys');
      const found = (await Promise.all(keys.map((k) => byKey.get(k)))).filter((e): e is LibraryEntry => !!e);
      const previous = found[0];
      const id = previous?.id ?? newId();
      // A page saved once by its address and once by its canonical address: fold the second into the first.
      const duplicates = Array.from(new Set(found.slice(1).map((e) => e.id))).filter((d) => d !== id);
      for (const stale of [id, ...duplicates]) {
        for (const key of await tx.objectStore('images').index('articleId').getAllKeys(stale)) {
          await tx.objectStore('images').delete(key);
        }
      }
      for (const d of duplicates) {
        await tx.objectStore('entries').delete(d);
        await tx.objectStore('bodies').delete(d);
        await tx.objectStore('journal').add({ op: 'delete', id: d });
      }
      const kept = new Map<string, string>();
      const stored: StoredImage[] = images.map((im, n) => {
        const imageId = `${id}-${n}`;
        kept.set(im.url, imageId);
        return { id: imageId, articleId: id, url: im.url, type: im.type, bytes: im.blob.size, blob: im.blob };
      });
      const html = kept.size ? markStoredImages(article.html, article.url, kept) : article.html;
      const bytes = stored.reduce((n, im) => n + im.bytes, 0);
      const entry = entryFor(
        id,
        article,
        now,
        { count: stored.length, bytes, skipped: [...skipped] },
        previous,
        opts.autoTags,
      );
      for (const im of stored) await tx.objectStore('images').put(im);
      await tx.objectStore('bodies').put({ id, article: { ...article, html } });
      await tx.objectStore('entries').put(entry);
      await tx.objectStore('journal').add({ op: 'put', id });
      await tx.done;
      this.announce([id, ...duplicates]);
      return { ok: true, id, entry, updated: !!previous };
    } catch (err) {
      abortQuietly(tx);
      if (isQuotaError(err)) return { ok: false, reason: 'quota', message: QUOTA_MESSAGE };
      return {
        ok: false,
        reason: 'error',
        message: `Precis could not save this article: ${String((err as Error)?.message ?? err)}`,
      };
    }
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

  /** Changes read state, tags or notes of some entries in one transaction. */
  async update(
    ids: readonly string[],
    change: (e: LibraryEntry) => Partial<Pick<LibraryEntry, 'read' | 'readAt' | 'tags' | 'notes'>>,
  ): Promise<void> {
    const tx = (await this.db()).transaction('entries', 'readwrite');
    for (const id of ids) {
      const e = await tx.store.get(id);
      if (!e) continue;
      const next = { ...e, ...change(e) };
      next.tags = Array.from(new Set(next.tags.map(normalizeTag).filter(Boolean)));
      await tx.store.put(next);
    }
    await tx.done;
    this.announce([...ids]);
  }

  /** Marks entries read or unread. */
  setRead(ids: readonly string[], read: boolean): Promise<void> {
    return this.update(ids, () => (read ? { read, readAt: Date.now() } : { read }));
  }

  /** Deletes articles and their images, returning what was removed so that `restore` can undo it. */
  async remove(ids: readonly string[]): Promise<RemovedArticles> {
    const tx = (await this.db()).transaction(['entries', 'bodies', 'images', 'journal'], 'readwrite');
    const out: RemovedArticles = { entries: [], bodies: [], images: [] };
    for (const id of ids) {
      const [entry, body, images] = await Promise.all([
        tx.objectStore('entries').get(id),
        tx.objectStore('bodies').get(id),
        tx.objectStore('images').index('articleId').getAll(id),
      ]);
      if (entry) out.entries.push(entry);
      if (body) out.bodies.push(body);
      out.images.push(...images);
      await tx.objectStore('entries').delete(id);
      await tx.objectStore('bodies').delete(id);
      for (const im of images) await tx.objectStore('images').delete(im.id);
      await tx.objectStore('journal').add({ op: 'delete', id });
    }
    await tx.done;
    this.announce([...ids]);
    return out;
  }

  /** Puts back what `remove` took away (undo). */
  async restore(removed: RemovedArticles): Promise<void> {
    const tx = (await this.db()).transaction(['entries', 'bodies', 'images', 'journal'], 'readwrite');
    for (const im of removed.images) await tx.objectStore('images').put(im);
    for (const b of removed.bodies) await tx.objectStore('bodies').put(b);
    for (const e of removed.entries) {
      await tx.objectStore('entries').put(e);
      await tx.objectStore('journal').add({ op: 'put', id: e.id });
    }
    await tx.done;
    this.announce(removed.entries.map((e) => e.id));
  }

  /** A full backup (or of some articles): every record, images as base64. */
  async exportBackup(ids?: readonly string[]): Promise<BackupFile> {
    const db = await this.db();
    const entries = ids
      ? (await Promise.all(ids.map((id) => db.get('entries', id)))).filter((e): e is LibraryEntry => !!e)
      : await db.getAll('entries');
    const articles: BackupFile['articles'] = [];
    for (const entry of entries.sort((a, b) => a.savedAt - b.savedAt)) {
      const body = await db.get('bodies', entry.id);
      if (!body) continue;
      const images = await db.getAllFromIndex('images', 'articleId', entry.id);
      articles.push({
        entry,
        article: body.article,
        images: await Promise.all(
          images.map(async (im) => ({
            id: im.id,
            url: im.url,
            type: im.type,
            data: bytesToBase64(new Uint8Array(await im.blob.arrayBuffer())),
          })),
        ),
      });
    }
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), articles };
  }

  /**
   * Restores a backup file's text. Every field is checked first; then all
   * articles go in one transaction, replacing saved copies of the same
   * pages. On any problem nothing changes and the message says why.
   */
  async importBackup(text: string): Promise<{ ok: true; count: number } | { ok: false; message: string }> {
    const checked = parseBackup(text);
    if (!checked.ok) return { ok: false, message: checked.error };
    // Blobs are made before the transaction opens: it would commit while awaiting anything else.
    const records = checked.articles.map((a) => ({
      entry: a.entry,
      body: { id: a.entry.id, article: a.article },
      images: a.images.map((im): StoredImage => ({
        id: im.id,
        articleId: a.entry.id,
        url: im.url,
        type: im.type,
        bytes: im.bytes.byteLength,
        blob: new Blob([im.bytes as BlobPart], { type: im.type }),
      })),
    }));
    const db = await this.db();
    const tx = db.transaction(['entries', 'bodies', 'images', 'journal', 'search'], 'readwrite');
    const replaced: string[] = [];
    try {
      for (const r of records) {
        const byKey = tx.objectStore('entries').index('keys');
        for (const key of r.entry.keys) {
          const other = await byKey.get(key);
          if (other && other.id !== r.entry.id) {
            replaced.push(other.id);
            await tx.objectStore('entries').delete(other.id);
            await tx.objectStore('bodies').delete(other.id);
            for (const k of await tx.objectStore('images').index('articleId').getAllKeys(other.id)) {
              await tx.objectStore('images').delete(k);
            }
          }
        }
        for (const k of await tx.objectStore('images').index('articleId').getAllKeys(r.entry.id)) {
          await tx.objectStore('images').delete(k);
        }
        for (const im of r.images) await tx.objectStore('images').put(im);
        await tx.objectStore('bodies').put(r.body);
        await tx.objectStore('entries').put(r.entry);
      }
      // Many articles at once: the search index is rebuilt rather than patched.
      await tx.objectStore('search').clear();
      await tx.done;
    } catch (err) {
      abortQuietly(tx);
      const message = isQuotaError(err)
        ? 'There is not enough room to import this backup. Nothing was imported.'
        : `The backup could not be imported: ${String((err as Error)?.message ?? err)}. Nothing was imported.`;
      return { ok: false, message };
    }
    this.announce([...replaced, ...records.map((r) => r.entry.id)]);
    return { ok: true, count: records.length };
  }
}

/** The library of this extension, shared by every caller in one context. */
export const library = new Library();

/** A saved article, for the reader view (`reader.html?id=<id>`). */
export function getArticle(id: string): Promise<SavedArticle | undefined> {
  return library.getArticle(id);
}
