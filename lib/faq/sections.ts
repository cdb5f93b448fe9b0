/**
 * FAQs written as ordinary article text (issue #4, fourth and fifth in
 * priority): a section headed "FAQ" (or "Häufige Fragen", "Preguntas
 * frecuentes"...) whose questions are headings, bold lines or `Q:`/`A:`
 * paragraphs; and, outside such a section, a guarded run of question headings.
 */
import { normalizeSpace } from '../text/blocks';
import { type Candidate, HEADING_TAGS, headingLevel, inExcludedArea, linkShare } from './candidate';
import type { PageScan } from './scan';
import {
  A_PREFIX,
  Q_PREFIX,
  elementText,
  isFaqHeading,
  isLooseQuestion,
  isQuestion,
  questionText,
  startsLikeQuestion,
} from './text';

type Kind = 'heading' | 'bold' | 'lead' | 'prefix' | 'line';

/** Where one question stands in a unit of the section. */
interface QMark {
  kind: Kind;
  /** The element to mark as the question. */
  qEl: Element;
  question: string;
  level: number;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON', 'FORM', 'NAV', 'ASIDE']);
/** Elements that hold page structure rather than one line of text: never a question line. */
const NOT_A_LINE = new Set([
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'TR',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'DETAILS',
  'FIGURE',
]);
const BOLD = new Set(['STRONG', 'B']);
const EMPHASIS = new Set(['STRONG', 'B', 'EM', 'I']);

/** The element children of el that carry text, ignoring inline wrappers of whitespace. */
function meaningful(el: Element): boolean {
  return !SKIP.has(el.tagName) && !!(el.textContent ?? '').trim();
}

/** When the whole text of el sits in one emphasis element, that element. */
function wholeEmphasis(el: Element, tags: Set<string>): Element | null {
  let only: Element | null = null;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if ((n.nodeValue ?? '').trim()) return null;
    } else if (n.nodeType === 1) {
      const c = n as Element;
      if (c.tagName === 'BR') continue;
      if (!(c.textContent ?? '').trim()) continue;
      if (only) return null;
      only = c;
    }
  }
  if (!only) return null;
  if (tags.has(only.tagName)) return only;
  // <p><span><strong>…</strong></span></p>
  return only.children.length ? wholeEmphasis(only, tags) : null;
}

/**
 * Reads a unit as a question: a question heading, a whole-bold line, a bold
 * lead-in followed by its answer in the same paragraph, or a `Q:` paragraph.
 * In an FAQ section (loose), also any element whose whole text is one
 * question: accordion titles written as a plain `<div>`, `<p>`, `<label>`, a
 * toggle link or a `<button>` around the question (faq-section-plain-toggles).
 */
function questionIn(unit: Element, loose: boolean): QMark | null {
  if (!loose || !memo) return readQuestion(unit, loose);
  let mark = memo.question.get(unit);
  if (mark === undefined) memo.question.set(unit, (mark = readQuestion(unit, loose)));
  return mark;
}

/**
 * An FAQ section is read as nested wrappers, each asked whether it is or
 * holds a question: remembered per section search, so that each element is
 * read once (a page builder's ten layers of <div> made this quadratic).
 */
let memo: { question: Map<Element, QMark | null>; inside: Map<Element, boolean> } | null = null;

function readQuestion(unit: Element, loose: boolean): QMark | null {
  const mark = markOf(unit, loose);
  if (mark || !loose || NOT_A_LINE.has(unit.tagName) || headingLevel(unit)) return mark;
  if ((unit.textContent ?? '').length > 400) return null;
  const text = questionText(unit);
  if (!isQuestion(text) || text.length > 250 || linkShare(unit) >= 0.5) return null;
  // A toggle around a question heading (<div class="toggle"><h3>…?</h3></div>) reads as that heading,
  // so that its neighbours whose wrappers hold more than the heading still match it (WCXB 0288).
  const h = unit.querySelector('h1,h2,h3,h4,h5,h6');
  if (h && questionText(h) === text) return { kind: 'heading', qEl: h, question: text, level: headingLevel(h) };
  return SENTENCE_END.test(text) ? null : { kind: 'line', qEl: unit, question: text, level: 0 };
}

/**
 * A sentence ending inside the text: an answer that runs on into the next
 * question ("…by its registration.Who can apply?", faq-section-bold-run-on)
 * rather than one question line. "Node.js" and "the U.S.?" pass.
 */
