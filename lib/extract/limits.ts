/**
 * How much page Precis reads at all (issue #9). Checked in the page before
 * its HTML is copied out, and again by extractArticle for callers that hand
 * it a document directly (the CLI, tests).
 */

/** Pages with more elements than this are refused rather than read for seconds. */
export const MAX_ELEMENTS = 150_000;
/** ...or more readable text than this (about 300,000 words: days of reading). */
export const MAX_TEXT_CHARS = 2_000_000;

export interface PageLimits {
  maxElements?: number;
  maxTextChars?: number;
}

/**
 * Why a document is too large to read, or undefined when it is not.
 * @param bodyElements the number of elements under `doc.body`, when the
 *   caller has counted them (extractArticle's walk for the nesting bound):
 *   the page is then not read once more for its count
 */
export function tooLargeReason(doc: Document, limits: PageLimits = {}, bodyElements?: number): string | undefined {
  const elements =
    bodyElements !== undefined && doc.body
      ? elementsAround(doc.documentElement, doc.body, bodyElements)
      : doc.getElementsByTagName('*').length;
  if (elements > (limits.maxElements ?? MAX_ELEMENTS)) {
    return `This page is too large to read here (${elements.toLocaleString('en')} elements).`;
  }
  // Text bounds the work as much as elements do: a million-word page would
  // keep Precis busy for seconds (issue #9, 10 MB page).
  // The whole text, scripts included, bounds the readable text from above:
  // only a page over the limit pays for finding and subtracting its scripts.
  const maxChars = limits.maxTextChars ?? MAX_TEXT_CHARS;
  if (!doc.body || (doc.body.textContent?.length ?? 0) <= maxChars) return undefined;
  const chars = readableTextLength(doc.body);
  if (chars > maxChars) {
    return `This page is too large to read here (${Math.round(chars / 1e6)} million characters of text).`;
  }
  return undefined;
}

/** The elements of the document whose root is `html`, given how many are under `body` (one of its children). */
function elementsAround(html: Element, body: Element, bodyElements: number): number {
  let count = 1;
  for (let c = html.firstElementChild; c; c = c.nextElementSibling) {
    count += 1 + (c === body ? bodyElements : c.getElementsByTagName('*').length);
  }
  return count;
}

/** Not read as text: a page's scripts and styles (often megabytes of app state), and its no-script fallbacks. */
const NOT_TEXT = 'script,style,noscript';

/** The length of the text under `root` a reader could read, without what NOT_TEXT holds. */
export function readableTextLength(root: Element): number {
  let length = root.textContent?.length ?? 0;
  for (const el of Array.from(root.querySelectorAll(NOT_TEXT))) {
    // Counted once: a script inside a no-script fallback is already in the fallback's text.
    if (!el.parentElement?.closest(NOT_TEXT)) length -= el.textContent?.length ?? 0;
  }
  return length;
}
