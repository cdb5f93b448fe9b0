import type { FaqEntry } from '../types';
import { sanitizeHtml } from '../sanitize';
import { blockText, normalizeSpace, textBlocks } from '../text/blocks';
import { type Candidate, byDocumentOrder, headingLevel } from './candidate';
import { accordions, detailsFaq, dlFaq, faqBlocks } from './blocks';
import { faqSections, questionHeadingRuns } from './sections';
import { type PageScan, scanPage } from './scan';
import { isQaOrForumPage, jsonLdFaq, microdataFaq } from './structured';
import { elementText, isFaqHeading, isIcon, questionKey, sameQuestion } from './text';

export { scanPage, type PageScan } from './scan';

/** Attribute naming the FAQ parts in the page and in the article HTML. */
export const FAQ_ATTR = 'data-precis-faq';
/** Attribute the reader scrolls to: `faq-N` on the N-th entry's question. */
export const ANCHOR_ATTR = 'data-precis-anchor';

/**
 * Finds the question-and-answer pairs a page offers (issue #4).
 * Runs on the prepared page before Readability, so that structured data and
 * collapsed accordions are still there. Marks the page for what follows:
 * each found question gets `data-precis-anchor="faq-N"` (N counts from 1, as
 * the entries do) and `data-precis-faq="q"`, answer blocks `data-precis-faq="a"`,
 * and the element holding the whole FAQ (heading and pairs) `data-precis-faq="section"`;
 * a section that is only a run of siblings is wrapped in a `<div>` to carry it.
 * Never invents a FAQ from Q&A threads, interviews, essays' question
 * subheads, comments or teasers (see tests/fixtures/pages/faq-not-*).
 * @param scan the page's scan (`scanPage`), when the caller has made it
 *   already: extractArticle makes it before `readMetadata`, which reads the
 *   tags the same walk filed
 */
export function findFaq(doc: Document, scan: PageScan = scanPage(doc)): FaqEntry[] {
  if (!doc.body) return [];
  // Answers are copied into an inert document, made only for pages that have an FAQ.
  let inertDoc: Document | undefined;
  const inert = (): Document => (inertDoc ??= doc.implementation.createHTMLDocument(''));
  const claimedEls = new Set<Element>();
  const claimed = (el: Element): boolean => {
    for (const c of claimedEls) if (c === el || c.contains(el) || el.contains(c)) return true;
    return false;
  };

  // Visible FAQs, in issue #4's order of trust; each finder skips what an earlier one took.
  const visible: Candidate[] = [];
  const keep = (found: Candidate[]) => {
    for (const c of found) {
      if (c.qEl && claimed(c.qEl)) continue;
      const key = questionKey(c.question);
      if (!key || visible.some((v) => v.qEl && c.qEl && v.qEl === c.qEl)) continue;
      visible.push(c);
    }
    for (const c of found) {
      if (c.qEl) claimedEls.add(c.qEl);
      for (const a of c.answerEls ?? []) claimedEls.add(a);
    }
  };
  keep(microdataFaq(scan));
  keep(faqBlocks(scan));
  // On a Q&A thread or forum, only markup that says "FAQ" counts.
  if (!isQaOrForumPage(scan)) {
    keep(accordions(doc, scan));
    keep(detailsFaq(scan));
    keep(dlFaq(scan));
    keep(faqSections(scan, claimed));
    keep(questionHeadingRuns(doc, scan, claimed));
  }
  visible.sort((a, b) => byDocumentOrder(a.qEl!, b.qEl!));
  const merged = dedupe(visible);

  // Structured data: confirms visible pairs, or stands alone when the page shows no FAQ.
  const structured = jsonLdFaq(scan, inert, doc.defaultView);
  const extra: Candidate[] = [];
  for (const s of structured) {
    const key = questionKey(s.question);
    const twin = merged.find((v) => sameQuestion(questionKey(v.question), key));
    if (twin) {
      if (!normalizeSpace(nodesText(inert(), twin.answerNodes ?? []))) twin.answerNodes = s.answerNodes;
      continue;
    }
    if (extra.some((e) => questionKey(e.question) === key)) continue;
    extra.push(s);
  }
  // When the page shows an FAQ, structured questions it does not show are stale: trust the page.
  const entries = merged.length ? merged : extra;
  if (!merged.length && entries.length) {
    const shown = questionShapedElements(doc);
    for (const e of entries) e.qEl = findVisibleQuestion(shown, e.question);
  }

  const built: { c: Candidate; entry: FaqEntry }[] = [];
  for (const c of entries) {
    const entry = toEntry(doc, inert(), c);
    if (entry) built.push({ c, entry });
  }
  markPage(doc, built);
  return built.map((b) => b.entry);
}

