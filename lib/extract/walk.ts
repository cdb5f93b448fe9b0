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
