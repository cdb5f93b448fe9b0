/**
 * schema.org FAQPage in JSON-LD and in microdata (issue #4, first in priority).
 */
import type { Candidate } from './candidate';
import { inExcludedArea } from './candidate';
import { normalizeSpace } from '../text/blocks';
import type { PageScan } from './scan';
import { elementText, isFaqHeading } from './text';

type Json = unknown;

/** Parses one JSON-LD script, forgiving the usual CMS damage (comments, CDATA, raw newlines). */
function parseJsonLd(raw: string): Json {
  const text = raw
    .replace(/^\s*(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/)/, '')
    .replace(/(?:-->|\/\*\s*\]\]>\s*\*\/)\s*$/, '')
    .trim();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Raw line breaks and tabs inside strings are invalid JSON but common.
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

function types(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
}

function asList(v: unknown): unknown[] {
  if (Array.isArray(v)) return v.flatMap(asList);
  return v === undefined || v === null ? [] : [v];
}

function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(str).filter(Boolean).join('\n\n');
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o['@value'] ?? o.text ?? o.name ?? '');
  }
  return '';
}

/** Every FAQPage object in a JSON-LD value: plain, in `@graph`, in arrays, as a page's `mainEntity`. */
function findFaqPages(node: Json, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 12 || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) findFaqPages(n, out, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  if (types(o).includes('FAQPage')) {
    out.push(o);
    return;
  }
  for (const [k, v] of Object.entries(o)) {
    if (k !== '@context' && v && typeof v === 'object') findFaqPages(v, out, depth + 1);
  }
}

