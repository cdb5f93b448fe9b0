/**
 * One walk over the page that sorts out every element a FAQ finder looks at.
 * Selector queries over a whole page cost tens of milliseconds each under
 * jsdom; a single pass keeps `findFaq` within a few (issue #4, bench:faq).
 */
import { fileMetadataTag } from '../extract/metadata';

export interface PageScan {
  /** h1-h6 and role="heading", in document order. */
  headings: Element[];
  /** strong and b elements. */
  bolds: Element[];
  details: Element[];
  dls: Element[];
  /** Text of the JSON-LD scripts. */
  jsonLd: string[];
  /** Elements with an itemtype. */
  itemTypes: Element[];
  /** Elements with one of the class words below, by word. */
  byClass: Map<string, Element[]>;
  /** Elements whose class names an FAQ question (`faq-question`, `faq__question`...). */
  faqQuestions: Element[];
  /** aria-controls/aria-expanded and Bootstrap collapse triggers. */
  triggers: Element[];
  /** The elements `readMetadata` reads, by tag (METADATA_TAGS), filed on the same walk. */
  metadataTags: Map<string, Element[]>;
}

/** Class words of FAQ blocks and accordions that the finders look for (see blocks.ts). */
export const CLASS_WORDS = new Set([
  'schema-faq-section',
  'rank-math-faq-item',
  'rank-math-list-item',
  'aioseo-faq-block',
  'uagb-faq-item',
  'elementor-accordion-item',
  'elementor-toggle-item',
  'kt-accordion-pane',
  'wp-block-accordion-item',
  'accordion-item',
]);

/** Matches every class string that holds a class word or "faq" (a superset: the words are checked after). */
const CLASS_HINT = new RegExp(`faq|${[...CLASS_WORDS].join('|')}`, 'i');

const FAQ_QUESTION_CLASS = /(?:^|\s)[\w-]*faq[\w-]*question[\w-]*(?:\s|$)/i;

/** Walks the document once. */
export function scanPage(doc: Document): PageScan {
  const scan: PageScan = {
    headings: [],
    bolds: [],
    details: [],
    dls: [],
    jsonLd: [],
    itemTypes: [],
    byClass: new Map(),
    faqQuestions: [],
    triggers: [],
    metadataTags: new Map(),
  };
  // A TreeWalker, not getElementsByTagName('*') (jsdom's live collections are slow to index) nor
  // firstElementChild/nextElementSibling steps (each a wrapper call): about a third faster under jsdom.
  // Template contents are not children, so they are not walked.
  const walker = doc.createTreeWalker(doc.documentElement, 1 /* SHOW_ELEMENT */);
  for (let el = walker.currentNode as Element | null; el; el = walker.nextNode() as Element | null) {
    // localName is a plain field under jsdom; tagName is recomputed on every read.
    const tag = el.localName;
    fileMetadataTag(scan.metadataTags, el, tag);
    switch (tag) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        scan.headings.push(el);
        break;
      case 'strong':
      case 'b':
        scan.bolds.push(el);
        break;
      case 'details':
        scan.details.push(el);
        break;
      case 'dl':
        scan.dls.push(el);
        break;
      case 'script':
        if (/ld\+json/i.test(el.getAttribute('type') ?? '')) scan.jsonLd.push(el.textContent ?? '');
        continue;
      case 'style':
      case 'template':
      case 'svg':
        continue;
    }
    if (!el.hasAttributes()) continue;
    // One look at the names, then only the attributes present: getAttribute is what a walk spends most on.
    let trigger = false;
    let toggle: string | null = null;
    let hasDataToggle = false;
    for (const name of el.getAttributeNames()) {
      switch (name) {
        case 'class':
          classWords(scan, el, el.getAttribute('class'));
          break;
        case 'role':
          if (el.getAttribute('role') === 'heading' && !scan.headings.includes(el)) scan.headings.push(el);
          break;
        case 'itemtype':
          scan.itemTypes.push(el);
          break;
        case 'aria-controls':
          if (el.hasAttribute('aria-expanded')) trigger = true;
          break;
        case 'data-toggle':
          hasDataToggle = true;
          toggle = el.getAttribute(name);
          break;
        case 'data-bs-toggle':
          if (!hasDataToggle) toggle = el.getAttribute(name);
          break;
      }
    }
    if (trigger || (toggle !== null && /^collapse$/.test(toggle))) scan.triggers.push(el);
  }
  return scan;
}

/** Files an element under the FAQ class words it carries. */
function classWords(scan: PageScan, el: Element, cls: string | null): void {
  // Most class strings name none of the words: one regex test spares splitting them.
  if (!cls || !CLASS_HINT.test(cls)) return;
  for (const word of cls.split(/\s+/)) {
    if (!CLASS_WORDS.has(word)) continue;
    const list = scan.byClass.get(word) ?? [];
    list.push(el);
    scan.byClass.set(word, list);
  }
  if (/faq/i.test(cls) && FAQ_QUESTION_CLASS.test(cls)) scan.faqQuestions.push(el);
}
