/**
 * Bounds on the work a hostile page can cause (issue #9). Readability walks
 * up every candidate's ancestors, so its time grows with the square of the
 * nesting depth: 1,000 nested divs took a second, 5,000 would take half a
 * minute. Real articles never nest more than a few dozen levels.
 */

/** Below this depth the page is left as it is. */
export const FLATTEN_BELOW_DEPTH = 100;
/** Past this depth, what is left after flattening is dropped. */
export const MAX_DEPTH = 400;

const WRAPPERS = new Set([
  'DIV',
  'SPAN',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'FONT',
  'CENTER',
  'B',
  'I',
  'EM',
  'STRONG',
  'SMALL',
]);

/** An element that only wraps one other element, with no text of its own. */
function isBareWrapper(el: Element): boolean {
  if (el.children.length !== 1 || !WRAPPERS.has(el.tagName)) return false;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && n.nodeValue?.trim()) return false;
  }
  return true;
}

/**
 * Collapses chains of bare wrappers nested deeper than FLATTEN_BELOW_DEPTH
 * (keeping what they wrap) and drops anything still deeper than MAX_DEPTH.
 * Iterative, and every DOM change moves only a shallow node, so no depth can
 * overflow the stack (jsdom detaches subtrees recursively). Returns how many
 * elements were unwrapped or dropped.
 * @param deeper whether `root` nests deeper than FLATTEN_BELOW_DEPTH, when the caller has measured it
 */
export function boundNesting(root: Element, deeper = nestedDeeperThan(root, FLATTEN_BELOW_DEPTH)): number {
  // Real pages nest a few dozen levels: one walk that only counts levels
  // tells them apart, and the walk below, which keeps a depth for every
  // element (and cost half as much again), runs on the others alone.
  if (!deeper) return 0;
  let changed = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [start, depth] = stack.pop()!;
    let el = start;
    if (depth > MAX_DEPTH) {
      el.remove();
      changed++;
      continue;
    }
    if (depth > FLATTEN_BELOW_DEPTH && isBareWrapper(el)) {
      el = unwrapChain(el);
      changed++;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, depth + 1]);
  }
  return changed;
}

/**
 * Whether an element under `root` is more than `depth` levels below it
 * (a child is one level below).
 */
export const nestedDeeperThan = (root: Element, depth: number): boolean => measureNesting(root, depth).deeper;

/** What one walk of a page tells of its size. */
export interface Nesting {
  /** An element under the root is more than the given depth below it. */
  deeper: boolean;
  /** The elements under the root (not the root itself); only those seen before a too-deep one when `deeper`. */
  elements: number;
}

/**
 * Whether an element under `root` is more than `depth` levels below it,
 * and how many elements are under it: the same walk answers the element
 * limit (limits.ts), which read the page once more for its count.
 * A TreeWalker stepping down, across and up, without changing anything:
 * iterative, so no depth overflows the stack. Stops at the first element
 * deeper than `depth`.
 */
export function measureNesting(root: Element, depth: number): Nesting {
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  let level = 0;
  let elements = 0;
  for (;;) {
    if (walker.firstChild()) {
      elements++;
      if (++level > depth) return { deeper: true, elements };
      continue;
    }
    for (;;) {
      if (walker.nextSibling()) {
        elements++;
        break;
      }
      // Back at the root: every element was seen.
      if (!walker.parentNode()) return { deeper: false, elements };
      level--;
    }
  }
}

/** Replaces a chain of bare wrappers by the element it wraps, taking it apart from the bottom up. */
function unwrapChain(top: Element): Element {
  const chain: Element[] = [];
  let el = top;
  while (isBareWrapper(el)) {
    chain.push(el);
    el = el.firstElementChild!;
  }
  const parent = top.parentNode!;
  const next = top.nextSibling;
  el.remove();
  for (let i = chain.length - 1; i >= 0; i--) {
    const wrapper = chain[i]!;
    while (wrapper.firstChild) wrapper.firstChild.remove();
    wrapper.remove();
  }
  parent.insertBefore(el, next);
  return el;
}
