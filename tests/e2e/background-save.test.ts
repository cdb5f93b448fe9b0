/**
 * Saving from the context menu or Alt+Shift+S (issue #7) runs in the
 * background, which in Chrome has no DOM: the page is copied by the injected
 * script and read in the offscreen document (utils/offscreen.ts). The test
 * calls the same function the menu and the shortcut call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, newestSavedArticle, openTab, PageServer, type ExtensionBrowser } from './harness';

interface Saved {
  entry: { title: string; url: string };
  article: { text: string; points: unknown[]; faq: unknown[] };
}

describe('saving from the background in Chromium', () => {
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

  /** What the toolbar button says for a tab, read through an extension page. */
  const buttonTitle = async (tabId: number) => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const title = await page.evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { action: { getTitle(d: { tabId: number }): Promise<string> } } }
        ).chrome.action.getTitle({ tabId: id }),
      tabId,
    );
    await page.close();
    return title;
  };

  const save = async (tabId: number, url: string) => {
    const worker = ext.context.serviceWorkers()[0]!;
    await worker.evaluate(
      ([id, address]) =>
        (globalThis as unknown as { __precisSaveTab(id: number, url: string): Promise<void> }).__precisSaveTab(
          id,
          address,
        ),
      [tabId, url] as const,
    );
  };

  it('saves the seed article, read in the offscreen document, with its points and FAQ', async () => {
    const url = server.fixture('seed-news-page');
    const { tabId } = await openTab(ext, url);
    await save(tabId, url);
    expect(await buttonTitle(tabId)).toMatch(/^Saved to your Precis library\./);

    const lib = await ext.context.newPage();
    await lib.goto(`chrome-extension://${ext.extensionId}/library.html`);
    await lib.getByTestId('library-item').first().waitFor({ timeout: 15_000 });
    const saved = await newestSavedArticle<Saved>(lib);
    expect(saved.entry.title).toMatch(/Boosting High-Quality Development/);
    expect(saved.article.text).toContain('Shenzhen’s success demonstrates');
    expect(saved.article.text).not.toContain('- Advertisement -');
    expect(saved.article.points.length).toBe(4);
    expect(saved.article.faq.length).toBe(6);
    await lib.close();
  });

  it('says on the toolbar button why a page without an article was not saved', async () => {
    const url = server.fixture('no-article');
    const { tabId } = await openTab(ext, url);
    await save(tabId, url);
    expect(await buttonTitle(tabId)).toMatch(/^Precis could not save this page: No article was found/);
  });
});