const SENTENCE_END = /[.!:;](?:\s+|(?=\p{Lu}\p{Ll}))\p{L}/u;

function markOf(unit: Element, loose: boolean): QMark | null {
  const test = loose ? isLooseQuestion : isQuestion;
  const level = headingLevel(unit);
  const text = elementText(unit);
  if (level) return test(text) && linkShare(unit) < 0.5 ? { kind: 'heading', qEl: unit, question: text, level } : null;
  if (!/^(?:P|DIV|LI|DT|SPAN|STRONG|B)$/.test(unit.tagName)) return null;
  if (Q_PREFIX.test(text)) {
    const q = text.replace(Q_PREFIX, '');
    // "Q: …? A: …" in one paragraph: the question ends at its question mark.
    const m = /^(.*?[?？])\s*(?=\S)/.exec(q);
    if (isLooseQuestion(m ? m[1]! : q)) return { kind: 'prefix', qEl: unit, question: m ? m[1]! : q, level: 0 };
    return null;
  }
  const bold = BOLD.has(unit.tagName) ? unit : wholeEmphasis(unit, BOLD);
  if (bold) return test(text) && linkShare(unit) < 0.5 ? { kind: 'bold', qEl: bold, question: text, level: 0 } : null;
  const first = firstElementWithText(unit);
  if (first && BOLD.has(first.tagName)) {
    const q = elementText(first);
    if (isQuestion(q) && linkShare(first) < 0.5) return { kind: 'lead', qEl: first, question: q, level: 0 };
  }
  return null;
}

/** The first child element when nothing but whitespace stands before it. */
function firstElementWithText(el: Element): Element | null {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return null;
    if (n.nodeType === 1 && (n.textContent ?? '').trim()) return n as Element;
  }
  return null;
}

/** Could this element hold a question further down (a wrapper), rather than be one block? */
function mayHoldQuestions(el: Element, loose: boolean): boolean {
  if (HEADING_TAGS.has(el.tagName)) return false;
  // In an FAQ section, accordion items are often bare <div>s: a title and a panel.
  return loose ? el.childElementCount > 0 : !!el.querySelector('h1,h2,h3,h4,h5,h6,strong,b,p,dt,[role="heading"]');
}

/** A block of a section: an element, or a run of text standing loose in an opened wrapper. */
type Unit = Element | Text;

const isElement = (u: Node): u is Element => u.nodeType === 1;

/**
 * Flattens a region into units: blocks that are either a question or part of
 * an answer. Wrappers are opened only when they hold a question; their loose
 * text is kept as units too, since an answer may be written straight into the
 * wrapper between `<br>`s, or run on into the paragraph that ends with the next
 * bold question ("…the Department of State.<strong>What is…?</strong></p>",
 * faq-section-loose-text).
 */
function units(nodes: Node[], loose: boolean, claimed: (el: Element) => boolean, out: Unit[] = []): Unit[] {
  for (const n of nodes) {
    if (!isElement(n)) {
      if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) out.push(n as Text);
      continue;
    }
    // A button is a toggle ("Expand all", "+") unless its text is the question (faq-section-plain-toggles).
    if (!meaningful(n) && !(n.tagName === 'BUTTON' && loose && questionIn(n, loose))) continue;
    if (claimed(n)) {
      out.push(n);
      continue;
    }
    if (!questionIn(n, loose) && mayHoldQuestions(n, loose) && hasQuestionInside(n, loose)) {
      units(Array.from(n.childNodes), loose, claimed, out);
    } else out.push(n);
  }
  return out;
}

function hasQuestionInside(el: Element, loose: boolean): boolean {
  if (!loose || !memo) {
    for (const c of Array.from(el.querySelectorAll(QUESTION_TAGS))) if (questionIn(c, loose)) return true;
    return false;
  }
  // In an FAQ section a question may be any element (a plain accordion title), at any depth.
  let found = memo.inside.get(el);
  if (found !== undefined) return found;
  found = false;
  for (let c = el.firstElementChild; c && !found; c = c.nextElementSibling) {
    if (SKIP.has(c.tagName) && c.tagName !== 'BUTTON') continue;
    found = ((c.textContent ?? '').length <= 320 && !!questionIn(c, loose)) || hasQuestionInside(c, loose);
  }
  memo.inside.set(el, found);
  return found;
}

