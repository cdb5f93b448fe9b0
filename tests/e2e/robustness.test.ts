import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hugePage } from '../helpers/huge-page';
import { FIXTURES, launchWithExtension, openPopup, openTab, PageServer, type ExtensionBrowser } from './harness';

const seed = readFileSync(join(FIXTURES, 'seed-news-page', 'source.html'), 'utf8');

/** Six paragraphs of news prose about `subject`, each naming `word`. */
const story = (subject: string, word: string) =>
  Array.from(
    { length: 6 },
    (_, i) =>
      `<p>${subject} was the talk of the town on day ${i + 1}, as residents weighed what the ${word} plan means for their commute, their shops and the harbour front they walk along every evening.</p>`,
  ).join('');

describe('pages that are empty, loading, closing, changing, framed or huge', () => {
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
    // A single-page app: the first story is in the HTML; "navigating" swaps in another with pushState.
    server.route('/spa/', {
      body: `<!doctype html><html lang="en"><head><title>Ferry timetable changes | Harbour News</title></head><body>
<main id="app"><article><h1>Ferry timetable changes</h1>${story('The ferry timetable', 'ferry')}</article></main>
<script>
  window.go = () => {
    history.pushState({}, '', '/spa/bridge');
    document.title = 'Bridge reopens after repairs | Harbour News';
    document.getElementById('app').innerHTML = '<article><h1>Bridge reopens after repairs</h1>' +
      ${JSON.stringify(story('The old bridge', 'bridge'))} + '</article>';
  };
</script></body></html>`,
    });
    // The article is in the page; an advertisement and a comment widget are frames.
    server.route('/framed/', {
      body: `<!doctype html><html lang="en"><head><title>Market hall restored</title></head><body>
<article><h1>Market hall restored</h1>${story('The market hall', 'market')}</article>
<iframe src="/frame-ad/" title="advertisement"></iframe><iframe srcdoc="<p>Comment widget: sign in to comment</p>"></iframe>
</body></html>`,
    });
    server.route('/frame-ad/', { body: '<!doctype html><p>Buy a boat today, advertisement frame text</p>' });
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

  /** The title and body text a popup shows once it has read the article. */
  const articleIn = async (popup: Page, timeout = 20_000) => {
    const title = popup.getByTestId('article-title');
    await title.waitFor({ timeout });
    return {
      title: (await title.textContent()) ?? '',
      body: async () => (await popup.getByTestId('article-body').textContent()) ?? '',
    };
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
    const { body } = await articleIn(popup);
    expect(await body()).toContain('Shenzhen’s transformation from a small fishing village');
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

  it('reads what a single-page app shows now, after it changed its address and content', async () => {
    const { page, tabId } = await openTab(ext, server.url('/spa/'));
    const first = await openPopup(ext, tabId);
    expect((await articleIn(first)).title).toContain('Ferry timetable changes');
    await first.close();
    await page.evaluate(() => (window as unknown as { go(): void }).go());
    const second = await openPopup(ext, tabId);
    const now = await articleIn(second);
    expect(now.title).toContain('Bridge reopens after repairs');
    const body = await now.body();
    expect(body).toContain('The old bridge');
    expect(body).not.toContain('ferry');
    await second.close();
    await page.close();
  });

  it('reads the page’s own article and leaves its frames (ads, widgets) out', async () => {
    const { page, tabId } = await openTab(ext, server.url('/framed/'));
    const popup = await openPopup(ext, tabId);
    const article = await articleIn(popup);
    expect(article.title).toBe('Market hall restored');
    const body = await article.body();
    expect(body).toContain('The market hall');
    expect(body).not.toMatch(/Buy a boat|Comment widget/);
    expect(await popup.locator('[data-testid="article-body"] iframe').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('answers a second popup opened while the first is still reading, both with the article', async () => {
    const { page, tabId } = await openTab(ext, server.url('/big/'));
    const [one, two] = await Promise.all([openPopup(ext, tabId), openPopup(ext, tabId)]);
    for (const popup of [one, two]) {
      expect((await articleIn(popup, 30_000)).title).toBe('Huge page');
      await popup.close();
    }
    await page.close();
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
    expect((await articleIn(popup, 30_000)).title).toBe('Huge page');
    expect(await page.evaluate(() => document.querySelectorAll('a').length)).toBe(50_000);
    await popup.close();
  });
});
