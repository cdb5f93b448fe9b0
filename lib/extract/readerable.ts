/**
 * Mozilla's `isProbablyReaderable` (Readability-readerable.js, 0.6.0) with
 * the same answer, for less work under jsdom (issue #3's speed target):
 * one TreeWalker instead of two selector queries, and a `style` object
 * built only for elements that have a style attribute.
 */
import { elementsUnder } from './walk';

/**
 * Readability's words for unlikely candidates (Readability.js and
 * Readability-readerable.js 0.6.0 share them), tested anywhere in a class
 * and id. Copied; keep in step with the pinned version.
 */
export const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;
const MIN_SCORE = 20;
const MIN_CONTENT_LENGTH = 140;

/**
 * Whether the page probably holds an article Readability can extract:
 * the square roots of the lengths (past 140 characters) of its visible,
 * likely paragraphs (`p`, `pre`, `article`, and `div`s broken by `br`)
 * add up to more than 20.
 * @param all the elements under `doc.documentElement` (`elementsUnder`), when the caller has listed them
 */
export function isProbablyReaderable(
  doc: Document,
  all: readonly Element[] = elementsUnder(doc.documentElement),
): boolean {
  const nodes: Element[] = [];
  const brParents = new Set<Element>();
  for (const el of all) {
    const tag = el.localName;
    if (tag === 'p' || tag === 'pre' || tag === 'article') nodes.push(el);
    else if (tag === 'br' && el.parentElement?.localName === 'div') brParents.add(el.parentElement);
  }
  // Mozilla's order (matches first, then the divs), so it stops at the same node.
  for (const div of brParents) nodes.push(div);
  let score = 0;
  return nodes.some((node) => {
    if (!isVisible(node)) return false;
    const matchString = `${node.className} ${node.id}`;
    if (UNLIKELY.test(matchString) && !MAYBE_CANDIDATE.test(matchString)) return false;
    if (node.localName === 'p' && hasListItemAncestor(node)) return false;
    const length = (node.textContent ?? '').trim().length;
    if (length < MIN_CONTENT_LENGTH) return false;
    score += Math.sqrt(length - MIN_CONTENT_LENGTH);
    return score > MIN_SCORE;
  });
}

/** Mozilla's `isNodeVisible`; without a style attribute, `style.display` is empty. */
function isVisible(node: Element): boolean {
  if (node.hasAttribute('style') && (node as HTMLElement).style?.display === 'none') return false;
  if (node.hasAttribute('hidden')) return false;
  if (node.getAttribute('aria-hidden') !== 'true') return true;
  const cls = (node as { className?: unknown }).className;
  return typeof cls === 'string' && cls.includes('fallback-image');
}

/** `node.matches('li p')` for a <p>. */
function hasListItemAncestor(node: Element): boolean {
  for (let a = node.parentElement; a; a = a.parentElement) if (a.localName === 'li') return true;
  return false;
}
