/**
 * FAQ blocks of site builders, accordions, `<details>` and `<dl>` (issue #4,
 * second and third in priority). Collapsed and hidden panels count: the page
 * offers their answers one click away.
 */
import type { FaqSource } from '../types';
import { type Candidate, byDocumentOrder, commonAncestor, headingLevel, inExcludedArea, linkShare } from './candidate';
import type { PageScan } from './scan';
import { MIN_PAIRS } from './sections';
import { elementText, isFaqHeading, isLooseQuestion, isQuestion, questionText } from './text';

interface Item {
  qEl: Element;
  /** The element whose children are the answer. */
  panel: Element;
  /** Question text when it is not the whole of qEl's text. */
  question?: string;
}

/**
 * FAQ blocks that say they are FAQs (Yoast, Rank Math, AIOSEO, Spectra, and
 * themes' `faq-question`/`faq-answer` pairs): every item counts, question mark or not.
 */
const FAQ_BLOCKS: { item: string[]; q: string; a: string; block: string }[] = [
  {
    item: ['schema-faq-section'],
    q: '.schema-faq-question',
    a: '.schema-faq-answer',
    block: '.schema-faq, .wp-block-yoast-faq-block',
  },
  {
    item: ['rank-math-faq-item', 'rank-math-list-item'],
    q: '.rank-math-question',
    a: '.rank-math-answer',
    block: '#rank-math-faq, .rank-math-block, .wp-block-rank-math-faq-block',
  },
  {
    item: ['aioseo-faq-block'],
    q: '.aioseo-faq-block-question',
    a: '.aioseo-faq-block-answer',
    block: '.wp-block-aioseo-faq, .aioseo-faq-block',
  },
  {
    item: ['uagb-faq-item'],
    q: '.uagb-question, .uagb-faq-questions',
    a: '.uagb-faq-content',
    block: '.wp-block-uagb-faq, .uagb-faq__outer-wrap',
  },
];

/** Accordions of page builders: items count only when their titles read as questions. */
const ACCORDIONS: { item: string[]; q: string; a: string }[] = [
  {
    item: ['elementor-accordion-item', 'elementor-toggle-item'],
    q: '.elementor-accordion-title, .elementor-toggle-title, .elementor-tab-title',
    a: '.elementor-tab-content',
  },
  { item: ['kt-accordion-pane'], q: '.kt-blocks-accordion-title', a: '.kt-accordion-panel-inner, .kt-accordion-panel' },
  { item: ['wp-block-accordion-item'], q: '.wp-block-accordion-heading', a: '.wp-block-accordion-panel' },
  { item: ['accordion-item'], q: '.accordion-header, .accordion-button', a: '.accordion-body, .accordion-collapse' },
];

function pick(item: Element, selector: string): Element | null {
  for (const s of selector.split(',')) {
    const el = item.querySelector(s.trim());
    if (el) return el;
  }
  return null;
}

/**
 * The part of a container the items fill: the run of its children from the
 * first item to the last (the whole container when they fill it).
 */
function regionOf(container: Element | null, items: Item[]): Element[] | undefined {
  if (!container || !items.length || container.tagName === 'BODY') return undefined;
  const kids = Array.from(container.children);
  const idx = (el: Element) => kids.findIndex((k) => k.contains(el));
  const first = idx(items[0]!.qEl);
  const last = Math.max(idx(items.at(-1)!.panel), idx(items.at(-1)!.qEl));
  if (first < 0 || last < 0) return [container];
  const run = kids.slice(first, last + 1);
  const outside = kids.filter((k, i) => (i < first || i > last) && (k.textContent ?? '').trim());
  return outside.length ? run : [container];
}

/** Turns items into candidates, marking the part of the container they fill as the FAQ region. */
function toCandidates(items: Item[], source: FaqSource, container: Element | null): Candidate[] {
  const region = regionOf(container, items);
  return items.map((it) => ({
    question: it.question ?? elementText(it.qEl),
    source,
    qEl: it.qEl,
    answerNodes: Array.from(it.panel.childNodes),
    answerEls: [it.panel],
    region,
  }));
}

/**
 * True when an FAQ heading introduces the group: the container or one of its
 * three nearest ancestors is headed by one, or names itself an FAQ.
 */
function inFaqContext(container: Element, headings: Element[]): boolean {
  const firstIn = (el: Element) => (headingLevel(el) ? el : headings.find((h) => el.contains(h)));
  let el: Element | null = container;
  for (let depth = 0; el && el.tagName !== 'BODY' && depth < 4; depth++, el = el.parentElement) {
    if (/(?:^|[-_\s])faqs?(?:$|[-_\s])/i.test(`${el.id} ${el.getAttribute('class') ?? ''}`)) return true;
    for (let s = el.previousElementSibling, n = 0; s && n < 3; s = s.previousElementSibling, n++) {
      const h = firstIn(s);
      if (h) {
        if (isFaqHeading(elementText(h))) return true;
        break;
      }
    }
    const first = firstIn(el);
    if (first && isFaqHeading(elementText(first))) return true;
  }
  return false;
}

