import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, PageServer } from '../e2e/harness';
import {
  FIREFOX_EXTENSION_DIR,
  launchFirefoxWithExtension,
  openExtensionPage,
  openPopup,
  openTab,
  textOf,
  waitForExtensionPage,
  type FirefoxExtension,
} from './harness';

const seed = JSON.parse(readFileSync(join(FIXTURES, 'seed-news-page', 'expected.json'), 'utf8')) as {
  title: string;
  byline: string;
  faq: { question: string }[];
  mainPoints: { count: { min: number; max: number } };
};

describe('the Firefox build’s manifest, as WXT writes it for MV2', () => {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;

  it('keeps the extension pages’ content security policy, as the string MV2 wants', () => {
    expect(manifest.content_security_policy).toBe(
      "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('has a toolbar button with its icons and icons of every size', () => {
    expect(manifest.browser_action).toMatchObject({ default_popup: 'popup.html', default_icon: { 16: 'icon/16.png' } });
    expect(Object.keys(manifest.icons as object)).toEqual(['16', '32', '48', '64', '96', '128']);
  });

  it('puts host access in permissions (MV2), and only the test build reaches 127.0.0.1', () => {
    expect(manifest.permissions).toContain('http://127.0.0.1/*');
    expect(manifest.optional_permissions).toEqual(['<all_urls>']);
    expect(manifest.host_permissions).toBeUndefined();
  });
});

describe('Precis in Firefox (firefox-esr, Manifest V2)', () => {
  let server: PageServer;
  let ext: FirefoxExtension;

  beforeAll(async () => {
    server = await new PageServer().start();
    ext = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.stop();
  });

  it('runs the background event page, which adds the context-menu entries on install', async () => {
    const page = await openExtensionPage(ext, 'popup.html?probe=1');
    // menus.update fails for an id that was never created.
    const updated = await page.evaluate(async () => {
      const api = (
        globalThis as unknown as { browser: { contextMenus: { update(id: string, p: object): Promise<void> } } }
      ).browser.contextMenus;
      const results = [];
      for (const id of ['precis-read', 'precis-save', 'precis-missing']) {
        results.push(
          await api.update(id, {}).then(
            () => id,
            () => `no ${id}`,
          ),
        );
      }
      return results;
    });
    expect(updated).toEqual(['precis-read', 'precis-save', 'no precis-missing']);
    await page.close();
  });

  it('reads the seed article in the popup: title, main points and FAQ', async () => {
    const { tabId } = await openTab(ext, server.fixture('seed-news-page'));
    const popup = await openPopup(ext, tabId);
    expect(await textOf(popup, 'article-title')).toBe(seed.title);
    expect(await textOf(popup, 'article-byline')).toBe(seed.byline);

    const points = await popup.$$('[data-testid="main-points"] li');
    expect(points.length).toBeGreaterThanOrEqual(seed.mainPoints.count.min);
    expect(points.length).toBeLessThanOrEqual(seed.mainPoints.count.max);

    const faq = await textOf(popup, 'faq');
    for (const { question } of seed.faq) expect(faq).toContain(question);

    // The page fits Firefox's popup panel (800x600 at most) without sideways scrolling.
    const width = await popup.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(800);
    await popup.close();
  });

  it('hands the article to the reader tab through storage.session (Firefox 115+ in MV2)', async () => {
    const { tabId } = await openTab(ext, server.fixture('seed-news-page'));
    const popup = await openPopup(ext, tabId);
    await textOf(popup, 'article-title');
    await popup.click('[data-testid="open-reader"]');
    const reader = await waitForExtensionPage(ext, 'reader.html?session=');
    expect(await textOf(reader, 'reader-body')).toContain('Shanghai');
    expect(await reader.evaluate(() => document.title)).toContain('Boosting High-Quality Development');
    await reader.close();
    await popup.close();
  });

  it('saves the article to the offline library (IndexedDB) and lists it', async () => {
    const { tabId } = await openTab(ext, server.fixture('seed-news-page'));
    const popup = await openPopup(ext, tabId);
    await textOf(popup, 'article-title');
    await popup.click('[data-testid="save-button"]');
    // Image saving is on by default: the optional all-sites permission is
    // asked for and granted (see the harness), the image download fails
    // offline, and the text is kept.
    await popup.waitForSelector('[data-testid="save-button"][data-state="saved"]', { timeout: 15_000 });
    const library = await openExtensionPage(ext, 'library.html');
    expect(await textOf(library, 'library-item-title')).toBe(seed.title);
    await library.close();
    await popup.close();
  });
});