/** One entry per question: the first (page-order) wording wins. */
function dedupe(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const key = questionKey(c.question);
    if (out.some((o) => questionKey(o.question) === key)) continue;
    out.push(c);
  }
  return out;
}

/** Tags whose copies never belong in an answer (icons, toggles, scripts). */
const DROP_IN_ANSWER = 'script, style, noscript, template, button, svg';

/** Copies answer nodes into a detached element of the inert document. */
function answerBox(inert: Document, nodes: Node[]): HTMLElement {
  const box = inert.createElement('div');
  for (const n of nodes) box.appendChild(inert.importNode(n, true));
  for (const el of Array.from(box.querySelectorAll(DROP_IN_ANSWER))) el.remove();
  // Hidden icons go; a collapsed panel is often aria-hidden as a whole, and is the answer (WCXB 0692).
  for (const el of Array.from(box.querySelectorAll('[aria-hidden="true"]'))) if (isIcon(el)) el.remove();
  for (const el of Array.from(box.querySelectorAll('[hidden]'))) el.removeAttribute('hidden');
  return box;
}

function nodesText(inert: Document, nodes: Node[]): string {
  return blockText(answerBox(inert, nodes));
}

function toEntry(doc: Document, inert: Document, c: Candidate): FaqEntry | null {
  const box = answerBox(inert, c.answerNodes ?? []);
  const answer = blockText(box);
  const question = normalizeSpace(c.question);
  if (!question || !answer) return null;
  // A clone of a live page has no window; sanitizeHtml then uses the global one.
  return { question, answer, answerHtml: sanitizeHtml(box.innerHTML, doc.defaultView!), source: c.source };
}

/** Elements that may show a structured-data question, with their text lengths, queried once per page. */
function questionShapedElements(doc: Document): { el: Element; len: number }[] {
  return Array.from(doc.body.querySelectorAll('h1,h2,h3,h4,h5,h6,summary,dt,button,strong,b,p,span,div'), (el) => ({
    el,
    len: (el.textContent ?? '').length,
  }));
}

/** Finds the page element that shows a structured-data question, to anchor it. */
function findVisibleQuestion(shown: { el: Element; len: number }[], question: string): Element | undefined {
  const key = questionKey(question);
  for (const { el, len } of shown) {
    if (len < question.length * 0.8 || len > question.length * 1.5 + 20) continue;
    if (questionKey(elementText(el)) === key) return el;
  }
  return undefined;
}