/** True when the nearest heading before el (or its first heading inside) is an FAQ heading. */
function headedByFaq(el: Element, headings: Element[]): boolean {
  let last: Element | undefined;
  for (const h of headings) {
    if (byDocumentOrder(h, el) < 0 || el.contains(h)) last = h;
    if (el.contains(h)) break;
  }
  return !!last && isFaqHeading(elementText(last));
}

/**
 * Keeps a group of generic items (accordion, details, dl) only when it reads
 * as an FAQ: in an FAQ context, the items that read as questions; elsewhere,
 * at least two question titles making up most of the group.
 */
function acceptGroup(items: Item[], container: Element | null, headings: Element[]): Item[] {
  const usable = items.filter((it) => !inExcludedArea(it.qEl) && linkShare(it.qEl) < 0.5);
  const text = (it: Item) => it.question ?? elementText(it.qEl);
  const loose = usable.filter((it) => isLooseQuestion(text(it)));
  if (!loose.length) return [];
  // Even under an FAQ heading, one lone item is more often a call to action than an FAQ.
  if (container && inFaqContext(container, headings)) return loose.length >= MIN_PAIRS ? loose : [];
  const questions = loose.filter((it) => isQuestion(text(it)));
  return questions.length >= 2 && questions.length >= 0.6 * usable.length ? questions : [];
}

/** True when el holds nothing with text but the one item. */
function wrapsOnly(el: Element, it: Item): boolean {
  return Array.from(el.children).every(
    (c) => c.contains(it.qEl) || c.contains(it.panel) || !(c.textContent ?? '').trim(),
  );
}

/**
 * Groups items by the element that holds them all, in document order: the
 * parent of each item's own wrapper (`.accordion > .accordion-item`), or,
 * when questions and panels stand side by side, their common parent. Wrappers
 * around one item each (`.faq > .accordion > details`, one accordion per
 * question: WCXB 4029, faq-details-wrapped) are climbed out of, up to three.
 */
function groupByContainer(items: Item[]): Map<Element, Item[]> {
  const groups = new Map<Element, Item[]>();
  for (const it of items) {
    const own = commonAncestor([it.qEl, it.panel]) ?? it.qEl;
    let key = (wrapsOnly(own, it) || own === it.panel ? own.parentElement : own) ?? own;
    for (let depth = 0; depth < 3 && key.parentElement && key.parentElement.tagName !== 'BODY'; depth++) {
      if (!wrapsOnly(key, it)) break;
      key = key.parentElement;
    }
    const list = groups.get(key) ?? [];
    list.push(it);
    groups.set(key, list);
  }
  return groups;
}

function blockItems(scan: PageScan, spec: { item: string[]; q: string; a: string }): Item[] {
  const items: Item[] = [];
  for (const item of spec.item.flatMap((w) => scan.byClass.get(w) ?? [])) {
    const qEl = pick(item, spec.q);
    const panel = pick(item, spec.a);
    if (qEl && panel && !qEl.contains(panel) && !panel.contains(qEl)) items.push({ qEl, panel });
  }
  return items;
}

/** Yoast, Rank Math, AIOSEO, Spectra FAQ blocks and theme `.faq-question`/`.faq-answer` pairs. */
export function faqBlocks(scan: PageScan): Candidate[] {
  const out: Candidate[] = [];
  for (const spec of FAQ_BLOCKS) {
    const items = blockItems(scan, spec).filter((it) => !inExcludedArea(it.qEl));
    for (const [container, group] of groupByContainer(items)) {
      const block = group[0]!.qEl.closest(spec.block);
      out.push(...toCandidates(group, 'block', block ?? container));
    }
  }
  // Themes: <div class="faq-item"><h3 class="faq-question">…</h3><div class="faq-answer">…</div></div>
  const themed: Item[] = [];
  for (const qEl of scan.faqQuestions) {
    let panel = qEl.nextElementSibling;
    while (panel && !/answer/i.test(panel.getAttribute('class') ?? '')) panel = panel.nextElementSibling;
    if (panel && !inExcludedArea(qEl)) themed.push({ qEl, panel });
  }
  for (const [container, group] of groupByContainer(themed)) {
    // The theme's FAQ accordion also serves other lists ("Specs & features": "Bird Feeder",
    // "Camera Module", WCXB 0601): a group whose titles ask nothing counts only under an FAQ heading.
    if (!group.some((it) => isLooseQuestion(elementText(it.qEl))) && !headedByFaq(container, scan.headings)) continue;
    out.push(...toCandidates(group, 'block', container));
  }
  return out;
}

/**
 * Page-builder accordions (Elementor, Kadence, Gutenberg, Bootstrap) and any
 * ARIA or Bootstrap collapse trigger with its panel, collapsed or not.
 */
