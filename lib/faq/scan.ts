/**
 * One walk over the page that sorts out every element a FAQ finder looks at.
 * Selector queries over a whole page cost tens of milliseconds each under
 * jsdom; a single pass keeps `findFaq` within a few (issue #4, bench:faq).
 */

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
  };
  // Walking siblings, not indexing getElementsByTagName('*'): jsdom's live collections are slow to index.
  for (let el: Element | null = doc.documentElement; el; el = nextElement(el)) {
    const tag = el.tagName;
    switch (tag) {
      case 'H1':
      case 'H2':
      case 'H3':
      case 'H4':
      case 'H5':
      case 'H6':
        scan.headings.push(el);
        break;
      case 'STRONG':
      case 'B':
        scan.bolds.push(el);
        break;
      case 'DETAILS':
        scan.details.push(el);
        break;
      case 'DL':
        scan.dls.push(el);
        break;
      case 'SCRIPT':
        if (/ld\+json/i.test(el.getAttribute('type') ?? '')) scan.jsonLd.push(el.textContent ?? '');
        continue;
      case 'STYLE':
      case 'TEMPLATE':
      case 'svg':
        continue;
    }
    if (!el.hasAttributes()) continue;
    if (el.getAttribute('role') === 'heading' && !scan.headings.includes(el)) scan.headings.push(el);
    if (el.hasAttribute('itemtype')) scan.itemTypes.push(el);
    if (
      (el.hasAttribute('aria-controls') && el.hasAttribute('aria-expanded')) ||
      /^collapse$/.test(el.getAttribute('data-toggle') ?? el.getAttribute('data-bs-toggle') ?? '')
    ) {
      scan.triggers.push(el);
    }
    const cls = el.getAttribute('class');
    if (cls) {
      for (const word of cls.split(/\s+/)) {
        if (!CLASS_WORDS.has(word)) continue;
        const list = scan.byClass.get(word) ?? [];
        list.push(el);
        scan.byClass.set(word, list);
      }
      if (/faq/i.test(cls) && FAQ_QUESTION_CLASS.test(cls)) scan.faqQuestions.push(el);
    }
  }
  return scan;
}

/** The next element in document order. */
function nextElement(el: Element): Element | null {
  if (el.firstElementChild && el.tagName !== 'TEMPLATE') return el.firstElementChild;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.nextElementSibling) return e.nextElementSibling;
  }
  return null;
}
