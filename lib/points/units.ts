/**
 * Which article blocks may give main points (issue #5). Points are sentences
 * of the article's own prose: headings, captions, the FAQ, lists of links,
 * bylines, datelines and bold pseudo-headings are not.
 */
import type { TextBlock } from '../text/blocks';
import type { TextUnit } from './rank';
import { elementsByTags } from '../extract/walk';

/** Attribute the FAQ module (issue #4) sets on the FAQ section, its questions and answers. */
export const FAQ_ATTR = 'data-precis-faq';
/** Attribute the extraction pipeline numbers blocks with. */
export const BLOCK_ATTR = 'data-precis-block';

/** Class or id words of bylines, captions and page furniture. */
const FURNITURE =
  /(?:^|[-_\s])(?:byline|author|authors|dateline|date|timestamp|caption|credit|credits|share|sharing|social|related|promo|newsletter|subscribe|tags|breadcrumbs?|meta)(?:[-_\s]|$)/i;
const FAQ_HEADING =
  /\b(?:faqs?|frequently asked questions?|questions and answers|q\s?&\s?a|häufige fragen|questions fréquentes|preguntas frecuentes|domande frequenti)\b/i;
const BYLINE = /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v)\s+\p{Lu}/u;
const DATELINE =
  /^(?:published|updated|posted|last updated|first published|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado)\b/i;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;

/** The `data-precis-block` index of a block's element, if numbered. */
export function blockIndex(el: Element): number | undefined {
  const v = el.getAttribute(BLOCK_ATTR);
  return v === null || v === '' ? undefined : Number(v);
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Blocks inside these (or inside a heading or the FAQ) are never prose of the article body. */
const NOT_PROSE_TAGS = new Set([
  ...HEADING_TAGS,
  ...'figcaption caption figure table pre code nav aside footer form blockquote address dt summary'.split(' '),
]);
const isHeading = (e: Element) => HEADING_TAGS.has(e.localName) || e.getAttribute('role') === 'heading';
const isFaq = (e: Element) => e.hasAttribute(FAQ_ATTR);
const isNotProse = (e: Element) => NOT_PROSE_TAGS.has(e.localName) || isHeading(e) || isFaq(e);

/**
 * The nearest heading, non-prose container and FAQ part around each block
 * of one article, each ancestor tested once: the blocks share their
 * ancestors, which closest() would walk again for every block (issue #3).
 * Only for a tree that does not change while it is in use.
 */
export class Ancestry {
  private readonly memo = [
    new Map<Element, Element | null>(),
    new Map<Element, Element | null>(),
    new Map<Element, Element | null>(),
  ];
  heading = (el: Element) => closestBy(el, isHeading, this.memo[0]!);
  notProse = (el: Element) => closestBy(el, isNotProse, this.memo[1]!);
  faq = (el: Element) => closestBy(el, isFaq, this.memo[2]!);
  private readonly named = new Map<Element, boolean>();
  /**
   * Whether the element itself is named like page furniture or an author:
   * the blocks of one container ask it of the same few ancestors.
   */
  namedFurniture = (e: Element): boolean => {
    let named = this.named.get(e);
    if (named === undefined) {
      named =
        FURNITURE.test(`${e.getAttribute('class') ?? ''} ${e.id}`) ||
        e.getAttribute('rel') === 'author' ||
        e.getAttribute('itemprop') === 'author';
      this.named.set(e, named);
    }
    return named;
  };
}

/** `el.closest()` for a test, remembering the answer for every element it walked through. */
function closestBy(el: Element, test: (e: Element) => boolean, memo: Map<Element, Element | null>): Element | null {
  const path: Element[] = [];
  let found: Element | null = null;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const known = memo.get(e);
    if (known !== undefined) {
      found = known;
      break;
    }
    path.push(e);
    if (test(e)) {
      found = e;
      break;
    }
  }
  for (const e of path) memo.set(e, found);
  return found;
}

