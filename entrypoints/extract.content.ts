import { defineContentScript } from 'wxt/utils/define-content-script';
import { tooLargeReason } from '../lib/extract/limits';
import { serializePage, type PageSnapshot } from '../lib/extract/snapshot';

/**
 * Injected on demand into the tab the reader asked about; never declared for
 * all pages. It only copies the page: the live DOM as HTML, once the page's
 * HTML is complete. Extraction runs in the extension (utils/extract-tab.ts),
 * so the page's main thread is busy for the copy alone, not for the seconds
 * a large page takes to read (issue #9), and this script stays small.
 */
export default defineContentScript({
  registration: 'runtime',
  async main(): Promise<PageSnapshot> {
    await domReady();
    const tooLarge = tooLargeReason(document);
    if (tooLarge) return { ok: false, kind: 'too-large', message: tooLarge };
    return { ok: true, url: location.href, baseUrl: document.baseURI, html: serializePage(document) };
  },
});

/** A page still loading is read once its whole HTML is in, or after 10 s with what is there. */
function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
    setTimeout(resolve, 10_000);
  });
}
