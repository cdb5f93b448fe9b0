import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '../lib/extract';
import { readExtractOptions } from '../lib/validate';

/**
 * Injected on demand by the popup into the tab the reader asked about; never
 * declared for all pages. Extracts from a clone, so the live page is left
 * exactly as it was, and returns plain data.
 */
export default defineContentScript({
  registration: 'runtime',
  async main() {
    const g = globalThis as { __precisOptions?: unknown };
    const options = readExtractOptions(g.__precisOptions);
    delete g.__precisOptions;
    await domReady();
    const clone = document.cloneNode(true) as Document;
    return extractArticle(clone, { ...options, url: location.href });
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
