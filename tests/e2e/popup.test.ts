import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { launchWithExtension, openPopup, openTab, PageServer, ROOT, FIXTURES, type ExtensionBrowser } from './harness';

const seed = JSON.parse(readFileSync(join(FIXTURES, 'seed-news-page', 'expected.json'), 'utf8')) as {
  title: string;
  byline: string;
  siteName: string;
  articleMustContain: string[];
};

describe('popup in Chromium', () => {
  let server: PageServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await new PageServer().start();
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.stop();
  });

  it('shows the seed article: title, byline, site and clean text', async () => {
    const { tabId } = await openTab(ext, server.fixture('seed-news-page'));
    const popup = await openPopup(ext, tabId);
    const title = popup.getByTestId('article-title');
    await title.waitFor({ timeout: 15_000 });
    expect(await title.textContent()).toBe(seed.title);
    expect(await popup.getByTestId('article-byline').textContent()).toBe(seed.byline);
    expect(await popup.getByTestId('article-site').textContent()).toBe(seed.siteName);
    expect(await popup.getByTestId('article-meta').textContent()).toMatch(/July 19, 2025.*min read/);
    const body = (await popup.getByTestId('article-body').textContent()) ?? '';
    for (const phrase of seed.articleMustContain) expect(body.replace(/\s+/g, ' ')).toContain(phrase);
    expect(body).not.toContain('Adblock Detected');
    // The library is one click away from any page, not only after a save.
    expect(await popup.getByTestId('open-library-toolbar').getAttribute('href')).toBe(
      `chrome-extension://${ext.extensionId}/library.html`,
    );
    await popup.screenshot({ path: join(ROOT, 'docs', 'screenshots', 'popup-light.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: join(ROOT, 'docs', 'screenshots', 'popup-dark.png') });
    await popup.close();
  });

  it('shows a standfirst under the title, once: not in the body nor the main points', async () => {
    const { tabId } = await openTab(ext, server.fixture('clutter-standfirst'));
    const popup = await openPopup(ext, tabId);
    const standfirst = popup.getByTestId('article-standfirst');
    await standfirst.waitFor({ timeout: 15_000 });
    expect(await standfirst.textContent()).toMatch(/^The Victorian baths closed in 2009\./);
    expect(await popup.getByTestId('article-body').textContent()).not.toContain('The Victorian baths closed');
    const points = await popup.getByTestId('main-points').locator('li').allTextContents();
    expect(points.length).toBeGreaterThan(0);
    expect(points.join(' ')).not.toContain('The Victorian baths closed');
    await popup.close();
  });

  it('explains that the browser’s own pages cannot be read', async () => {
    const { tabId } = await openTab(ext, 'chrome://version');
    const popup = await openPopup(ext, tabId);
    const state = popup.getByTestId('state-message');
    await state.waitFor({ timeout: 15_000 });
    expect(await state.textContent()).toMatch(/can’t read this page.*browser’s own pages/);
    await popup.close();
  });

  it('says when a page has no article and can show its text anyway', async () => {
    const { tabId } = await openTab(ext, server.fixture('no-article'));
    const popup = await openPopup(ext, tabId);
    const state = popup.getByTestId('state-message');
    await state.waitFor({ timeout: 15_000 });
    expect(await state.textContent()).toContain('No article found on this page');
    await popup.getByTestId('show-page-text').click();
    expect(await popup.getByTestId('page-text').textContent()).toContain('Forgot your password?');
    await popup.close();
  });
});