const QUESTION_TAGS = 'h1,h2,h3,h4,h5,h6,strong,b,p,li,dt,[role="heading"]';

/**
 * A line that ends the FAQ rather than answers its last question: a whole
 * emphasised line with a question in it ("What are your thoughts…? Share your
 * views below!", the seed page), a rule, or a heading that is not a question.
 */
function endsSection(unit: Element, qLevel: number): boolean {
  if (unit.tagName === 'HR') return true;
  const level = headingLevel(unit);
  if (level && (!qLevel || level <= qLevel)) return true;
  return !!wholeEmphasis(unit, EMPHASIS) && /[?？]/.test(elementText(unit));
}

type Pair = { q: QMark; answer: Unit[]; lead?: Element };

const kindOf = (m: QMark): string => `${m.kind}${m.level}`;

/**
 * Splits units into question-and-answer pairs, using the one question kind the section uses.
 * In an FAQ section, questions written another way before the first of that kind (bold
 * lead-ins, then question headings: WCXB 4260, faq-section-mixed-kinds) are pairs too.
 */
function pairsOf(us: Unit[], loose: boolean, claimed: (el: Element) => boolean): Pair[] {
  const marks = us.map((u) => (!isElement(u) || claimed(u) ? null : questionIn(u, loose)));
  const count = new Map<string, number>();
  for (const m of marks) if (m) count.set(kindOf(m), (count.get(kindOf(m)) ?? 0) + 1);
  const best = [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (!best) return [];
  const pairs = pairsOfKind(us, marks, best, loose, claimed);
  const first = marks.findIndex((m) => m && kindOf(m) === best);
  if (!loose || first < 1) return pairs;
  const before = pairsOf(us.slice(0, first), loose, claimed);
  return before.length >= MIN_PAIRS && before.every((p) => isQuestion(p.q.question)) ? [...before, ...pairs] : pairs;
}

/** The index of the next unit after i with text, when within a few units. */
function nextWithText(us: Unit[], i: number): number {
  for (let k = i + 1; k < us.length && k <= i + 3; k++) {
    const u = us[k]!;
    if (isElement(u) ? meaningful(u) : (u.nodeValue ?? '').trim()) return k;
  }
  return -1;
}

function pairsOfKind(
  us: Unit[],
  marks: (QMark | null)[],
  best: string,
  loose: boolean,
  claimed: (el: Element) => boolean,
): Pair[] {
  const pairs: Pair[] = [];
  let current: Pair | null = null;
  for (let i = 0; i < us.length; i++) {
    const u = us[i]!;
    const m = marks[i];
    if (m && kindOf(m) === best) {
      // Question headings that all asked outright ("How long…?", "How to…?"), then one that does not
      // ("So now that we know… what shouldn't you do?") and none after it that does: the article has
      // resumed (faq-not-article-after). One odd wording among them ("I signed up. How long…?") stays.
      if (m.kind === 'heading' && pairs.length >= 2 && !startsLikeQuestion(m.question)) {
        const later = marks.slice(i + 1).some((n) => n?.kind === 'heading' && startsLikeQuestion(n.question));
        if (!later && pairs.every((p) => startsLikeQuestion(p.q.question))) break;
      }
      current = { q: m, answer: [], lead: m.kind === 'lead' || m.kind === 'prefix' ? (u as Element) : undefined };
      pairs.push(current);
      continue;
    }
    if (!current) continue;
    if (isElement(u) && (claimed(u) || endsSection(u, current.q.level))) {
      if (loose && !claimed(u)) {
        // An FAQ in groups under subheads ("Common questions", then "GetYourRefund.org questions",
        // WCXB 0288): a heading that asks nothing, followed by the next question, heads the next group.
        const next = nextWithText(us, i);
        if (!m && headingLevel(u) && next > 0 && marks[next] && kindOf(marks[next]!) === best) {
          current = null;
          continue;
        }
        // A question written as a bold line among question headings (WCXB 2684) is one more
        // question when the section's questions go on after it; otherwise it closes the FAQ
        // ("What are your thoughts? Share them below!").
        if (m?.kind === 'bold' && isQuestion(m.question) && marks.slice(i + 1).some((n) => n && kindOf(n) === best)) {
          current = { q: m, answer: [] };
          pairs.push(current);
          continue;
        }
      }
      break;
    }
    current.answer.push(u);
  }
  return pairs;
}

/** Builds a candidate from a pair, cutting a lead-in question or `Q:`/`A:` prefixes out of the answer. */
function toCandidate(
  p: { q: QMark; answer: Unit[]; lead?: Element },
  source: 'section' | 'headings',
  region: Node[],
): Candidate | null {
  const nodes: Node[] = [];
  if (p.lead) {
    // The question and the start of its answer share one paragraph.
    const copy = p.lead.cloneNode(true) as Element;
    if (p.q.kind === 'lead') {
      const path = pathTo(p.lead, p.q.qEl);
      const q = follow(copy, path);
      q?.remove();
    } else cutPrefix(copy);
    trimLeadingBreaks(copy);
    if (normalizeSpace(copy.textContent ?? '')) nodes.push(copy);
  }
  for (const a of p.answer) {
    if (!isElement(a)) {
      nodes.push(
        A_PREFIX.test(normalizeSpace(a.data))
          ? a.ownerDocument.createTextNode(normalizeSpace(a.data).replace(A_PREFIX, ''))
          : a,
      );
    } else if (A_PREFIX.test(elementText(a))) {
      const copy = a.cloneNode(true) as Element;
      cutText(copy, A_PREFIX);
      nodes.push(copy);
    } else nodes.push(a);
  }
  const answerEls = p.answer.filter(isElement);
  if (!nodes.length) return null;
  return {
    question: p.q.question.replace(Q_PREFIX, ''),
    source,
    qEl: p.q.qEl,
    answerNodes: nodes,
    answerEls: p.lead && p.lead !== p.q.qEl ? [p.lead, ...answerEls] : answerEls,
    region,
  };
}

function pathTo(root: Element, el: Element): number[] {
  const path: number[] = [];
  for (let e: Element = el; e !== root && e.parentElement; e = e.parentElement) {
    path.unshift(Array.prototype.indexOf.call(e.parentElement.childNodes, e));
  }
  return path;
}

function follow(root: Node, path: number[]): Element | null {
  let n: Node | undefined = root;
  for (const i of path) n = n?.childNodes[i];
  return (n as Element) ?? null;
}

/** Removes text matching re from the start of el's text. */
function cutText(el: Element, re: RegExp): void {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const v = t.nodeValue ?? '';
    if (!v.trim()) continue;
    t.nodeValue = v.replace(/^\s+/, '').replace(re, '');
    return;
  }
}

