/**
 * Element lists without jsdom's live collections: `getElementsByTagName('*')`
 * and `querySelectorAll` cost tens of milliseconds on a news page under
 * jsdom, a plain walk about one (see the extraction benchmark).
 */

/** Every element under `root` (not `root` itself), in document order. */
export function elementsUnder(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length > 0) {
    const el = stack.pop()!;
    out.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

/** Elements under `root` whose tag is one of `tags` (upper case), in document order. */
export function elementsByTags(root: Element, tags: ReadonlySet<string>): Element[] {
  return elementsUnder(root).filter((el) => tags.has(el.tagName.toUpperCase()));
}
