import type { IDBPObjectStore, StoreNames } from 'idb';
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
import { rollBack } from './library-rollback';
import type { LibraryDB, LibrarySchema } from './library-schema';

/**
 * The library's changes (issue #7): saving, editing, deleting and undoing a
 * delete, each in one transaction. Each one logs the ids it touched in the
 * `journal` for the search index and announces them to other contexts.
 */

/** What a write needs of the library: its database, and a way to tell other contexts what changed. */
export interface LibraryHandle {
  db(): Promise<LibraryDB>;
  announce(ids: string[]): void;
}

/** An image fetched for saving. */
export interface FetchedImage {
  url: string;
  type: string;
  blob: Blob;
}

export interface SaveOptions {
  autoTags?: string[];
  now?: number;
}

export type SaveResult =
  | { ok: true; id: string; entry: LibraryEntry; updated: boolean }
  | { ok: false; reason: 'quota' | 'error'; message: string };

/** What `removeArticles` took away, to put back on undo. */
export interface RemovedArticles {
  entries: LibraryEntry[];
  bodies: LibraryBody[];
  images: StoredImage[];
}

/** The fields of an entry that the reader can change. */
export type EntryChange = Partial<Pick<LibraryEntry, 'read' | 'readAt' | 'tags' | 'notes'>>;

type ImageStore = IDBPObjectStore<LibrarySchema, ArrayLike<StoreNames<LibrarySchema>>, 'images', 'readwrite'>;

/** Deletes the kept images of an article, within the caller's transaction. */
export async function deleteImages(images: ImageStore, articleId: string): Promise<void> {
  for (const key of await images.index('articleId').getAllKeys(articleId)) await images.delete(key);
}

const newId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 20);

const QUOTA_MESSAGE =
  'Your browser has no room left for Precis to save this article. Nothing already saved was lost; free some disk space or delete saved articles, then try again.';

/**
 * Saves an article and its images in one transaction. Saving a page that
 * is already there (same address or canonical address) replaces the
 * article and its images and keeps its id, read state, tags and notes.
 */
export async function saveArticle(
  lib: LibraryHandle,
  article: ExtractedArticle,
  images: readonly FetchedImage[] = [],
  skipped: readonly SkippedImage[] = [],
  opts: SaveOptions = {},
): Promise<SaveResult> {
  const db = await lib.db();
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
    for (const stale of [id, ...duplicates]) await deleteImages(tx.objectStore('images'), stale);
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
    lib.announce([id, ...duplicates]);
    return { ok: true, id, entry, updated: !!previous };
  } catch (err) {
    const failure = rollBack(tx, err);
    if (failure.quota) return { ok: false, reason: 'quota', message: QUOTA_MESSAGE };
    return { ok: false, reason: 'error', message: `Precis could not save this article: ${failure.reason}` };
  }
}

/** Changes read state, tags or notes of some entries in one transaction. */
export async function updateEntries(
  lib: LibraryHandle,
  ids: readonly string[],
  change: (e: LibraryEntry) => EntryChange,
): Promise<void> {
  const tx = (await lib.db()).transaction('entries', 'readwrite');
  for (const id of ids) {
    const e = await tx.store.get(id);
    if (!e) continue;
    const next = { ...e, ...change(e) };
    next.tags = Array.from(new Set(next.tags.map(normalizeTag).filter(Boolean)));
    await tx.store.put(next);
  }
  await tx.done;
  lib.announce([...ids]);
}

/** Deletes articles and their images, returning what was removed so that `restoreArticles` can undo it. */
export async function removeArticles(lib: LibraryHandle, ids: readonly string[]): Promise<RemovedArticles> {
  const tx = (await lib.db()).transaction(['entries', 'bodies', 'images', 'journal'], 'readwrite');
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
  lib.announce([...ids]);
  return out;
}

/** Puts back what `removeArticles` took away (undo). */
export async function restoreArticles(lib: LibraryHandle, removed: RemovedArticles): Promise<void> {
  const tx = (await lib.db()).transaction(['entries', 'bodies', 'images', 'journal'], 'readwrite');
  for (const im of removed.images) await tx.objectStore('images').put(im);
  for (const b of removed.bodies) await tx.objectStore('bodies').put(b);
  for (const e of removed.entries) {
    await tx.objectStore('entries').put(e);
    await tx.objectStore('journal').add({ op: 'put', id: e.id });
  }
  await tx.done;
  lib.announce(removed.entries.map((e) => e.id));
}