/** Every object with an `@id`, so that references (`{"@id": "#faq-question-1"}`, as Yoast writes) resolve. */
function indexIds(node: Json, ids: Map<string, Record<string, unknown>>, depth = 0): void {
  if (depth > 12 || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) indexIds(n, ids, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  if (typeof o['@id'] === 'string' && Object.keys(o).length > 1) ids.set(o['@id'], o);
  for (const v of Object.values(o)) if (v && typeof v === 'object') indexIds(v, ids, depth + 1);
}

/** Questions of an FAQPage's mainEntity, however deeply the lists nest (also `hasPart`, `itemListElement`). */
function questionsOf(
  node: unknown,
  ids: Map<string, Record<string, unknown>>,
  out: Record<string, unknown>[],
  depth = 0,
): void {
  if (depth > 8) return;
  for (const item of asList(node)) {
    if (!item || typeof item !== 'object') continue;
    let o = item as Record<string, unknown>;
    if (typeof o['@id'] === 'string' && Object.keys(o).length === 1) o = ids.get(o['@id']) ?? o;
    const t = types(o);
    if (t.includes('Question') || ('acceptedAnswer' in o && 'name' in o)) out.push(o);
    else questionsOf(o.mainEntity ?? o.itemListElement ?? o.hasPart ?? o.item, ids, out, depth + 1);
  }
}

/**
 * Decodes what JSON-LD text fields carry: HTML entities (sometimes encoded
 * twice, `&amp;comma;`) and, in answers, HTML or escaped HTML.
 * Parsing happens in DOMParser's inert documents: nothing loads, nothing
 * runs (and, unlike Range.createContextualFragment, nothing AMO's linter
 * flags; issue #10). The nodes end up in `inert`.
 */
function decodeHtml(inert: Document, parser: DOMParser, raw: string): DocumentFragment {
  let html = raw;
  if (/&lt;\/?[a-z][^&]*&gt;/i.test(html) && !/<\/?[a-z]/i.test(html)) html = decodeOnce(parser, html);
  if (/&amp;(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(html)) html = html.replace(/&amp;(?=#\d+;|#x[\da-f]+;|[a-z]+;)/gi, '&');
  if (!/<\/?[a-z][^>]*>/i.test(html)) {
    // Plain text: keep its paragraphs as paragraphs.
    const paras = html.split(/\n\s*\n/).map((p) => p.trim());
    html = paras
      .filter(Boolean)
      .map((p) => `<p>${p.replace(/</g, '&lt;')}</p>`)
      .join('');
  }
  const fragment = inert.createDocumentFragment();
  fragment.append(...Array.from(parser.parseFromString(html, 'text/html').body.childNodes));
  return fragment;
}

function decodeOnce(parser: DOMParser, s: string): string {
  return parser.parseFromString(s, 'text/html').body.textContent ?? '';
}

/**
 * FAQ pairs from `<script type="application/ld+json">` FAQPage objects.
 * @param inert makes the document that holds the answers' nodes (asked only when there is an FAQPage)
 * @param win the window whose DOMParser reads answer HTML: the page's (jsdom's in Node); the global one when null
 */
export function jsonLdFaq(scan: PageScan, inert: () => Document, win?: Window | null): Candidate[] {
  const pages: Record<string, unknown>[] = [];
  const ids = new Map<string, Record<string, unknown>>();
  for (const s of scan.jsonLd) {
    const json = parseJsonLd(s);
    findFaqPages(json, pages);
    indexIds(json, ids);
  }
  const out: Candidate[] = [];
  if (!pages.length) return out;
  const view = win ?? (typeof window !== 'undefined' ? window : undefined);
  if (!view) throw new Error("jsonLdFaq needs a window (pass jsdom's in Node).");
  const parser = new (view as Window & typeof globalThis).DOMParser();
  const into = inert();
  for (const page of pages) {
    const questions: Record<string, unknown>[] = [];
    questionsOf(page.mainEntity ?? page.hasPart ?? page.itemListElement, ids, questions);
    for (const q of questions) {
      const question = normalizeSpace(decodeHtml(into, parser, str(q.name ?? q.text)).textContent ?? '');
      const answers = asList(q.acceptedAnswer).length ? asList(q.acceptedAnswer) : asList(q.suggestedAnswer);
      const raw = answers.map((a) => str(a)).find((a) => a.trim()) ?? '';
      // A "question" that is the FAQ's title ("COMMON QUESTIONS", wcxb-dev 0590) is a CMS slip.
      if (!question || !raw.trim() || isFaqHeading(question)) continue;
      const frag = decodeHtml(into, parser, raw);
      out.push({ question, source: 'jsonld', answerNodes: Array.from(frag.childNodes) });
    }
  }
  return out;
}

/** True when the page declares itself a question-and-answer thread or a forum. */
export function isQaOrForumPage(scan: PageScan): boolean {
  const re = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:QAPage|DiscussionForumPosting)"/;
  if (scan.jsonLd.some((s) => re.test(s))) return true;
  return scan.itemTypes.some((el) =>
    /schema\.org\/(?:QAPage|DiscussionForumPosting)\b/i.test(el.getAttribute('itemtype') ?? ''),
  );
}

function isType(el: Element, type: string): boolean {
  return new RegExp(`schema\\.org/${type}(?:$|[\\s#/])`, 'i').test(el.getAttribute('itemtype') ?? '');
}

/** FAQ pairs from microdata: Question items inside an FAQPage item. */
export function microdataFaq(scan: PageScan): Candidate[] {
  const out: Candidate[] = [];
  for (const page of scan.itemTypes.filter((el) => isType(el, 'FAQPage'))) {
    for (const q of scan.itemTypes.filter((el) => page.contains(el) && isType(el, 'Question'))) {
      if (inExcludedArea(q)) continue;
      const nameEl = ownProp(q, 'name');
      const answer = ownProp(q, 'acceptedAnswer') ?? ownProp(q, 'suggestedAnswer');
      const textEl = answer ? (ownProp(answer, 'text') ?? answer) : null;
      if (!nameEl || !textEl) continue;
      const question = nameEl.getAttribute('content') || elementText(nameEl);
      if (!question) continue;
      out.push({
        question,
        source: 'microdata',
        qEl: nameEl,
        answerNodes: Array.from(textEl.childNodes),
        answerEls: [textEl],
        region: [page],
      });
    }
  }
  return out;
}

/** The first element with `itemprop` = prop that belongs to this item, not to a nested one. */
function ownProp(item: Element, prop: string): Element | null {
  for (const el of Array.from(item.querySelectorAll(`[itemprop~="${prop}"]`))) {
    let scope = el.parentElement;
    while (scope && scope !== item && !scope.hasAttribute('itemscope')) scope = scope.parentElement;
    if (scope === item) return el;
  }
  return null;
}
