import { normalizeSpace } from '../text/blocks';

/** Page metadata read before Readability changes the document. */
export interface PageMetadata {
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  excerpt?: string;
  leadImage?: string;
  canonicalUrl?: string;
  /** schema.org `@type`s of the page's JSON-LD, for the article signal. */
  schemaTypes: string[];
  /**
   * schema.org types of the page's outermost microdata items, for the
   * article signal: they may say a page is not an article, never that it is
   * (article-signal.ts).
   */
  itemTypes: string[];
  /** The page's `og:type`. */
  ogType?: string;
  /** The titles the page gives itself, as written: `<title>`, og:title, twitter:title (clutter-title.ts). */
  titles: string[];
  /** Its descriptions, as written: meta description, og: and twitter: (clutter-title.ts). */
  descriptions: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES =
  /^(?:News|Report|Scholarly|Tech|Blog|Opinion|Analysis|Review|Satirical)?Article$|^BlogPosting$|^LiveBlogPosting$|^WebPage$/;

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every JSON-LD object on the page, flattening arrays and `@graph`. */
export function jsonLdObjects(doc: Document, scripts?: Element[]): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json | undefined, depth: number) => {
    if (depth > 8 || v === undefined) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph']) visit(v['@graph'], depth + 1);
    }
  };
  for (const script of scripts ?? Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(script.textContent ?? '') as Json, 0);
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
    }
  }
  return out;
}

function types(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Items that wrap a whole page (a theme's `<body itemscope itemtype=".../WebPage">`) and say nothing of its kind. */
const PAGE_WRAPPERS = /^(?:WebPage|WebSite)$/;

const itemType = (el: Element): string[] =>
  (el.getAttribute('itemtype') ?? '')
    .split(/\s+/)
    .map((t) => /^https?:\/\/schema\.org\/(\w+)$/i.exec(t)?.[1])
    .filter((t): t is string => !!t);

const isPageWrapper = (el: Element): boolean => {
  const types = itemType(el);
  return types.length > 0 && types.every((t) => PAGE_WRAPPERS.test(t));
};

/**
 * The types of the page's outermost microdata items: a forum's
 * `<div itemscope itemtype="http://schema.org/DiscussionForumPosting">`
 * around the thread (WCXB-dev 4087). An item inside another one (a post's
 * author, a comment) describes a part of the page, not the page; a page
 * wrapper around it does not count.
 */
function microdataTypes(itemElements: Iterable<Element>): string[] {
  const out: string[] = [];
  for (const el of itemElements) {
    if (!el.hasAttribute('itemscope')) continue;
    let outer = el.parentElement?.closest('[itemscope]');
    while (outer && isPageWrapper(outer)) outer = outer.parentElement?.closest('[itemscope]');
    if (!outer) out.push(...itemType(el));
  }
  return out;
}

function names(v: Json | undefined): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (isObject(v) && typeof v.name === 'string') return [v.name];
  return [];
}

/** Every `<meta>` value by lowercased property/name/itemprop, first one wins; read once per page. */
function metaIndex(metas: Element[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const el of metas) {
    const content = el.getAttribute('content');
    if (!content || !content.trim()) continue;
    const httpEquiv = el.getAttribute('http-equiv')?.toLowerCase();
    if (httpEquiv && !index.has(`http-equiv:${httpEquiv}`)) index.set(`http-equiv:${httpEquiv}`, content.trim());
    for (const attr of ['property', 'name', 'itemprop']) {
      // Some pages put several names in one attribute ("og:title twitter:title").
      for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !index.has(key)) index.set(key, normalizeSpace(content));
      }
    }
  }
  return index;
}

/** Turns a date string into an ISO 8601 instant, or undefined when it is not a date. */
export function toIsoDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s.trim());
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

const SEPARATOR = String.raw`\s+[-–—|:·•»/]\s+|\s*[|·•»]\s*`;