/** Removes "Q: question?" from the start of a paragraph: all text up to the first question mark. */
function cutPrefix(el: Element): void {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  const drop: Node[] = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const v = t.nodeValue ?? '';
    const at = v.search(/[?？]/);
    if (at < 0) {
      drop.push(t);
      continue;
    }
    t.nodeValue = v.slice(at + 1);
    break;
  }
  for (const t of drop) t.parentNode?.removeChild(t);
}

function trimLeadingBreaks(el: Element): void {
  for (let n = el.firstChild; n; n = el.firstChild) {
    if ((n.nodeType === 3 && !(n.nodeValue ?? '').trim()) || (n as Element).tagName === 'BR') el.removeChild(n);
    else if (n.nodeType === 1 && !(n.textContent ?? '').trim() && !(n as Element).querySelector('img')) {
      el.removeChild(n);
    } else break;
  }
  cutText(el, A_PREFIX);
}

/**
 * The blocks an FAQ heading heads: its following siblings up to the next
 * heading of its level or above that is not a question. A heading wrapped
 * alone (`<div class="title"><h2>FAQ</h2></div>`) heads its wrapper's siblings.
 */
function sectionAfter(heading: Element): { head: Element; body: Unit[] } | null {
  const level = headingLevel(heading) || 2;
  let head = heading;
  // Page builders wrap a title in up to six or seven layers of its own (WCXB 0690), and a
  // row of its own of as many again, beside the row of questions (WCXB 4917, faq-section-deep-title).
  for (let depth = 0; depth < 12 && head.parentElement; depth++) {
    const body: Unit[] = [];
    // Questions may stand at the FAQ heading's own level only if the first one does.
    let sameLevelQuestions: boolean | undefined;
    for (let n = head.nextSibling; n; n = n.nextSibling) {
      // Answers may be written loose between the question headings (faq-section-loose-text).
      if (!isElement(n)) {
        if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) body.push(n as Text);
        continue;
      }
      const s = n;
      const h = headingLevel(s) ? s : firstHeading(s);
      if (h && (h === s || startsWith(s, h))) {
        const question = isQuestion(elementText(h));
        sameLevelQuestions ??= question && headingLevel(h) <= level;
        // A heading of the FAQ's level ends it unless the FAQ's questions stand at that level and
        // it asks one outright ("Is a full EV right for you? Next steps" is the conclusion;
        // "So now… what shouldn't you do?" the next part of the article).
        // A subtitle that names the FAQ again right under its title ("Frequently asked questions", then
        // "Bike lock FAQs" heading the row of questions, WCXB 4119) goes on with it; a later one heads its own FAQ.
        const subtitle = !body.some((b) => !isElement(b) || meaningful(b)) && isFaqHeading(elementText(h));
        if (headingLevel(h) <= level && !(sameLevelQuestions && question) && !subtitle) break;
      }
      body.push(s);
    }
    const parent: Element = head.parentElement;
    if (body.some((b) => !isElement(b) || meaningful(b))) {
      // A title block whose heading is followed only by a subtitle or "Expand all" buttons, and
      // which starts its wrapper, heads the wrapper's next siblings (WCXB 4621, faq-section-title-block).
      const asks = body.some((b) => isElement(b) && (!!questionIn(b, true) || hasQuestionInside(b, true)));
      if (asks || parent.tagName === 'BODY' || !startsParent(head)) return { head, body };
    } else if (parent.tagName === 'BODY' || Array.from(parent.children).some((c) => c !== head && meaningful(c))) {
      break;
    }
    head = parent;
  }
  return null;
}

