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
