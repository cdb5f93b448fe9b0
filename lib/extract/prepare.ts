/**
 * Work on the page clone before Readability sees it: make lazy images real
 * and drop what the page hides from readers (issue #3 grows this).
 */

/** Prepares a cloned document for extraction, in place. */
export function prepareDocument(doc: Document): void {
  for (const img of Array.from(doc.querySelectorAll('img[data-src]'))) {
    const src = img.getAttribute('data-src');
    if (src) img.setAttribute('src', src);
  }
}