/** True when nothing with text stands before el in its parent. */
function startsParent(el: Element): boolean {
  for (let s = el.previousSibling; s; s = s.previousSibling) {
    if (isElement(s) ? meaningful(s) : (s.nodeValue ?? '').trim()) return false;
  }
  return true;
}

function firstHeading(el: Element): Element | null {
  return el.querySelector('h1,h2,h3,h4,h5,h6,[role="heading"]');
}

/** True when nothing with text comes before h inside el. */
function startsWith(el: Element, h: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!(t.nodeValue ?? '').trim()) continue;
    return h.contains(t);
  }
  return false;
}

/** Pairs of sections headed "FAQ", "Frequently asked questions", "Preguntas frecuentes"... */
export function faqSections(scan: PageScan, claimed: (el: Element) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const titles: Element[] = [];
  for (const b of scan.bolds) {
    const p = b.parentElement;
    if (p && (b.textContent ?? '').length < 90 && isBoldTitle(p)) titles.push(p);
  }
  const headings = [...scan.headings, ...titles].filter(
    (h) => (h.textContent ?? '').length < 200 && isFaqHeading(elementText(h)) && !inExcludedArea(h),
  );
  memo = { question: new Map(), inside: new Map() };
  try {
    for (const h of headings) sectionPairs(h, claimed, out);
  } finally {
    memo = null;
  }
  return out;
}

/** Pairs of one FAQ heading's section, when it has at least MIN_PAIRS. */
function sectionPairs(h: Element, claimed: (el: Element) => boolean, out: Candidate[]): void {
  if (claimed(h)) return;
  const section = sectionAfter(h);
  if (!section) return;
  const us = units(section.body, true, claimed);
  const pairs = pairsOf(us, true, claimed);
  // The region ends with the last answer: what follows (a prompt to comment) is not the FAQ.
  const last = pairs.at(-1)?.answer.at(-1) ?? pairs.at(-1)?.q.qEl;
  const end = last ? section.body.findIndex((b) => b.contains(last)) : -1;
  const region = [section.head, ...section.body.slice(0, end + 1)];
  const found = pairs
    .map((p) => (inExcludedArea(p.q.qEl) ? null : toCandidate(p, 'section', region)))
    .filter((c): c is Candidate => !!c);
  // One question under an FAQ heading is more often a teaser or a call to action than an FAQ.
  if (found.length >= MIN_PAIRS) out.push(...found);
}

/** A short whole-bold paragraph standing as a title ("<p><strong>FAQ</strong></p>"). */
function isBoldTitle(el: Element): boolean {
  return (el.tagName === 'P' || el.tagName === 'DIV') && !!wholeEmphasis(el, BOLD) && elementText(el).length < 80;
}

/** Fewest pairs that make an FAQ section. */
export const MIN_PAIRS = 2;

