/**
 * The page's own summary (issue #5): a "Key takeaways" / "Highlights" /
 * "TL;DR" list or box, or a standfirst (dek) under the headline. When a page
 * states its main points, Precis shows those rather than its own choice.
 */
import type { TextBlock } from '../text/blocks';
import { normalizeSpace } from '../text/blocks';
import { blockIndex } from './units';
import { closestTag, elementsUnder } from '../extract/walk';
import { classAndId } from '../extract/hints';

const ITEM = new Set(['li']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** What a summary box is called, alone on its label. */
const LABEL =
  /^(?:key (?:takeaways?|points|facts|findings|highlights)|takeaways|(?:story )?highlights|in brief|tl;? ?dr|at a glance|summary|article summary|the gist|what you need to know|quick read|in short|das wichtigste(?: in kürze)?|auf einen blick|in kürze|en bref|l'essentiel|à retenir|en resumen|claves|in breve|in het kort)\s*[:.]?$/i;
/** A paragraph that opens with its own label: "TL;DR: ...", "In brief: ...". */
const INLINE = /^(?:tl;? ?dr|in brief|in short|summary|the gist|bottom line)\s*[:—–-]\s+(?=\S)/i;
/** Class or id of a summary box. */
const BOX =
  /(?:^|[-_\s])(?:key-?takeaways?|takeaways|key-?points|story-?highlights|tl-?dr|summary-?box|article-?summary|at-?a-?glance)(?:[-_\s]|$)/i;
/** Class or id of a standfirst. */
const STANDFIRST =
  /(?:^|[-_\s])(?:standfirst|dek|deck|sub-?title|sub-?headline|strapline|intro|excerpt|teaser|abstract|summary|lead-?in)(?:[-_\s]|$)/i;

/** One item of the page's own summary, located in the article when it is there. */
export interface SummaryItem {
  text: string;
  block?: number;
  /** The text as it stands in the block. */
  sentence?: string;
}

/** Elements that may hold a summary's label, and those among them that label their parent. */
const LABEL_TAGS = new Set([
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'strong',
  'b',
  'span',
  'div',
  'summary',
  'header',
  'figcaption',
]);
const INLINE_LABEL = new Set(['strong', 'b', 'span']);

/**
 * Text with more than 40 characters that are not spaces, which no LABEL
 * has (the longest, "das wichtigste in kürze:", has 21). Reads no further
 * than those 41, where normalizing would copy the whole text.
 */
const LONGER_THAN_A_LABEL = /^[\s\u00a0\u200b]*(?:[^\s\u00a0\u200b][\s\u00a0\u200b]*){41}/;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Whether the element sits in a summary box named by class or id (up to 4 levels up). */
function inBox(el: Element): Element | undefined {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement)
    if (BOX.test(classAndId(node))) return node;
  return undefined;
}

function item(block: TextBlock): SummaryItem {
  return { text: block.text, block: blockIndex(block.el), sentence: block.text };
}

/**
 * The page's summary list among the article blocks: list items after a label
 * ("Key takeaways"), or inside a box named so, or a "TL;DR:" paragraph.
 */
export function summaryInBlocks(blocks: TextBlock[]): SummaryItem[] | undefined {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const inline = INLINE.exec(b.text);
    if (inline && words(b.text) >= 6) {
      const text = b.text.slice(inline[0].length);
      return [{ text, block: blockIndex(b.el), sentence: text }];
    }
    const box = inBox(b.el);
    const labelled = LABEL.test(b.text);
    if (!labelled && !box) continue;
    // The list that follows the label, or the list inside the box.
    const items: SummaryItem[] = [];
    let list: Element | null = null;
    for (let j = labelled ? i + 1 : i; j < blocks.length; j++) {
      const li = closestTag(blocks[j]!.el, ITEM);
      const parent = li?.parentElement ?? null;
      if (!li || (list && parent !== list) || (box && !box.contains(li))) break;
      list = parent;
      if (words(blocks[j]!.text) >= 3) items.push(item(blocks[j]!));
    }
    if (items.length >= 2) return items;
    // A box or label followed by a short paragraph: the summary is that paragraph.
    const next = blocks[i + 1];
    if (labelled && next && !closestTag(next.el, HEADINGS) && words(next.text) >= 8) return [item(next)];
  }
  return undefined;
}

/**
 * The page's summary list from the whole document, for when Readability
 * dropped the box (it often stands in an aside). Call it on the page before
 * Readability runs; returns the item texts.
 * @param elements the elements under `doc.body` (`elementsUnder`), when the caller has listed them
 */
export function findPageSummary(doc: Document, elements?: readonly Element[]): string[] | undefined {
  const root = doc.body;
  if (!root) return undefined;
  const listsAfter = (el: Element): Element | undefined => {
    for (let sib = el.nextElementSibling, n = 0; sib && n < 3; sib = sib.nextElementSibling, n++) {
      const list = sib.matches('ul,ol') ? sib : sib.querySelector('ul,ol');
      if (list) return list;
    }
    return el.parentElement && el.parentElement !== root && !el.nextElementSibling
      ? listsAfter(el.parentElement)
      : undefined;
  };
  // One walk over the page (selector queries are slow in jsdom, which the CLI and benches use).
  const labelled: Element[] = [];
  const boxes: Element[] = [];
  for (const el of elements ?? elementsUnder(root)) {
    if (el.hasAttributes() && BOX.test(classAndId(el))) boxes.push(el);
    if (!LABEL_TAGS.has(el.localName)) continue;
    // A label is a line of text, maybe in one inline wrapper: an element whose only
    // child has children of its own is not one (and its text may be the whole page).
    const first = el.firstElementChild;
    if (first && (first.nextElementSibling || first.firstElementChild)) continue;
    const text = el.textContent ?? '';
    // Most such elements are paragraphs, far longer than any label: no need to normalize their text.
    if (LONGER_THAN_A_LABEL.test(text)) continue;
    if (LABEL.test(normalizeSpace(text))) labelled.push(el);
  }
  const candidates: Element[] = [];
  for (const el of labelled) {
    const list = listsAfter(INLINE_LABEL.has(el.localName) && el.parentElement ? el.parentElement : el);
    if (list) candidates.push(list);
  }
  for (const box of boxes) {
    const list = box.querySelector('ul,ol');
    if (list) candidates.push(list);
  }
  for (const list of candidates) {
    if (list.closest('nav,footer,[role="navigation"],[role="contentinfo"]')) continue;
    const items = [...list.querySelectorAll(':scope > li')].map((li) => normalizeSpace(li.textContent ?? ''));
    const linked = [...list.querySelectorAll('a')].reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);
    const total = items.reduce((n, t) => n + t.length, 0);
    if (items.length >= 2 && items.length <= 10 && items.every((t) => words(t) >= 3) && linked < total * 0.5) {
      return items;
    }
  }
  return undefined;
}

/**
 * The standfirst (dek) among the first blocks: named so by class or id,
 * 8 to 80 words. Returned as the block it stands in.
 */
export function standfirstInBlocks(blocks: TextBlock[]): TextBlock | undefined {
  for (const b of blocks.slice(0, 4)) {
    let node: Element | null = b.el;
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      if (STANDFIRST.test(classAndId(node)) || /^(?:description|abstract)$/.test(node.getAttribute('itemprop') ?? '')) {
        const n = words(b.text);
        if (n >= 8 && n <= 80) return b;
        break;
      }
    }
  }
  return undefined;
}