/** Writes the anchors and FAQ marks into the page for Readability, the popup and the reader. */
function markPage(doc: Document, built: { c: Candidate; entry: FaqEntry }[]): void {
  const regions = new Map<Node, Node[]>();
  built.forEach(({ c, entry }, i) => {
    if (!c.qEl || !c.qEl.isConnected) return;
    c.qEl = unwrapToggles(doc, c.qEl);
    entry.anchor = `faq-${i + 1}`;
    c.qEl.setAttribute(ANCHOR_ATTR, entry.anchor);
    c.qEl.setAttribute(FAQ_ATTR, 'q');
    keepThroughReadability(c.qEl);
    for (const a of c.answerEls ?? []) {
      keepThroughReadability(a);
      if (!a.hasAttribute(FAQ_ATTR)) a.setAttribute(FAQ_ATTR, 'a');
      // Readability replaces a wrapper holding one paragraph by the paragraph: mark the text blocks too.
      for (const b of textBlocks(a)) if (b.el !== a && !b.el.hasAttribute(FAQ_ATTR)) b.el.setAttribute(FAQ_ATTR, 'a');
    }
    if (c.region?.length) regions.set(c.region[0]!, c.region);
  });
  for (const region of regions.values()) markRegion(doc, withHeading(region));
}

/** Class words for which Readability drops an element ("accordion-header") or scores it down ("panel-hidden"). */
const READABILITY_UNLIKELY =
  /-ad-|banner|combx|comment|community|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|popup|hidden|hid\b/i;

/**
 * Readability strips every class from the article anyway; dropping the class
 * of a found question or answer (and its wrappers) first only keeps it from
 * being thrown away for a class like Bootstrap's `accordion-header`.
 */
function keepThroughReadability(el: Element): void {
  for (let e: Element | null = el, n = 0; e && n < 4 && e.tagName !== 'BODY'; e = e.parentElement, n++) {
    if (READABILITY_UNLIKELY.test(`${e.getAttribute('class') ?? ''} ${e.id}`)) e.removeAttribute('class');
    unhide(e);
  }
}

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?=;|$)/gi;

/**
 * A collapsed accordion hides its answers (`hidden`, `aria-hidden`, an
 * inline `display:none`) until clicked; the cleaner then drops them as hidden
 * from readers (lib/extract/prepare.ts). A found answer is shown instead, so
 * that it reaches the article with its question (faq-section-deep-details).
 */
function unhide(el: Element): void {
  if (el.hasAttribute('hidden')) el.removeAttribute('hidden');
  if (el.getAttribute('aria-hidden') === 'true') el.removeAttribute('aria-hidden');
  const style = el.getAttribute('style');
  if (style && HIDING_STYLE.test(style)) el.setAttribute('style', style.replace(HIDING_STYLE, ''));
  HIDING_STYLE.lastIndex = 0;
}

/**
 * Accordion questions are written in buttons, which Readability and the
 * sanitizer drop with their text, or in in-page toggle links (`<a href="#">`),
 * whose text Readability counts as links: with the question inside, a card
 * whose answer holds a link or two passes Readability's link-density limit and
 * is dropped with its answer (WCXB 4272, faq-toggle-links). A question's
 * toggle becomes a span, so that the question, its anchor and its answer reach
 * the article (faq-bootstrap, faq-aria).
 */
function unwrapToggles(doc: Document, qEl: Element): Element {
  const outer = qEl.closest('button') ?? closestToggleLink(qEl);
  const toggles = outer
    ? [outer]
    : Array.from(qEl.querySelectorAll('button, a')).filter((el) => el.tagName === 'BUTTON' || isToggleLink(el));
  let result = qEl;
  for (const t of toggles) {
    const span = doc.createElement('span');
    for (const attr of Array.from(t.attributes))
      if (attr.name.startsWith('data-precis')) span.setAttribute(attr.name, attr.value);
    while (t.firstChild) span.appendChild(t.firstChild);
    t.replaceWith(span);
    if (t === qEl) result = span;
  }
  return result;
}

function closestToggleLink(el: Element): Element | null {
  const a = el.closest('a');
  return a && isToggleLink(a) ? a : null;
}

/**
 * A link that opens or closes something on the page rather than going
 * anywhere: no href, `#…`, `javascript:`, or one that says it controls a panel.
 * A question that links to another page keeps its link.
 */
