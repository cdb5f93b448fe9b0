/**
 * Element lists without jsdom's live collections or selector engine:
 * `getElementsByTagName('*')` and `querySelectorAll` cost tens of
 * milliseconds on a news page under jsdom, a TreeWalker a few.
 */

/**
 * Every element under `root` (not `root` itself), in document order. A
 * TreeWalker, as it moves through the tree inside the DOM implementation:
 * under jsdom half the time of a walk by element siblings.
 */
export function elementsUnder(root: Element): Element[] {
  const out: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Element);
  return out;
}

/**
 * The elements under `root` (not `root` itself), in document order, taken
 * from `all`: the elements under one of its ancestors (`elementsUnder`),
 * in a tree that has not changed since. A slice, not a second walk.
 */
export function elementsWithin(all: readonly Element[], root: Element): Element[] {
  const start = all.indexOf(root);
  if (start < 0) return [];
  // The first element past root's subtree is the next element sibling of root or of its nearest ancestor that has one.
  let next: Element | null = null;
  for (let a: Element | null = root; a && !next; a = a.parentElement) next = a.nextElementSibling;
  const end = next ? all.indexOf(next, start + 1) : -1;
  return all.slice(start + 1, end < 0 ? all.length : end);
}

/** Elements under `root` whose tag is one of `tags` (upper case), in document order. */
export function elementsByTags(root: Element, tags: ReadonlySet<string>): Element[] {
  return elementsUnder(root).filter((el) => tags.has(el.tagName.toUpperCase()));
}

/** Table cells, for `closestTag`. */
export const CELLS: ReadonlySet<string> = new Set(['td', 'th']);

/**
 * `el.closest('td, th')` for plain tag names (lower case, as `localName`
 * has them): the nearest of `el` and its ancestors that is one of `tags`.
 * A walk up the parents, about five times faster under jsdom than its
 * selector engine, which costs tens of microseconds a call.
 */
export function closestTag(el: Element, tags: ReadonlySet<string>): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) if (tags.has(node.localName)) return node;
  return null;
}
