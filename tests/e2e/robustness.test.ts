import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hugePage } from '../helpers/huge-page';
import { FIXTURES, launchWithExtension, openPopup, openTab, PageServer, type ExtensionBrowser } from './harness';

const seed = readFileSync(join(FIXTURES, 'seed-news-page', 'source.html'), 'utf8');

describe('pages that are empty, loading, closing or huge', () => {
  let server: PageServer;
  let ext: ExtensionBrowser;
  const held: ServerResponse[] = [];

  beforeAll(async () => {
    server = await new PageServer().start();
    // Sends the first half of the seed page at once and the rest 1.5 s later.
    server.route('/slow/', {
      handle: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        const cut = seed.indexOf('<article');
        res.write(seed.slice(0, cut));
        setTimeout(() => res.end(seed.slice(cut)), 1500);
      },
    });
    // Never finishes: the tab is closed while Precis waits for it.
    server.route('/hanging/', {
      handle: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<!doctype html><html><head><title>Hanging</title></head><body><p>Start of a page');
        held.push(res);
      },
    });
    server.route('/huge/', hugePage());
    server.route('/big/', hugePage({ paragraphs: 400, comments: 6000 }));
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    for (const res of held) res.destroy();
    await ext?.close();
    await server?.stop();
  });

  const stateOf = async (tabId: number) => {
    const popup = await openPopup(ext, tabId);
    const state = popup.getByTestId('state-message');
    await state.waitFor({ timeout: 20_000 });
    const text = (await state.textContent()) ?? '';
    await popup.close();
    return text;
  };

  it('says an empty tab cannot be read', async () => {
    const { tabId } = await openTab(ext, 'about:blank');
    // With the toolbar click's activeTab grant the popup sees the URL and says "no page in it yet"
    // (tests/unit/page-access.test.ts); this headless test has no grant, so the browser only refuses.
    expect(await stateOf(tabId)).toMatch(
      /can’t read this page.*(?:no page in it yet|did not let Precis read this page)/,
    );
  });

  it('reads a page that is still loading once its HTML is complete', async () => {
    const { page, tabId } = await openTab(ext, server.url('/slow/'), 'commit');
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    const popup = await openPopup(ext, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 20_000 });
    const body = (await popup.getByTestId('article-body').textContent()) ?? '';
    expect(body).toContain('Shenzhen’s transformation from a small fishing village');
    await popup.close();
    await page.close();
  });

  it('says so when the tab is closed while Precis reads it', async () => {
    const { page, tabId } = await openTab(ext, server.url('/hanging/'), 'commit');
    const popup = await openPopup(ext, tabId);
    await popup.getByTestId('state-loading').waitFor({ timeout: 10_000 });
    await page.close();
    const state = popup.getByTestId('state-message');
    await state.waitFor({ timeout: 20_000 });
    expect(await state.textContent()).toMatch(/closed or left before Precis could read it/);
    await popup.close();
  });

  it('says a 10 MB page is too large to read, and the page stays responsive', async () => {
    const { page, tabId } = await openTab(ext, server.url('/huge/'));
    const popup = await openPopup(ext, tabId);
    const state = popup.getByTestId('state-message');
    await state.waitFor({ timeout: 30_000 });
    expect(await state.textContent()).toMatch(/too large/);
    expect(await page.evaluate(() => document.querySelectorAll('a').length)).toBe(50_000);
    await popup.close();
  });

  it('reads the article of a 2.5 MB page with 50,000 links, thousands of comments and 5,000 levels', async () => {
    const { page, tabId } = await openTab(ext, server.url('/big/'));
    const popup = await openPopup(ext, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 30_000 });
    expect(await popup.getByTestId('article-title').textContent()).toBe('Huge page');
    expect(await page.evaluate(() => document.querySelectorAll('a').length)).toBe(50_000);
    await popup.close();
  });
});
