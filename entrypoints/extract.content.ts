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
  main() {
    const g = globalThis as { __precisOptions?: unknown };
    const options = readExtractOptions(g.__precisOptions);
    delete g.__precisOptions;
    const clone = document.cloneNode(true) as Document;
    return extractArticle(clone, { ...options, url: location.href });
  },
});
