// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { library } from '../../utils/library-db';
import { fetchImages, imageOrigins, saveArticle, skippedSummary } from '../../utils/library-save';
import { settings } from '../../utils/settings';
import { bytes, sampleArticle } from './library-fixtures';

/** A fake network: address -> [status, content type, size]. */
function serve(routes: Record<string, [number, string, number]>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const r = routes[url];
      if (!r) throw new TypeError('Failed to fetch');
      const [status, type, size] = r;
      return new Response(bytes(size) as BodyInit, {
        status,
        headers: { 'content-type': type, 'content-length': String(size) },
      });
    }),
  );
}

describe('saving with images', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('keeps images within the cap and reports the rest, with reasons', async () => {
    serve({
      'https://img.example/a.png': [200, 'image/png', 600],
      'https://img.example/big.jpg': [200, 'image/jpeg', 5000],
      'https://img.example/c.svg': [200, 'image/svg+xml', 10],
      'https://img.example/gone.jpg': [404, 'text/html', 10],
      'https://img.example/d.webp': [200, 'image/webp', 300],
    });
    const refs = ['a.png', 'big.jpg', 'c.svg', 'gone.jpg', 'd.webp', 'offline.jpg'].map((f) => ({
      url: `https://img.example/${f}`,
    }));
    const { images, skipped } = await fetchImages(refs, 1000);
    expect(images.map((i) => [i.url, i.type, i.blob.size])).toEqual([
      ['https://img.example/a.png', 'image/png', 600],
      ['https://img.example/d.webp', 'image/webp', 300],
    ]);
    expect(skipped).toEqual([
      { url: 'https://img.example/big.jpg', reason: 'too-large' },
      { url: 'https://img.example/c.svg', reason: 'type' },
      { url: 'https://img.example/gone.jpg', reason: 'network' },
      { url: 'https://img.example/offline.jpg', reason: 'network' },
    ]);
    expect(skippedSummary(skipped)).toBe('4 images not kept (1 over the image size limit in Settings).');
  });

  it('stops at the per-article cap', async () => {
    serve({
      'https://img.example/1.png': [200, 'image/png', 700],
      'https://img.example/2.png': [200, 'image/png', 700],
    });
    const { images, skipped } = await fetchImages(
      [{ url: 'https://img.example/1.png' }, { url: 'https://img.example/2.png' }],
      1000,
    );
    expect(images).toHaveLength(1);
    expect(skipped.map((s) => s.reason)).toEqual(['cap']);
  });

  it('saves the text only, and says so, without access to the image sites', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const r = await saveArticle(
      sampleArticle({ url: 'https://news.example/no-access', canonicalUrl: undefined }),
      false,
    );
    expect(fetch).not.toHaveBeenCalled();
    expect(r).toMatchObject({ ok: true, images: 0, textOnly: 'permission' });
    if (r.ok) expect(skippedSummary(r.skipped, r.textOnly)).toMatch(/text only.*not allowed to download the images/);
  });

  it('fetches nothing when image saving is off, and tags the site when asked to', async () => {
    await settings.saveImages.setValue(false);
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const r = await saveArticle(
      sampleArticle({ url: 'https://news.example/text-only', canonicalUrl: undefined }),
      true,
    );
    expect(fetch).not.toHaveBeenCalled();
    expect(r).toMatchObject({ ok: true, images: 0, skipped: [] });
    if (r.ok) expect((await library.getEntry(r.id))?.tags).toEqual(['world today news']);
  });

  it('names the origins it needs access to', () => {
    expect(imageOrigins(sampleArticle())).toEqual(['https://img.example/*']);
  });
});
