import { backupArticle, backupFile, type BackupFile, type DecodedArticle } from '../lib/library/backup-format';
import { parseBackup } from '../lib/library/backup-parse';
import type { LibraryEntry, StoredImage } from '../lib/library/records';
import { rollBack } from './library-rollback';
import type { LibraryDB } from './library-schema';
import { deleteImages, type LibraryHandle } from './library-writes';

/**
 * The library to and from its backup file (lib/library/backup-format.ts,
 * issue #7): every record, images as base64.
 */

export type ImportResult = { ok: true; count: number } | { ok: false; message: string };

/** A full backup (or of some articles), oldest saved first. */
export async function exportBackup(db: LibraryDB, ids?: readonly string[]): Promise<BackupFile> {
  const entries = ids
    ? (await Promise.all(ids.map((id) => db.get('entries', id)))).filter((e): e is LibraryEntry => !!e)
    : await db.getAll('entries');
  const articles: BackupFile['articles'] = [];
  for (const entry of entries.sort((a, b) => a.savedAt - b.savedAt)) {
    const body = await db.get('bodies', entry.id);
    if (!body) continue;
    const images = await db.getAllFromIndex('images', 'articleId', entry.id);
    const decoded: DecodedArticle = {
      entry,
      article: body.article,
      images: await Promise.all(
        images.map(async (im) => ({
          id: im.id,
          url: im.url,
          type: im.type,
          bytes: new Uint8Array(await im.blob.arrayBuffer()),
        })),
      ),
    };
    articles.push(backupArticle(decoded));
  }
  return backupFile(articles);
}

/**
 * Restores a backup file's text. Every field is checked first; then all
 * articles go in one transaction, replacing saved copies of the same
 * pages. On any problem nothing changes and the message says why.
 */
export async function importBackup(lib: LibraryHandle, text: string): Promise<ImportResult> {
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
  const db = await lib.db();
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
          await deleteImages(tx.objectStore('images'), other.id);
        }
      }
      await deleteImages(tx.objectStore('images'), r.entry.id);
      for (const im of r.images) await tx.objectStore('images').put(im);
      await tx.objectStore('bodies').put(r.body);
      await tx.objectStore('entries').put(r.entry);
    }
    // Many articles at once: the search index is rebuilt rather than patched.
    // Journalled all the same, as every other write: a library page whose
    // index was being built from the database as it was before the import
    // writes that snapshot back afterwards, and only the journal then tells
    // its index (and the next page's) which articles came in.
    for (const id of replaced) await tx.objectStore('journal').add({ op: 'delete', id });
    for (const r of records) await tx.objectStore('journal').add({ op: 'put', id: r.entry.id });
    await tx.objectStore('search').clear();
    await tx.done;
  } catch (err) {
    const failure = rollBack(tx, err);
    const message = failure.quota
      ? 'There is not enough room to import this backup. Nothing was imported.'
      : `The backup could not be imported: ${failure.reason}. Nothing was imported.`;
    return { ok: false, message };
  }
  lib.announce([...replaced, ...records.map((r) => r.entry.id)]);
  return { ok: true, count: records.length };
}