function isToggleLink(a: Element): boolean {
  const href = (a.getAttribute('href') ?? '').trim();
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return true;
  return (
    a.hasAttribute('aria-controls') ||
    a.hasAttribute('aria-expanded') ||
    a.getAttribute('role') === 'button' ||
    a.hasAttribute('data-toggle') ||
    a.hasAttribute('data-bs-toggle')
  );
}

/** Adds the FAQ heading just before a block ("<h2>FAQ</h2><div class="schema-faq">") to its region. */
function withHeading(region: Node[]): Node[] {
  let first = region[0] as Element;
  if (isHeadingLike(first)) return region;
  for (let depth = 0; depth < 2; depth++) {
    let prev = first.previousElementSibling;
    while (prev && !(prev.textContent ?? '').trim()) prev = prev.previousElementSibling;
    if (prev && isHeadingLike(prev) && isFaqHeading(elementText(prev))) {
      const run: Node[] = [];
      for (let s: Element | null = prev; s; s = s.nextElementSibling) {
        run.push(s);
        if (s === first) break;
      }
      return first === region[0] ? [...run, ...region.slice(1)] : run;
    }
    // The block may sit alone in a wrapper that the heading precedes.
    const parent = first.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.firstElementChild !== first) break;
    if (Array.from(parent.children).some((c) => c !== first && (c.textContent ?? '').trim())) break;
    first = parent;
  }
  return region;
}

function isHeadingLike(el: Element): boolean {
  return !!headingLevel(el) || (el.children.length === 1 && !!headingLevel(el.children[0]!));
}

/**
 * Marks a region: the element itself when it is one, the parent when the run
 * fills it, else a new `<div>` wrapped around the run of siblings, loose text
 * between them included (faq-section-loose-text).
 */
function markRegion(doc: Document, region: Node[]): void {
  const first = region[0] as Element;
  if (!first.isConnected || first.closest(`[${FAQ_ATTR}="section"]`)) return;
  if (first.tagName === 'BODY' || first.tagName === 'HTML') return;
  if (region.length === 1) {
    first.setAttribute(FAQ_ATTR, 'section');
    return;
  }
  const parent = first.parentElement && blockHolder(doc, first.parentElement);
  if (!parent) return;
  const siblings = region.filter((n) => n.parentNode === parent);
  const rest = Array.from(parent.childNodes).filter((c) => !siblings.includes(c) && (c.textContent ?? '').trim());
  if (!rest.length && parent.tagName !== 'BODY' && parent.tagName !== 'ARTICLE' && parent.tagName !== 'MAIN') {
    parent.setAttribute(FAQ_ATTR, 'section');
    return;
  }
  const wrap = doc.createElement('div');
  wrap.setAttribute(FAQ_ATTR, 'section');
  const last = siblings.at(-1)!;
  parent.insertBefore(wrap, first);
  for (let n: Node | null = first; n;) {
    const next: Node | null = n === last ? null : n.nextSibling;
    wrap.appendChild(n);
    n = next;
  }
}

/**
 * An inline element holding the FAQ's blocks (`<span class="toggleable"><h2>FAQ</h2>…`)
 * is phrasing content to Readability, which puts it in a paragraph whose
 * re-parsing then splits the section apart: it becomes a `<div>` with the same
 * attributes and children (faq-section-loose-text).
 */
function blockHolder(doc: Document, el: Element): Element {
  if (el.tagName !== 'SPAN' && el.tagName !== 'FONT') return el;
  if (!Array.from(el.children).some((c) => BLOCK_TAGS.test(c.tagName))) return el;
  const div = doc.createElement('div');
  for (const attr of Array.from(el.attributes)) div.setAttribute(attr.name, attr.value);
  while (el.firstChild) div.appendChild(el.firstChild);
  el.replaceWith(div);
  return div;
}

const BLOCK_TAGS = /^(?:H[1-6]|P|DIV|UL|OL|DL|TABLE|SECTION|ARTICLE|BLOCKQUOTE|FIGURE|DETAILS)$/;
