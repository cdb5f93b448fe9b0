import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { attackPage } from '../helpers/attack-page';
import { launchWithExtension, openTab, PageServer, type ExtensionBrowser } from './harness';

/** What a page of the extension did that a payload would have caused. */
interface Watch {
  consoleRefusals: string[];
  dialogs: string[];
  requests: string[];
}

/** Records CSP refusals, dialogs and requests of an extension page. */
function watch(page: Page): Watch {
  const w: Watch = { consoleRefusals: [], dialogs: [], requests: [] };
  page.on('console', (m) => {
    if (/Refused to|Content Security Policy|__xss/i.test(m.text())) w.consoleRefusals.push(m.text());
  });
  page.on('pageerror', (e) => {
    if (/__xss/.test(e.message)) w.consoleRefusals.push(e.message);
  });
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('chrome-extension:') && !r.url().startsWith('blob:')) w.requests.push(r.url());
  });
  return w;
}

/** Attributes and elements in the page's DOM that only an escaped payload could have put there. */
async function domProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) found.push(`${el.localName}[${a.name}]`);
        if (
          /^(?:href|src|xlink:href|action|formaction|srcdoc)$/i.test(a.name) &&
          /^\s*(?:javascript|data:text|vbscript)/i.test(a.value)
        ) {
          found.push(`${el.localName}[${a.name}=${a.value.slice(0, 30)}]`);
        }
      }
      if (el.localName === 'script' && !(el as HTMLScriptElement).src.startsWith('chrome-extension:'))
        found.push('inline script');
      if (
        ['iframe', 'object', 'embed', 'form', 'base', 'meta', 'link', 'style'].includes(el.localName) &&
        el.closest('body')
      ) {
        if (!(el.localName === 'link' || el.localName === 'style') || el.closest('[data-testid]'))
          found.push(el.localName);
      }
    }
    return found;
  });
}

const payloadRequests = (urls: string[]) => urls.filter((u) => /\/pwned\b/.test(u));

describe('an attack page in the popup, the reader and the library', () => {
  let server: PageServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await new PageServer().start();
    server.route('/attack/', attackPage());
    server.route('/img/river.png', {
      type: 'image/png',
      body: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    });
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.stop();
  });

  it('runs no payload anywhere Precis shows the article', async () => {
    const { page: tab, tabId } = await openTab(ext, server.url('/attack/'));
    await tab.waitForLoadState('load');
    const before = server.requests.length;

    // Watch from before the first byte: open the popup page by hand rather than with openPopup.
    const popup = await ext.context.newPage();
    const popupWatch = watch(popup);
    await popup.setViewportSize({ width: 460, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    expect(await popup.getByTestId('article-title').textContent()).toContain('River plan approved');
    expect(((await popup.getByTestId('article-body').textContent()) ?? '').length).toBeGreaterThan(500);
    await popup.waitForTimeout(500);
    expect(await domProblems(popup)).toEqual([]);

    await popup.getByTestId('save-button').click();
    await popup.locator('[data-testid="save-button"][data-state="saved"]').waitFor({ timeout: 20_000 });

    // The reader, from the popup (which closes itself as it opens the reader).
    const readerPromise = ext.context.waitForEvent('page');
    await popup.getByTestId('open-reader').click();
    const reader = await readerPromise;
    const readerWatch = watch(reader);
    await reader.getByTestId('reader-body').waitFor({ timeout: 20_000 });
    await reader.waitForTimeout(500);
    expect(await domProblems(reader)).toEqual([]);

    // Saved, then read from the library.
    const lib = await ext.context.newPage();
    const libWatch = watch(lib);
    await lib.goto(`chrome-extension://${ext.extensionId}/library.html`);
    await lib.getByTestId('library-item').first().waitFor({ timeout: 15_000 });
    expect(await domProblems(lib)).toEqual([]);
    await lib.getByTestId('library-item-title').first().click();
    await lib.waitForURL(/reader\.html\?id=/);
    await lib.getByTestId('reader-body').waitFor({ timeout: 15_000 });
    await lib.waitForTimeout(500);
    expect(await domProblems(lib)).toEqual([]);

    for (const w of [popupWatch, readerWatch, libWatch]) {
      expect(w.consoleRefusals).toEqual([]);
      expect(w.dialogs).toEqual([]);
      expect(payloadRequests(w.requests)).toEqual([]);
    }
    expect(payloadRequests(server.requests.slice(before))).toEqual([]);
  });
});
