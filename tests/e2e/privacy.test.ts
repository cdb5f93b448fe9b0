import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { launchWithExtension, openTab, PageServer, type ExtensionBrowser } from './harness';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Which part of the browser made a request: the article's own tab, or Precis. */
function madeByExtension(r: Request): boolean {
  if (r.serviceWorker()) return true;
  try {
    return r.frame().url().startsWith('chrome-extension://');
  } catch {
    return false;
  }
}

describe('what Precis sends over the network (issue #9: privacy)', () => {
  let server: PageServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await new PageServer().start();
    server.fixture('seed-news-page');
    server.route('/wp-content/uploads/2025/07/shanghai-symposium-696x392.jpg', { body: PNG, type: 'image/png' });
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.stop();
  });

  it('makes no request of its own while reading and saving, except the article’s image', async () => {
    const { tabId } = await openTab(ext, server.url('/pages/seed-news-page/'));
    const requests: string[] = [];
    ext.context.on('request', (r) => {
      if (madeByExtension(r) && !/^(?:chrome-extension|blob|data):/.test(r.url())) requests.push(r.url());
    });

    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
    await popup.getByTestId('save-button').click();
    await popup.locator('[data-testid="save-button"][data-state="saved"]').waitFor({ timeout: 15_000 });
    const lib = await ext.context.newPage();
    await lib.goto(`chrome-extension://${ext.extensionId}/library.html`);
    await lib.getByTestId('library-item').first().waitFor({ timeout: 15_000 });
    await lib.getByTestId('library-item-title').first().click();
    await lib.getByTestId('reader-body').waitFor({ timeout: 15_000 });

    const image = server.url('/wp-content/uploads/2025/07/shanghai-symposium-696x392.jpg');
    expect(requests.length).toBeGreaterThan(0);
    expect([...new Set(requests)]).toEqual([image]);
  });
});
