// @vitest-environment node
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../utils/library-db';
import { DB_VERSION } from '../../utils/library-schema';
import { LibrarySearch } from '../../utils/library-search';
import { exportBackup, importBackup } from '../../utils/library-backup';
import { placeholderIds } from '../../lib/library/images';
import { pngBlob, sampleArticle } from './library-fixtures';

let n = 0;
const open: Library[] = [];
/** A library over a fresh database. */
function fresh(name = `lib-${++n}`): Library {
  const lib = new Library(name);
  open.push(lib);
  return lib;
}
afterEach(() => open.splice(0).forEach((l) => l.close()));

const images = () => [
  { url: 'https://img.example/a.png', type: 'image/png', blob: pngBlob(300, 1) },
  { url: 'https://img.example/b-800.jpg', type: 'image/png', blob: pngBlob(500, 2) },
];

describe('saving articles', () => {
  it('stores the article, its images as Blobs and placeholders in its HTML', async () => {
    const lib = fresh();
    const r = await lib.save(sampleArticle(), images());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const saved = await lib.getArticle(r.id);
    expect(saved?.entry).toMatchObject({
      title: 'Shenzhen security symposium',
      imageCount: 2,
      imageBytes: 800,
      read: false,
    });
    expect(placeholderIds(saved!.article.html)).toEqual([`${r.id}-0`, `${r.id}-1`]);
    const stored = await lib.getImages(r.id);
    expect(stored.map((im) => im.bytes)).toEqual([300, 500]);
    expect(stored[0]!.blob).toBeInstanceOf(Blob);
  });

  it('updates a page saved again, keeping read state, tags, notes and the first save date', async () => {
    const lib = fresh();
    const first = await lib.save(sampleArticle(), images(), [], { now: 1000, autoTags: ['world today news'] });
    if (!first.ok) throw new Error(first.message);
    await lib.update([first.id], () => ({ read: true, readAt: 1500, tags: ['China', 'security'], notes: 'good' }));
    const again = await lib.save(
      sampleArticle({ url: 'https://news.example/a/shenzhen-security?utm_source=feed#x', title: 'Updated title' }),
      images().slice(0, 1),
      [],
      { now: 2000 },
    );
    expect(again).toMatchObject({ ok: true, id: first.id, updated: true });
    const entries = await lib.list();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Updated title',
      read: true,
      readAt: 1500,
      tags: ['china', 'security'],
      notes: 'good',
      savedAt: 1000,
      updatedAt: 2000,
      imageCount: 1,
    });
    expect(await lib.getImages(first.id)).toHaveLength(1);
  });

  it('finds a page by its canonical address', async () => {
    const lib = fresh();
    const a = await lib.save(
      sampleArticle({ url: 'https://m.news.example/s', canonicalUrl: 'https://news.example/s' }),
    );
    const b = await lib.save(sampleArticle({ url: 'https://news.example/s', canonicalUrl: undefined }));
    expect(a.ok && b.ok && a.id === b.id).toBe(true);
    expect(await lib.list()).toHaveLength(1);
  });

  it('loses nothing when two contexts save at once', async () => {
    const name = `lib-${++n}`;
    const one = fresh(name);
    const two = fresh(name);
    const saves = [];
    for (let i = 0; i < 20; i++) {
      const lib = i % 2 ? one : two;
      saves.push(
        lib.save(
          sampleArticle({ url: `https://news.example/${i}`, canonicalUrl: undefined, title: `A ${i}` }),
          images(),
        ),
      );
      // and the same page from both, which must stay one entry
      saves.push(lib.save(sampleArticle({ url: 'https://news.example/same', canonicalUrl: undefined })));
    }
    const results = await Promise.all(saves);
    expect(results.every((r) => r.ok)).toBe(true);
    const entries = await one.list();
    expect(entries).toHaveLength(21);
    const db = await two.db();
    expect(await db.count('images')).toBe(40);
    expect(await db.count('bodies')).toBe(21);
  });

  it('deletes with undo', async () => {
    const lib = fresh();
    const r = await lib.save(sampleArticle(), images());
    if (!r.ok) throw new Error(r.message);
    const removed = await lib.remove([r.id]);
    expect(await lib.list()).toEqual([]);
    expect(await lib.getImages(r.id)).toEqual([]);
    await lib.restore(removed);
    expect((await lib.getArticle(r.id))?.entry.id).toBe(r.id);
    expect(await lib.getImages(r.id)).toHaveLength(2);
  });

  it('says the disk is full and keeps what was saved', async () => {
    const lib = fresh();
    const first = await lib.save(sampleArticle());
    const db = await lib.db();
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'bodies') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      const r = await lib.save(sampleArticle({ url: 'https://news.example/other', canonicalUrl: undefined }), images());
      expect(r).toMatchObject({ ok: false, reason: 'quota' });
      if (!r.ok) expect(r.message).toMatch(/no room left.*Nothing already saved was lost/);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await lib.list()).map((e) => e.id)).toEqual([first.ok && first.id]);
    expect(await db.count('images')).toBe(0);
  });
});

