import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import {
  FIXTURES,
  launchWithExtension,
  openPopup,
  openTab,
  newestSavedArticle,
  PageServer,
  ROOT,
  type ExtensionBrowser,
} from './harness';

/** A real 120×80 PNG, a two-colour gradient, so the browser decodes it to a non-zero size. */
function png(width = 120, height = 80): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set([(x * 2) & 255, (y * 3) & 255, 160], y * (width * 3 + 1) + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface SavedShape {
  entry: { imageCount: number; skippedImages: unknown[] };
  article: { points: unknown[]; faq: unknown[]; html: string };
}

describe('offline library in Chromium', () => {
  let pages: PageServer;
  let images: PageServer;
  let ext: ExtensionBrowser | undefined;
  let saved: SavedShape | undefined;

  beforeAll(async () => {
    pages = await new PageServer().start();
    // A second loopback origin (another port). Host permission patterns ignore ports, so the
    // e2e build's http://127.0.0.1/* grant covers it and no permission prompt is needed.
    images = await new PageServer().start();
    images.route('/img/symposium.png', { body: png(), type: 'image/png' });
    const source = readFileSync(join(FIXTURES, 'seed-news-page', 'source.html'), 'utf8').replace(
      '/wp-content/uploads/2025/07/shanghai-symposium-696x392.jpg',
      images.url('/img/symposium.png'),
    );
    pages.route('/pages/seed-offline/', source);
  });
  afterAll(async () => {
    await ext?.close();
    await pages?.stop().catch(() => undefined);
    await images?.stop().catch(() => undefined);
  });

  it('saves the seed article with its image from the popup', async () => {
    ext = await launchWithExtension();
    const { tabId } = await openTab(ext, pages.url('/pages/seed-offline/'));
    const popup = await openPopup(ext, tabId);
    const button = popup.getByTestId('save-button');
    await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
    await button.click();
    await popup.locator('[data-testid="save-button"][data-state="saved"]').waitFor({ timeout: 15_000 });
    expect(images.requests).toContain('/img/symposium.png');
    await popup.close();
  });

  it('after a restart with no network, finds it by search and shows text, image, points and FAQ', async () => {
    const profile = ext!.profileDir;
    await pages.stop();
    await images.stop();
    await ext!.close(true);
    ext = await launchWithExtension(profile);
    await ext.context.route('**', (route) => {
      const url = route.request().url();
      return /^https?:/i.test(url) ? route.abort() : route.continue();
    });
    await ext.context.setOffline(true);
    const requests: string[] = [];
    ext.context.on('request', (r) => {
      if (/^https?:/i.test(r.url())) requests.push(r.url());
    });

    const lib = await ext.context.newPage();
    await lib.goto(`chrome-extension://${ext.extensionId}/library.html`);
    await lib.getByTestId('library-item').first().waitFor({ timeout: 15_000 });
    saved = await newestSavedArticle<SavedShape>(lib);
    expect(saved.entry.imageCount).toBe(1);
    expect(saved.entry.skippedImages).toEqual([]);

    await lib.getByTestId('library-search').fill('Shenzhen');
    const hit = lib.getByTestId('library-item-title');
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.textContent()).toMatch(/Boosting High-Quality Development/);
    await lib.getByTestId('library-search').fill('Shenzen'); // a typo still finds it
    await expect.poll(() => hit.count()).toBe(1);
    await lib.getByTestId('library-search').fill('');

    await checkAccessibility(lib);
    await lib.screenshot({ path: join(ROOT, 'docs', 'screenshots', 'library.png') });

    await lib.getByTestId('library-search').fill('Shenzhen');
    await hit.first().click();
    await lib.waitForURL(/reader\.html\?id=/);
    const body = lib.getByTestId('reader-body');
    await body.waitFor({ timeout: 15_000 });
    expect(((await body.textContent()) ?? '').replace(/\s+/g, ' ')).toContain('Shenzhen’s success demonstrates');
    const img = body.locator('img').first();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(120);
    expect(await img.getAttribute('src')).toMatch(/^blob:chrome-extension:/);
    // Points and FAQ are shown when the saved article has them (built by other issues).
    if (saved.article.points.length) await lib.getByTestId('reader-points').waitFor({ timeout: 5_000 });
    if (saved.article.faq.length) await lib.getByTestId('reader-faq').waitFor({ timeout: 5_000 });
    console.log(`saved article: ${saved.article.points.length} points, ${saved.article.faq.length} FAQ entries`);
    expect(requests).toEqual([]);
  });

  it('exports a backup and a Markdown folder, deletes with undo, and restores from the backup', async () => {
    const lib = await ext!.context.newPage();
    await lib.goto(`chrome-extension://${ext!.extensionId}/library.html`);
    await lib.getByTestId('library-item').first().waitFor({ timeout: 15_000 });
    const exportAll = lib.locator('.lib-file-actions select');
    const backupDownload = lib.waitForEvent('download');
    await exportAll.selectOption('backup');
    const backupPath = await (await backupDownload).path();
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as {
      format: string;
      articles: { images: unknown[] }[];
    };
    expect(backup.format).toBe('precis-library-backup');
    expect(backup.articles[0]!.images).toHaveLength(1);

    const zipDownload = lib.waitForEvent('download');
    await exportAll.selectOption('markdown-zip');
    const zip = readFileSync(await (await zipDownload).path());
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(zip.includes(Buffer.from('images/'))).toBe(true);

    await lib.getByRole('button', { name: 'Delete' }).first().click();
    await lib.getByTestId('undo-delete').click();
    await expect.poll(() => lib.getByTestId('library-item').count()).toBe(1);
    await lib.getByRole('button', { name: 'Delete' }).first().click();
    await expect.poll(() => lib.getByTestId('library-item').count()).toBe(0);

    await lib.getByTestId('import-input').setInputFiles(backupPath);
    await expect.poll(() => lib.getByTestId('library-item').count()).toBe(1);
    expect(await lib.getByTestId('library-status').textContent()).toMatch(/Imported 1 article/);
    await lib
      .getByTestId('import-input')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
    await expect
      .poll(() => lib.getByTestId('library-status').textContent())
      .toMatch(/cut short or not JSON\. Nothing was imported/);
    expect(await lib.getByTestId('library-item').count()).toBe(1);
  });
});

/** axe-core on the library page: no serious or critical violation. */
async function checkAccessibility(page: Page): Promise<void> {
  const require = createRequire(import.meta.url);
  // addScriptTag's inline <script> would be refused by the extension page's CSP; evaluate is not subject to it.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const r = await axe.run();
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}