export function accordions(doc: Document, scan: PageScan): Candidate[] {
  const items: Item[] = [];
  const seenQ = new Set<Element>();
  for (const spec of ACCORDIONS) {
    for (const it of blockItems(scan, spec)) {
      if (!seenQ.has(it.qEl)) items.push(it);
      seenQ.add(it.qEl);
    }
  }
  for (const trigger of scan.triggers) {
    const id =
      trigger.getAttribute('aria-controls')?.split(/\s+/)[0] ||
      (trigger.getAttribute('data-bs-target') ?? trigger.getAttribute('data-target') ?? trigger.getAttribute('href'))
        ?.replace(/^#/, '')
        .trim();
    if (!id) continue;
    const panel = controlledPanel(doc, trigger, id);
    if (!panel || panel.contains(trigger) || trigger.contains(panel)) continue;
    // The question is the trigger's heading when it sits in one (<h3><button>…</button></h3>).
    const qEl = trigger.closest('h1,h2,h3,h4,h5,h6') ?? trigger;
    if ([...seenQ].some((q) => q.contains(qEl) || qEl.contains(q))) continue;
    seenQ.add(qEl);
    items.push({ qEl, panel });
  }
  const out: Candidate[] = [];
  for (const [container, group] of groupByContainer(items)) {
    out.push(...toCandidates(acceptGroup(group, container, scan.headings), 'accordion', container));
  }
  return out;
}

/**
 * The panel a trigger controls. Some accordions give every panel the same id
 * (Material UI's `panel1a-content` on each item, faq-shared-panel-id), where
 * `getElementById` returns the first panel for every question: the panel with
 * that id nearest the trigger, in its own item, comes first.
 */
function controlledPanel(doc: Document, trigger: Element, id: string): Element | null {
  // A line break cannot stand in a CSS string: such an id is only looked up by getElementById.
  if (/[\n\r\f]/.test(id)) return doc.getElementById(id);
  const selector = `[id="${id.replace(/["\\]/g, '\\$&')}"]`;
  // The page's first element with the id is also the first one in any
  // ancestor that holds it: an ancestor's subtree is searched only when it
  // does not, which spares most triggers (panel beside them) every query.
  const first = doc.getElementById(id);
  // No element has the id: no subtree of the page holds one either, and the
  // queries below could only come back empty (a menu's toggle, say, whose
  // panel the page builds when it is opened).
  if (!first) return null;
  let anc = trigger.parentElement;
  for (let depth = 0; anc && depth < 3 && anc.tagName !== 'BODY'; depth++, anc = anc.parentElement) {
    const near = first && anc.contains(first) ? first : anc.querySelector(selector);
    if (near && !near.contains(trigger)) return near;
  }
  return first;
}

/** `<details><summary>` items whose summaries are questions. */
export function detailsFaq(scan: PageScan): Candidate[] {
  const items: Item[] = [];
  for (const d of scan.details) {
    const summary = d.querySelector(':scope > summary');
    if (!summary) continue;
    items.push({ qEl: summary, panel: d });
  }
  const out: Candidate[] = [];
  for (const [container, group] of groupByContainer(items.map((it) => ({ ...it, panel: it.panel })))) {
    for (const c of toCandidates(acceptGroup(group, container, scan.headings), 'details', container)) {
      // The answer is the details element without its summary, whose icon ("expand_more") is not
      // part of the question. Its blocks are the answer elements, so that a collapsed panel hidden
      // as a whole (aria-hidden) is shown with them (faq-section-deep-details, WCXB 0692).
      const details = c.answerEls![0]!;
      c.question = questionText(c.qEl!);
      c.answerNodes = Array.from(details.childNodes).filter((n) => n !== c.qEl);
      c.answerEls = Array.from(details.children).filter((e) => e !== c.qEl);
      out.push(c);
    }
  }
  return out;
}

/** `<dl>` lists whose terms are questions and whose descriptions answer them. */
export function dlFaq(scan: PageScan): Candidate[] {
  const out: Candidate[] = [];
  for (const dl of scan.dls) {
    const terms = Array.from(dl.querySelectorAll('dt')).filter((dt) => dt.closest('dl') === dl);
    const items: { qEl: Element; dds: Element[] }[] = [];
    for (const dt of terms) {
      const dds: Element[] = [];
      for (let s = dt.nextElementSibling; s && s.tagName !== 'DT'; s = s.nextElementSibling) {
        if (s.tagName === 'DD') dds.push(s);
      }
      if (dds.length) items.push({ qEl: dt, dds });
    }
    const accepted = new Set(
      acceptGroup(
        items.map((it) => ({ qEl: it.qEl, panel: it.dds[0]! })),
        dl,
        scan.headings,
      ).map((i) => i.qEl),
    );
    for (const it of items) {
      if (!accepted.has(it.qEl)) continue;
      out.push({
        question: elementText(it.qEl),
        source: 'dl',
        qEl: it.qEl,
        answerNodes: it.dds.flatMap((dd) => Array.from(dd.childNodes)),
        answerEls: it.dds,
        region: [dl],
      });
    }
  }
  return out;
}
