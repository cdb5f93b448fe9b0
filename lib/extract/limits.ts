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

/** Why a document is too large to read, or undefined when it is not. */
export function tooLargeReason(doc: Document, limits: PageLimits = {}): string | undefined {
  const elements = doc.getElementsByTagName('*').length;
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
