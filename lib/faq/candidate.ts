/**
 * What each FAQ finder hands back before the pairs are merged, numbered and
 * marked, and the DOM tests the finders share (issue #4).
 */
import type { FaqSource } from '../types';
import { closestTag } from '../extract/walk';

const LINK = new Set(['a']);

/** A question-and-answer pair as a finder saw it. */
export interface Candidate {
  question: string;
  source: FaqSource;
  /** The visible question element, to mark and to scroll to. */
  qEl?: Element;
  /** Answer content: page elements or detached copies, in order. */
  answerNodes?: Node[];
  /** Answer as (untrusted) HTML, for structured data. */
  answerHtml?: string;
  /** Page elements to mark as the answer. */
  answerEls?: Element[];
  /**
   * The FAQ block or section the pair belongs to: one element, or a run of
   * siblings, starting with an element; loose text between or after them may be part of it.
   */
  region?: Node[];
}

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Level of a heading element (1-6; `role="heading"` uses aria-level), or 0. */
export function headingLevel(el: Element): number {
  if (HEADING_TAGS.has(el.tagName)) return Number(el.tagName[1]);
  if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level')) || 2;
  return 0;
}

/** Class or id words that mark comment threads, where questions are readers' questions. */
const COMMENT_WORD = /^(?:comments?|comment[-_].*|.*[-_]comments?|commentlist|respond|disqus.*|replies|reply[-_].*)$/i;

/**
 * True for elements in places whose questions are not the page's FAQ:
 * navigation and comment threads.
 */
export function inExcludedArea(el: Element): boolean {
  for (let e: Element | null = el; e && e.tagName !== 'BODY' && e.tagName !== 'HTML'; e = e.parentElement) {
    if (e.tagName === 'NAV' || e.getAttribute('role') === 'navigation') return true;
    const words = `${e.id} ${e.getAttribute('class') ?? ''}`.split(/\s+/);
    if (words.some((w) => w && COMMENT_WORD.test(w))) return true;
  }
  return false;
}

/** A link to another page; accordion toggles are links to "#" or nowhere. */
function leadsAway(a: Element): boolean {
  const href = (a.getAttribute('href') ?? '').trim();
  return !!href && !href.startsWith('#') && !/^javascript:/i.test(href);
}

/** Share of an element's text that links to other pages (related-article teasers are all link). */
export function linkShare(el: Element): number {
  const outer = closestTag(el, LINK);
  if (outer) return leadsAway(outer) ? 1 : 0;
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!total) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    if (leadsAway(a)) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  }
  return linked / total;
}

/** Orders elements as they stand in the document. */
export function byDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1;
}

/** The nearest element that holds both nodes. */
export function commonAncestor(nodes: Element[]): Element | null {
  if (!nodes.length) return null;
  let anc: Element | null = nodes[0]!;
  for (const n of nodes.slice(1)) {
    while (anc && !anc.contains(n)) anc = anc.parentElement;
  }
  return anc;
}
