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
  // One walk counts both: jsdom builds a live collection of every element
  // for getElementsByTagName('*') and a string of the whole text for
  // textContent, which took twice as long (issue #3's speed target).
  const top = doc.documentElement;
  const { elements, chars } = top ? measure(top, doc.body) : { elements: 0, chars: 0 };
  if (elements > (limits.maxElements ?? MAX_ELEMENTS)) {
    return `This page is too large to read here (${elements.toLocaleString('en')} elements).`;
  }
  // Text bounds the work as much as elements do: a million-word page would
  // keep Precis busy for seconds (issue #9, 10 MB page).
  if (chars > (limits.maxTextChars ?? MAX_TEXT_CHARS)) {
    return `This page is too large to read here (${Math.round(chars / 1e6)} million characters of text).`;
  }
  return undefined;
}

/** Not read as text: a page's scripts and styles (often megabytes of app state), and its no-script fallbacks. */
const NOT_TEXT = 'script,style,noscript';
const NOT_TEXT_TAGS = new Set(NOT_TEXT.split(','));

/** The length of the text under `root` a reader could read, without what NOT_TEXT holds. */
export function readableTextLength(root: Element): number {
  // Inside a script or a no-script fallback, everything is its text.
  if (root.closest(NOT_TEXT)) return root.textContent?.length ?? 0;
  return measure(root, root).chars;
}

/**
 * The elements from `top` down (`top` included), and the length of the
 * text under `textRoot` outside NOT_TEXT elements. By first child, next
 * sibling and parent rather than a TreeWalker, so that a NOT_TEXT subtree
 * is left at once and no filter is called per node.
 */
function measure(top: Element, textRoot: Element | null): { elements: number; chars: number } {
  let elements = 0;
  let chars = 0;
  // The outermost NOT_TEXT element and the text root the walk is inside, if any.
  let hidden: Node | null = null;
  let inText: Node | null = null;
  let node: Node | null = top;
  while (node) {
    if (node.nodeType === 1) {
      elements++;
      if (node === textRoot) inText = node;
      else if (!hidden && NOT_TEXT_TAGS.has((node as Element).localName)) hidden = node;
    } else if (node.nodeType === 3 && inText && !hidden) {
      chars += (node as Text).data.length;
    }
    let next: Node | null = node.firstChild;
    // No child: go on to the next sibling of the node or of its nearest ancestor that has one.
    while (!next && node) {
      if (node === hidden) hidden = null;
      if (node === inText) inText = null;
      if (node === top) break;
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    node = next;
  }
  return { elements, chars };
}
