/**
 * Pages whose content is in their `<noscript>` fallback (issue #3): a
 * script-built forum or app serves its posts to readers without scripts
 * inside `<noscript>`, and shows next to nothing outside it. Where scripts
 * do not run (the CLI, jsdom, a parsed document), that fallback is what a
 * reader would see; Readability and the main-content search skip it, and
 * found no text at all on such pages (five forum threads in a hundred
 * WCXB-dev non-article pages). The extension reads a copy of the live page
 * parsed without scripts, so its fallbacks are elements too; but there the
 * scripts have built the content, the rest of the body holds it, and no
 * fallback outweighs it: nothing changes.
 */
import { readableTextLength } from './limits';
import { closestTag } from './walk';

const NOSCRIPT = new Set(['noscript']);

/**
 * A fallback is the page's content when it has this many times the text
 * outside every fallback: the rest is then a header and a loading notice.
 */
const CONTENT_SHARE = 4;
/** ...and at least this many characters: not a tracking pixel's notice or a "please enable JavaScript" line. */
const MIN_CHARS = 500;

/**
 * Replaces each `<noscript>` that holds the page's content (parsed as
 * elements, with far more text than the rest of the body) by its children,
 * in place. Leaves every other `<noscript>` alone.
 */
export function unwrapContentNoscript(body: Element): void {
  const fallbacks = Array.from(body.getElementsByTagName('noscript')).filter(
    (el) => el.firstElementChild && !(el.parentElement && closestTag(el.parentElement, NOSCRIPT)),
  );
  // Most fallbacks are a tracking pixel: the body's text is measured only when one is long enough to matter.
  const long = fallbacks.map((el) => ({ el, chars: readableTextLength(el) })).filter(({ chars }) => chars >= MIN_CHARS);
  if (long.length === 0) return;
  const rest = readableTextLength(body);
  for (const { el, chars } of long) {
    if (chars >= rest * CONTENT_SHARE) el.replaceWith(...Array.from(el.childNodes));
  }
}
