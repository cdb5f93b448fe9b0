// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../utils/library-db';
import { BACKUP_VERSION, LIMITS } from '../../lib/library/backup-format';
import { bytesToBase64 } from '../../lib/library/base64';
import { pngBlob, sampleArticle } from './library-fixtures';

let n = 0;
const open: Library[] = [];
function fresh(): Library {
  const lib = new Library(`backup-${++n}`);
  open.push(lib);
  return lib;
}
afterEach(() => open.splice(0).forEach((l) => l.close()));

/** Everything in a library, images as bytes, for comparing two libraries. */
async function snapshot(lib: Library) {
  const db = await lib.db();
  const images = await db.getAll('images');
  return {
    entries: await db.getAll('entries'),
    bodies: await db.getAll('bodies'),
    images: await Promise.all(
      images.map(async ({ blob, ...rest }) => ({
        ...rest,
        type: blob.type,
        bytes: new Uint8Array(await blob.arrayBuffer()),
      })),
    ),
  };
}

async function filled(): Promise<Library> {
  const lib = fresh();
  const a = await lib.save(
    sampleArticle(),
    [
      { url: 'https://img.example/a.png', type: 'image/png', blob: pngBlob(4000, 7) },
      { url: 'https://img.example/b-800.jpg', type: 'image/png', blob: pngBlob(70_000, 8) },
    ],
    [],
    { now: 1000 },
  );
  await lib.save(
    sampleArticle({ url: 'https://other.example/x', canonicalUrl: undefined, title: 'Other', faq: [], points: [] }),
    [],
    [{ url: 'https://img.example/huge.jpg', reason: 'cap' }],
    { now: 2000 },
  );
  if (a.ok) await lib.update([a.id], () => ({ read: true, readAt: 42, tags: ['keep'], notes: 'a note' }));
  return lib;
}