describe('schema', () => {
  it('upgrades a version 1 library, keeping every article', async () => {
    const name = `lib-${++n}`;
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const entries = db.createObjectStore('entries', { keyPath: 'id' });
        entries.createIndex('url', 'url');
        entries.createIndex('savedAt', 'savedAt');
        db.createObjectStore('bodies', { keyPath: 'id' });
        db.createObjectStore('images', { keyPath: 'id' }).createIndex('articleId', 'articleId');
      },
    });
    const article = sampleArticle();
    // A v1 entry: no `keys`, no `skippedImages`.
    await v1.put('entries', {
      id: 'old1',
      url: article.url,
      canonicalUrl: article.canonicalUrl,
      title: article.title,
      readingMinutes: 1,
      wordCount: 7,
      savedAt: 5,
      updatedAt: 5,
      read: true,
      tags: ['kept'],
      notes: 'n',
      imageCount: 0,
      imageBytes: 0,
    });
    await v1.put('bodies', { id: 'old1', article });
    v1.close();

    const lib = fresh(name);
    const db = await lib.db();
    expect(db.version).toBe(DB_VERSION);
    expect(Array.from(db.objectStoreNames).sort()).toEqual(['bodies', 'entries', 'images', 'journal', 'search']);
    expect(Array.from(db.transaction('entries').store.indexNames).sort()).toEqual(['keys', 'savedAt']);
    const entry = await lib.findByUrl(article.url);
    expect(entry).toMatchObject({ id: 'old1', read: true, tags: ['kept'], skippedImages: [] });
    // Saving the page again updates the old entry.
    const again = await lib.save(article);
    expect(again).toMatchObject({ ok: true, id: 'old1', updated: true });
    // Search builds its index from the old articles.
    const search = new LibrarySearch(lib);
    await search.load();
    expect(search.search('shenzh')).toEqual(['old1']);
  });
});

describe('search index', () => {
  it('is persisted and follows saves and deletes through the journal', async () => {
    const name = `lib-${++n}`;
    const lib = fresh(name);
    const a = await lib.save(sampleArticle());
    const search = new LibrarySearch(lib);
    await search.load();
    expect(search.search('Shenzen')).toEqual([a.ok && a.id]); // fuzzy
    const b = await lib.save(
      sampleArticle({
        url: 'https://x.example/1',
        canonicalUrl: undefined,
        title: 'Harbour cranes',
        text: 'Cranes in Rotterdam.',
      }),
    );
    await search.catchUp();
    expect(search.search('rotter')).toEqual([b.ok && b.id]); // prefix
    await lib.remove([a.ok ? a.id : '']);
    await search.catchUp();
    expect(search.search('shenzhen')).toEqual([]);
    // Another page opening later starts from the snapshot plus the journal.
    const later = new LibrarySearch(fresh(name));
    await later.load();
    expect(later.search('cranes')).toEqual([b.ok && b.id]);
    expect(later.search('shenzhen')).toEqual([]);
  });

  it('finds articles imported while a page was building its index', async () => {
    const name = `lib-${++n}`;
    const lib = fresh(name);
    // A page opens the empty library and builds its index from it...
    const search = new LibrarySearch(lib);
    await search.load();
    const backup = await exportBackupOf([
      sampleArticle({
        url: 'https://x.example/tides',
        canonicalUrl: undefined,
        title: 'Tide tables',
        text: 'Spring tides.',
      }),
    ]);
    // ...an import lands before that index is written back...
    expect((await importBackup(lib, backup)).ok).toBe(true);
    // ...and then it is: the snapshot of the library before the import.
    await search.persist();
    await search.catchUp();
    expect(search.search('tides')).toHaveLength(1);
    const later = new LibrarySearch(fresh(name));
    await later.load();
    expect(later.search('tides')).toHaveLength(1);
  });
});

/** A backup file's text holding `articles`, made in a library of its own. */
async function exportBackupOf(articles: ReturnType<typeof sampleArticle>[]): Promise<string> {
  const source = fresh();
  for (const a of articles) await source.save(a);
  return JSON.stringify(await exportBackup(await source.db()));
}
