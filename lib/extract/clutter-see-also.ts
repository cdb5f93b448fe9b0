/**
 * A document's own "See also" (issue #3): on a documentation page the list
 * of references under it is part of the text, where a news page's "Related"
 * or "See also" teasers are clutter. WCXB's truth keeps the list on 14 of
 * its 17 documentation pages that have one (MDN, the Arch and Gentoo wikis,
 * git's manual, Flask, Ansible), and on 1 of its 4 article pages.
 */

import { closestTag } from './walk';

const LISTS: ReadonlySet<string> = new Set(['ul', 'ol']);

/** What a document points its reader to next, not other stories. */
const REFERENCE_HEADING = /^(?:see also|further reading)\s*:?$/i;

/**
 * A "See also" heading that is a section of the document: one its table of
 * contents can link to, by an id on the heading or on the anchor inside it
 * (MDN's `<h2 id="see_also"><a href="#see_also">`, WCXB 0671, 0672, 2993;
 * MediaWiki's `<h2 id="See_also">`). A news page's teaser heading is bare.
 * `text` is the heading's normalised text.
 */
export function isReferenceHeading(h: Element, text: string): boolean {
  if (!/^h[2-6]$/.test(h.localName) || !REFERENCE_HEADING.test(text)) return false;
  if (h.id) return true;
  for (const c of h.children) if (c.localName === 'a' && (c.id || c.getAttribute('href')?.startsWith('#'))) return true;
  return false;
}

/**
 * The list right under such a heading, or an item of it: its short links
 * ("CORS", "Streams API") are references, not a menu or teasers.
 */
export function isReferenceList(el: Element): boolean {
  const list = closestTag(el, LISTS);
  const h = list?.previousElementSibling;
  return !!h && isReferenceHeading(h, (h.textContent ?? '').replace(/\s+/g, ' ').trim());
}