const FIRST_PERSON =
  /(?:^|[\s"“(])(?:I|I'm|I’m|I've|I’ve|my|me|ich|mein|meine|je|j'ai|j’ai|mon|ma|yo|mi)(?=[\s,.;:!?)”"]|$)/;

/** Answers of a run outside an FAQ section stay short, as FAQ answers do; essays' do not. */
const RUN_MAX_UNITS = 3;
const RUN_MAX_CHARS = 800;
const RUN_MEAN_CHARS = 450;

/**
 * A run of at least three question headings of one level, each followed by a
 * short answer, outside any FAQ section. Guarded against essays whose
 * subheads are rhetorical questions (long answers) and interviews.
 */
export function questionHeadingRuns(doc: Document, scan: PageScan, claimed: (el: Element) => boolean): Candidate[] {
  const out: Candidate[] = [];
  // Asked only when a run is found: a query over the whole page costs more than the rest of the search.
  let interview: boolean | undefined;
  const isInterview = (): boolean => {
    const h1 = scan.headings.find((h) => h.tagName === 'H1');
    interview ??= /\binterview|\bq\s*&\s*a\b|im gespräch|entretien|entrevista/i.test(
      `${doc.title} ${h1?.textContent ?? ''}`,
    );
    return interview;
  };
  const parents = new Set<Element>();
  for (const h of scan.headings) {
    if (h.tagName !== 'H1' && h.parentElement && isQuestion(elementText(h)) && !claimed(h) && !inExcludedArea(h))
      parents.add(h.parentElement);
  }
  for (const parent of parents) {
    const children = Array.from(parent.children);
    let i = 0;
    while (i < children.length) {
      const start = children[i]!;
      const level = headingLevel(start);
      if (!level || !isQuestion(elementText(start)) || claimed(start)) {
        i++;
        continue;
      }
      // Collect the run: question headings of this level, each with its answer blocks.
      const pairs: { q: QMark; answer: Element[] }[] = [];
      let j = i;
      while (j < children.length) {
        const el = children[j]!;
        const l = headingLevel(el);
        if (l === level && isQuestion(elementText(el)) && !claimed(el) && linkShare(el) < 0.5) {
          pairs.push({ q: { kind: 'heading', qEl: el, question: elementText(el), level }, answer: [] });
        } else if ((l && l <= level) || claimed(el) || el.tagName === 'HR') break;
        else if (meaningful(el)) pairs[pairs.length - 1]!.answer.push(el);
        j++;
      }
      i = Math.max(j, i + 1);
      if (pairs.length < 3 || !pairs.every((p) => p.answer.length && p.answer.length <= RUN_MAX_UNITS)) continue;
      // The article goes on with subheads of the same level that are not questions: the question
      // heads are some of its sections, not an FAQ (a tutorial: "What are smartphone apps?" then
      // "Common smartphone features"; faq-not-tutorial).
      const after = children[j];
      if (after && headingLevel(after) === level && !claimed(after)) continue;
      // Numbered question headings make a listicle or a decision guide ("1. How long is my trip?").
      if (pairs.some((p) => /^\d{1,2}\s*[.):]/.test(p.q.question))) continue;
      // Without an FAQ heading, the questions must ask outright ("How…?", "Can…?"), not
      // title a profile ("Favorite books?") or a comparison ("Discrete vs. integrated?").
      if (pairs.filter((p) => startsLikeQuestion(p.q.question)).length * 3 < pairs.length * 2) continue;
      // Answers in the first person singular are an interview or a profile ("Favorite books?").
      const firstPerson = pairs.filter((p) => p.answer.some((a) => FIRST_PERSON.test(elementText(a))));
      if (firstPerson.length * 2 >= pairs.length) continue;
      const lengths = pairs.map((p) => p.answer.reduce((n, a) => n + elementText(a).length, 0));
      if (Math.max(...lengths) > RUN_MAX_CHARS) continue;
      if (lengths.reduce((a, b) => a + b, 0) / lengths.length > RUN_MEAN_CHARS) continue;
      if (isInterview()) return [];
      const region = [pairs[0]!.q.qEl, ...pairs.flatMap((p) => [p.q.qEl, ...p.answer]).slice(1)];
      for (const p of pairs) {
        const c = toCandidate(p, 'headings', region);
        if (c) out.push(c);
      }
    }
  }
  return out;
}