describe('backup', () => {
  it('round-trips losslessly: equal records, byte-identical images', async () => {
    const source = await filled();
    const text = JSON.stringify(await source.exportBackup());
    const target = fresh();
    expect(await target.importBackup(text)).toEqual({ ok: true, count: 2 });
    const [before, after] = [await snapshot(source), await snapshot(target)];
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after.entries)).toEqual(byId(before.entries));
    expect(byId(after.bodies)).toEqual(byId(before.bodies));
    expect(byId(after.images)).toEqual(byId(before.images));
    expect(after.images.map((i) => i.bytes.length).sort()).toEqual([4000, 70_000]);
  });

  it('replaces the saved copy of the same page on import', async () => {
    const source = await filled();
    const text = JSON.stringify(await source.exportBackup());
    const target = fresh();
    await target.save(sampleArticle({ title: 'Local copy' }));
    expect(await target.importBackup(text)).toMatchObject({ ok: true });
    const titles = (await target.list()).map((e) => e.title).sort();
    expect(titles).toEqual(['Other', 'Shenzhen security symposium']);
  });

  type Mutate = (b: Record<string, any>) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any
  const broken: { title: string; make: (good: string) => string; error: RegExp }[] = [
    { title: 'truncated', make: (g) => g.slice(0, Math.floor(g.length / 2)), error: /cut short or not JSON/ },
    { title: 'empty', make: () => '', error: /cut short or not JSON/ },
    { title: 'not a backup', make: () => '{"hello":1}', error: /not a Precis library backup/ },
    { title: 'newer version', make: (g) => edit(g, (b) => (b.version = BACKUP_VERSION + 1)), error: /newer Precis/ },
    { title: 'wrong version type', make: (g) => edit(g, (b) => (b.version = '1')), error: /format version 1 is not/ },
    {
      title: 'articles not a list',
      make: (g) => edit(g, (b) => (b.articles = {})),
      error: /backup.articles should be a list/,
    },
    {
      title: 'title a number',
      make: (g) => edit(g, (b) => (b.articles[1].entry.title = 5)),
      error: /articles\[1\]\.entry\.title should be text/,
    },
    {
      title: 'read a string',
      make: (g) => edit(g, (b) => (b.articles[0].entry.read = 'yes')),
      error: /entry\.read should be true or false/,
    },
    {
      title: 'negative date',
      make: (g) => edit(g, (b) => (b.articles[0].entry.savedAt = -1)),
      error: /savedAt should be a number/,
    },
    {
      title: 'huge title',
      make: (g) => edit(g, (b) => (b.articles[0].entry.title = 'x'.repeat(LIMITS.shortText + 1))),
      error: /longer than 4,096/,
    },
    {
      title: 'huge html',
      make: (g) => edit(g, (b) => (b.articles[0].article.html = 'x'.repeat(LIMITS.html + 1))),
      error: /article\.html is longer/,
    },
    {
      title: 'too many tags',
      make: (g) => edit(g, (b) => (b.articles[0].entry.tags = Array(LIMITS.tags + 1).fill('t'))),
      error: /more than 100 items/,
    },
    { title: 'bad id', make: (g) => edit(g, (b) => (b.articles[0].entry.id = '../x')), error: /not a valid id/ },
    {
      title: 'repeated id',
      make: (g) => edit(g, (b) => (b.articles[1].entry.id = b.articles[0].entry.id)),
      error: /is repeated|does not belong/,
    },
    {
      title: 'javascript: url',
      make: (g) => edit(g, (b) => (b.articles[0].article.url = 'javascript:alert(1)')),
      error: /http\(s\) address/,
    },
    {
      title: 'unknown entry field',
      make: (g) => edit(g, (b) => (b.articles[0].entry.extra = 1)),
      error: /entry\.extra is not a known field/,
    },
    {
      title: 'svg image',
      make: (g) => edit(g, (b) => (b.articles[0].images[0].type = 'image/svg+xml')),
      error: /not an image type/,
    },
    {
      title: 'image not base64',
      make: (g) => edit(g, (b) => (b.articles[0].images[0].data = '@@@@')),
      error: /is not base64/,
    },
    {
      title: 'image of another article',
      make: (g) => edit(g, (b) => (b.articles[0].images[0].id = 'zzz-0')),
      error: /does not belong/,
    },
    {
      title: 'image too large',
      make: (g) =>
        edit(g, (b) => (b.articles[0].images[0].data = 'A'.repeat(Math.ceil(LIMITS.imageBytes / 3) * 4 + 4))),
      error: /data is longer/,
    },
    {
      title: '__proto__ key at the top',
      make: (g) => g.replace('{', '{"__proto__":{"polluted":true},'),
      error: /forbidden field name \(“__proto__”\)/,
    },
    {
      title: '__proto__ key deep inside',
      make: (g) => g.replace('"entry":{', '"entry":{"__proto__":{"read":true},'),
      error: /forbidden field name/,
    },
    {
      title: 'constructor key',
      make: (g) => g.replace('"article":{', '"article":{"constructor":{"prototype":{}},'),
      error: /forbidden field name/,
    },
    {
      title: 'a bad article after good ones',
      make: (g) => edit(g, (b) => b.articles.push({ entry: {}, article: {}, images: [] })),
      error: /articles\[2\]\.entry\.id should be text/,
    },
  ];
  function edit(good: string, mutate: Mutate): string {
    const b = JSON.parse(good);
    mutate(b);
    return JSON.stringify(b);
  }

  it.each(broken)('rejects a backup that is $title and leaves the library untouched', async ({ make, error }) => {
    const source = await filled();
    const good = JSON.stringify(await source.exportBackup());
    const target = fresh();
    await target.save(sampleArticle({ url: 'https://mine.example/1', canonicalUrl: undefined, title: 'Mine' }), [
      { url: 'https://img.example/a.png', type: 'image/png', blob: pngBlob(10, 3) },
    ]);
    const before = await snapshot(target);
    const result = await target.importBackup(make(good));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(error);
      expect(result.message).toMatch(/Nothing was imported/);
    }
    expect(await snapshot(target)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rolls back the whole import when writing fails half-way', async () => {
    const source = await filled();
    const good = JSON.stringify(await source.exportBackup());
    const target = fresh();
    await target.save(sampleArticle({ url: 'https://mine.example/1', canonicalUrl: undefined, title: 'Mine' }));
    const before = await snapshot(target);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'entries' && ++calls === 2) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      expect(await target.importBackup(good)).toMatchObject({
        ok: false,
        message: /not enough room.*Nothing was imported/,
      });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await snapshot(target)).toEqual(before);
  });

  it('encodes base64 like the platform does', () => {
    const b = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(b)).toBe(Buffer.from(b).toString('base64'));
  });
});
