/**
 * Pages streamed by React's server renderer (issue #3): the first bytes
 * hold the page's frame, with a placeholder (`<template id="B:0">` before a
 * loading skeleton, or `<template id="P:1">`) where a part still loads; the
 * part comes later in the same response, as `<div hidden id="S:0">` at the
 * end of the body, and an inline script moves it into place. Where scripts
 * do not run (the CLI, jsdom, a parsed document) the article stays in that
 * hidden div, which the hidden-element rule drops with everything else
 * hidden: Precis and Readability both found only the skeleton and the
 * footer (WCXB 4416, 4503: a blog post and a guide, F1 under 0.1). The
 * extension reads a copy of the live page, where the scripts have moved
 * every part already: nothing is left to move.
 */

/** React's id for a streamed part, and the ids of the placeholders it fills. */
const SEGMENT_ID = /^S:(\w+)$/;

/**
 * Moves each streamed part into its placeholder, in place, as React's
 * inline scripts do: a boundary's loading fallback (up to its closing
 * `<!--/$-->` comment) goes, a plain placeholder is replaced.
 */
export function placeStreamedContent(body: Element): void {
  const doc = body.ownerDocument;
  // React appends the parts to the body; only the body's own children are looked at.
  const segments = Array.from(body.children).filter(
    (el) => el.localName === 'div' && el.hasAttribute('hidden') && SEGMENT_ID.test(el.id),
  );
  for (const segment of segments) {
    const n = SEGMENT_ID.exec(segment.id)![1]!;
    const target = doc.getElementById(`P:${n}`) ?? doc.getElementById(`B:${n}`);
    if (!target || target.localName !== 'template' || segment.contains(target)) continue;
    if (target.id.startsWith('B:')) dropFallback(target);
    target.replaceWith(...Array.from(segment.childNodes));
    segment.remove();
  }
}

/**
 * Removes what follows a boundary's placeholder up to the boundary's end
 * (`<!--/$-->`, past any boundaries nested in the fallback). Without an
 * end among its siblings, the fallback stays: a skeleton has no text.
 */
function dropFallback(placeholder: Element): void {
  const fallback: ChildNode[] = [];
  let depth = 0;
  for (let node = placeholder.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 8 /* Node.COMMENT_NODE */) {
      const data = node.nodeValue ?? '';
      if (data === '/$') {
        if (depth === 0) {
          for (const n of fallback) n.remove();
          return;
        }
        depth--;
      } else if (/^\$[?!]?$/.test(data)) depth++;
    }
    fallback.push(node);
  }
}