/** Letters and digits only, lowercased: "The-Verge.com" and "The Verge" compare alike. */
function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Removes a site name from either end of a title ("Story - Site", "Site | Story").
 * The site is the given site name, the page's host name ("example" for
 * www.example.co.uk), or any end segment when the rest equals `headline`
 * (the page's own h1). A title that is nothing but the site is kept.
 */
export function stripSiteSuffix(title: string, siteName?: string, host?: string, headline?: string): string {
  const t = normalizeSpace(title);
  const parts = t.split(new RegExp(`(${SEPARATOR})`));
  if (parts.length < 3) return t;
  const hostWord = host ? squash(host.replace(/^www\d*\./, '').split('.')[0] ?? '') : '';
  const isSite = (seg: string) => {
    const q = squash(seg);
    // A site name is short; "Apple unveils a new phone" is not the site apple.com.
    if (q.length < 3 || seg.trim().split(/\s+/).length > 4) return false;
    if (siteName && (q === squash(siteName) || squash(siteName).startsWith(q))) return true;
    if (hostWord.length <= 2) return false;
    // "BBC News" on bbc.co.uk, but not "Apple unveils a phone" on apple.com.
    return q === hostWord || q === `${hostWord}com` || (q.startsWith(hostWord) && seg.trim().split(/\s+/).length <= 2);
  };
  // parts alternate text, separator, text...; try the last and the first segment.
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  const withoutLast = parts.slice(0, -2).join('');
  const withoutFirst = parts.slice(2).join('');
  const head = headline ? squash(headline) : '';
  if (isSite(last) || (head && squash(withoutLast) === head)) return withoutLast.trim() || t;
  if (isSite(first) || (head && squash(withoutFirst) === head)) return withoutFirst.trim() || t;
  return t;
}

const BY_PREFIX =
  /^(?:(?:written|posted|reported|published|text|words|story|photos?)\s+)?(?:by|von|par|por|di|door|av|af|przez|od)\s*[:\s]\s*/i;

/** Cleans an author string: no "By", no handles, no e-mail, no profile URL, no "| Staff". */
export function cleanByline(s: string | undefined): string | undefined {
  if (!s) return undefined;
  if (/^\s*https?:\/\//i.test(s)) {
    // A profile URL (article:author often is one): keep only a readable last path segment.
    const seg =
      s
        .replace(/[?#].*$/, '')
        .replace(/\/+$/, '')
        .split('/')
        .pop() ?? '';
    const name = decodeURIComponent(seg).replace(/[-_]+/g, ' ').trim();
    return /^[\p{L} .']{3,60}$/u.test(name) && name.includes(' ') && !/\.(?:com|org|net)$/i.test(name)
      ? name.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())
      : undefined;
  }
  const t = normalizeSpace(s)
    .replace(BY_PREFIX, '')
    .replace(/\S+@\S+\.\w+/g, '')
    .replace(/(?:^|\s)@\w+/g, '')
    .replace(/\s*[|•·]\s*.*$/, '')
    .replace(/^[\s,|–—-]+|[\s,|–—-]+$/g, '');
  if (!t || t.length > 100 || /^https?:/i.test(t)) return undefined;
  return t;
}

/** Languages written right to left (by primary subtag). */
const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'ckb', 'dv', 'syr', 'arc']);

/** The direction a BCP 47 language tag is written in, when it says. */
export function langDirection(lang: string | undefined): 'ltr' | 'rtl' | undefined {
  if (!lang) return undefined;
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return undefined;
  return RTL_LANGS.has(primary) ? 'rtl' : 'ltr';
}

/** The page's elements of METADATA_TAGS by tag: one walk, no list of every element, and localName (a plain field; tagName is recomputed under jsdom). */
function metadataTags(doc: Document): Map<string, Element[]> {
  const byTag = new Map<string, Element[]>();
  const walker = doc.createTreeWalker(doc.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    fileMetadataTag(byTag, el, el.localName);
  }
  return byTag;
}

function firstDate(...candidates: (string | null | undefined)[]): string | undefined {
  for (const c of candidates) {
    const iso = toIsoDate(c ?? undefined);
    if (iso) return iso;
  }
  return undefined;
}

/** The tags whose elements `readMetadata` reads. */
export const METADATA_TAGS: ReadonlySet<string> = new Set(['meta', 'script', 'h1', 'time', 'link']);

/** Files an element under its tag when it is one of METADATA_TAGS (`tag` is its `localName`). */
export function fileMetadataTag(byTag: Map<string, Element[]>, el: Element, tag: string): void {
  if (!METADATA_TAGS.has(tag)) return;
  const list = byTag.get(tag);
  if (list) list.push(el);
  else byTag.set(tag, [el]);
}

/**
 * Reads title, byline, site, date, language and image from structured data, OpenGraph and meta tags; `pageUrl` is where the page was read (a parsed copy has its own URL).
 * @param byTag the page's elements of METADATA_TAGS by tag, in document
 *   order, when a walk of the page has filed them already (the FAQ's scan,
 *   just before: one walk of the page fewer, issue #3's speed target)
 * @param itemElements the page's elements with an `itemtype`, which the same
 *   scan files (`PageScan.itemTypes`)
 */
export function readMetadata(
  doc: Document,
  pageUrl: string = doc.URL,
  byTag: ReadonlyMap<string, Element[]> = metadataTags(doc),
  itemElements: Iterable<Element> = doc.querySelectorAll('[itemtype]'),
): PageMetadata {
  const tagged = (tag: string) => byTag.get(tag) ?? [];
  const ld = jsonLdObjects(doc, tagged('script'));
  const index = metaIndex(tagged('meta'));
  const defined = (keys: string[]) => keys.flatMap((k) => index.get(k) ?? []);
  const meta = (...keys: string[]) => defined(keys)[0];
  const descriptions = defined(['description', 'og:description', 'twitter:description']);
  const article =
    ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ??
    ld.find((o) => types(o).includes('WebPage'));
  const site = ld.find((o) => types(o).includes('WebSite') || types(o).includes('Organization'));
  const str = (v: Json | undefined) => (typeof v === 'string' && v.trim() ? normalizeSpace(v) : undefined);

  const siteName =
    meta('og:site_name', 'application-name') ??
    (article ? names(article.publisher)[0] : undefined) ??
    (site ? str(site.name) : undefined);
  const rawTitle =
    (article ? (str(article.headline) ?? str(article.name)) : undefined) ??
    meta('og:title', 'twitter:title', 'title') ??
    normalizeSpace(doc.title);
  const h1s = tagged('h1');
  const headline = h1s.length === 1 ? normalizeSpace(h1s[0]!.textContent ?? '') : undefined;
  let host: string | undefined;
  try {
    host = new URL(pageUrl).hostname;
  } catch {
    host = undefined;
  }
  const authors = article ? [...new Set(names(article.author).map(cleanByline))].filter((x): x is string => !!x) : [];
  const byline =
    authors.length > 0
      ? authors.join(', ')
      : cleanByline(
          meta('author', 'article:author', 'parsely-author', 'dc.creator', 'sailthru.author', 'byl', 'twitter:creator'),
        );
  const times = tagged('time').filter((t) => t.hasAttribute('datetime'));
  const timeEl =
    times.find((t) => /\bdatePublished\b/.test(t.getAttribute('itemprop') ?? '') || t.hasAttribute('pubdate')) ??
    times[0];
  const published = firstDate(
    article ? str(article.datePublished) : undefined,
    meta(
      'article:published_time',
      'datepublished',
      'og:published_time',
      'publish-date',
      'pubdate',
      'date',
      'dc.date',
      'dc.date.issued',
      'dcterms.created',
      'parsely-pub-date',
      'sailthru.date',
    ),
    article ? str(article.dateCreated) : undefined,
    timeEl?.getAttribute('datetime'),
  );
  const image = article?.image;
  const leadImage =
    meta('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ??
    (typeof image === 'string'
      ? image
      : isObject(image)
        ? str(image.url)
        : Array.isArray(image)
          ? (str(image[0]) ?? (isObject(image[0]) ? str(image[0].url) : undefined))
          : undefined);
  const htmlEl = doc.documentElement;
  const httpLang = index.get('http-equiv:content-language');
  const lang =
    htmlEl.getAttribute('lang')?.trim() ||
    htmlEl.getAttribute('xml:lang')?.trim() ||
    doc.body?.getAttribute('lang')?.trim() ||
    httpLang?.split(',')[0]?.trim() ||
    (article ? str(article.inLanguage) : undefined) ||
    meta('og:locale')?.replace('_', '-') ||
    undefined;
  const dirAttr = (htmlEl.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  const dir = dirAttr === 'rtl' ? 'rtl' : dirAttr === 'ltr' ? 'ltr' : langDirection(lang);
  const canonical =
    tagged('link')
      .find((l) => l.getAttribute('rel')?.toLowerCase() === 'canonical')
      ?.getAttribute('href') ?? meta('og:url');

  return {
    title: rawTitle ? stripSiteSuffix(rawTitle, siteName, host, headline) : undefined,
    byline,
    siteName,
    publishedTime: published,
    lang,
    dir,
    excerpt: descriptions[0],
    leadImage,
    canonicalUrl: canonical ?? undefined,
    schemaTypes: [...new Set(ld.flatMap(types))],
    itemTypes: [...new Set(microdataTypes(itemElements))],
    ogType: meta('og:type')?.toLowerCase(),
    titles: [doc.title, ...defined(['og:title', 'twitter:title'])],
    descriptions,
  };
}