/** Heading level of a block's element (1-6), or 0 when it is not a heading. */
export function headingLevel(el: Element, ancestry: Ancestry): number {
  const h = ancestry.heading(el);
  if (!h) return 0;
  const m = /^H([1-6])$/i.exec(h.tagName);
  return m ? Number(m[1]) : Number(h.getAttribute('aria-level') ?? 2);
}

/**
 * Share of an element's text that sits inside links: those of
 * `getElementsByTagName('a')`, found by a walk of the children, which under
 * jsdom costs less than making the live collection for every block.
 */
function linkDensity(el: Element, textLength: number): number {
  let linked = 0;
  const walk = (parent: Element): void => {
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      // getElementsByTagName's match for "a": the qualified name, which has no prefix here.
      if (c.localName === 'a' && c.prefix === null) linked += (c.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      walk(c);
    }
  };
  walk(el);
  return textLength ? Math.min(1, linked / textLength) : 0;
}

/** Whether an element or one of its close ancestors is named like page furniture. */
function looksLikeFurniture(el: Element, ancestry: Ancestry): boolean {
  for (let node: Element | null = el, depth = 0; node && depth < 4; depth++, node = node.parentElement)
    if (ancestry.namedFurniture(node)) return true;
  return false;
}

const EMPHASIS = new Set(['STRONG', 'B', 'EM', 'I']);

/** A paragraph that is all bold or italic and has no full stop: a heading in disguise. */
function isPseudoHeading(el: Element, text: string): boolean {
  if (/[.!?。！？]["”’)]*$/.test(text)) return false;
  const emphasis = elementsByTags(el, EMPHASIS).reduce((n, e) => n + (e.textContent ?? '').trim().length, 0);
  return emphasis >= text.replace(/\s+/g, '').length * 0.9;
}

/**
 * Why a block cannot give points, or undefined when it can.
 * Exported for tests; `proseUnits` applies it with the FAQ section rule.
 */
export function exclusion(block: TextBlock, ancestry: Ancestry): string | undefined {
  const { el, text } = block;
  if (ancestry.notProse(el)) return 'structure';
  if (looksLikeFurniture(el, ancestry)) return 'furniture';
  const words = text.split(/\s+/).length;
  if (words < 4 && !CJK.test(text)) return 'short';
  if (words <= 12 && (BYLINE.test(text) || DATELINE.test(text))) return 'byline';
  if (linkDensity(el, text.length) >= 0.5) return 'links';
  if (isPseudoHeading(el, text)) return 'pseudo-heading';
  return undefined;
}

/**
 * The blocks that may give points, as text units. A FAQ section that the FAQ
 * module did not mark (a heading like "Frequently asked questions") is left
 * out up to the next heading of the same or a higher level: its answers
 * restate the article and would crowd the points (the seed page).
 */
export function proseUnits(blocks: TextBlock[], ancestry = new Ancestry()): TextUnit[] {
  const units: TextUnit[] = [];
  let faqLevel = 0;
  for (const block of blocks) {
    const level = headingLevel(block.el, ancestry);
    if (level) {
      if (FAQ_HEADING.test(block.text)) faqLevel = level;
      else if (faqLevel && level <= faqLevel) faqLevel = 0;
      continue;
    }
    if (faqLevel || exclusion(block, ancestry)) continue;
    units.push({ text: block.text, block: blockIndex(block.el) });
  }
  return units;
}

/** Texts of the headings below the title (h2-h4), outside the FAQ, for overlap scoring. */
export function headingTexts(blocks: TextBlock[], ancestry = new Ancestry()): string[] {
  return blocks
    .filter((b) => {
      const level = headingLevel(b.el, ancestry);
      return level >= 2 && level <= 4 && !FAQ_HEADING.test(b.text) && !ancestry.faq(b.el) && !b.text.endsWith('?');
    })
    .map((b) => b.text);
}
