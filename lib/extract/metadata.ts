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
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES =
  /^(?:News|Report|Scholarly|Tech|Blog|Opinion|Analysis|Review|Satirical)?Article$|^BlogPosting$|^LiveBlogPosting$|^WebPage$/;

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every JSON-LD object on the page, flattening arrays and `@graph`. */
export function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json | undefined, depth: number) => {
    if (depth > 8 || v === undefined) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph']) visit(v['@graph'], depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
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

function names(v: Json | undefined): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (isObject(v) && typeof v.name === 'string') return [v.name];
  return [];
}

function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content');
    if (content && content.trim()) return normalizeSpace(content);
  }
  return undefined;
}

/** Turns a date string into an ISO 8601 instant, or undefined when it is not a date. */
export function toIsoDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s.trim());
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** Removes a trailing " - Site Name" (or "| Site", "— Site") from a title. */
export function stripSiteSuffix(title: string, siteName?: string): string {
  const t = normalizeSpace(title);
  if (siteName) {
    const site = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const stripped = t.replace(new RegExp(`\\s+[-–—|:·•]\\s+${site}\\s*$`, 'i'), '');
    const head = stripped.replace(new RegExp(`^${site}\\s+[-–—|:·•]\\s+`, 'i'), '');
    if (head.length > 0) return head;
  }
  return t;
}

/** Cleans an author string: no "By", no handles, no e-mail. */
export function cleanByline(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = normalizeSpace(s)
    .replace(/^(?:by|von|par|por|di|door)\s*[:\s]/i, '')
    .replace(/\s*@\w+/g, '')
    .replace(/\S+@\S+\.\w+/g, '')
    .replace(/^[\s,|-]+|[\s,|-]+$/g, '');
  return t || undefined;
}

/** Reads title, byline, site, date, language and image from structured data, OpenGraph and meta tags. */
export function readMetadata(doc: Document): PageMetadata {
  const ld = jsonLdObjects(doc);
  const article =
    ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ??
    ld.find((o) => types(o).includes('WebPage'));
  const site = ld.find((o) => types(o).includes('WebSite'));
  const str = (v: Json | undefined) => (typeof v === 'string' ? normalizeSpace(v) : undefined);

  const siteName =
    meta(doc, 'og:site_name', 'application-name') ??
    (article ? names(article.publisher)[0] : undefined) ??
    (site ? str(site.name) : undefined);
  const rawTitle =
    (article ? (str(article.headline) ?? str(article.name)) : undefined) ??
    meta(doc, 'og:title', 'twitter:title', 'title') ??
    normalizeSpace(doc.title);
  const authors = article
    ? names(article.author)
        .map(cleanByline)
        .filter((x): x is string => !!x)
    : [];
  const byline =
    authors.length > 0
      ? authors.join(', ')
      : cleanByline(meta(doc, 'author', 'article:author', 'parsely-author', 'dc.creator', 'sailthru.author'));
  const published =
    toIsoDate(article ? str(article.datePublished) : undefined) ??
    toIsoDate(meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date', 'parsely-pub-date')) ??
    toIsoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined);
  const image = article?.image;
  const leadImage =
    meta(doc, 'og:image', 'twitter:image') ??
    (typeof image === 'string'
      ? image
      : isObject(image)
        ? str(image.url)
        : Array.isArray(image)
          ? str(image[0])
          : undefined);
  const htmlEl = doc.documentElement;
  const lang = htmlEl.getAttribute('lang')?.trim() || meta(doc, 'og:locale')?.replace('_', '-') || undefined;
  const dirAttr = (htmlEl.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');

  return {
    title: rawTitle ? stripSiteSuffix(rawTitle, siteName) : undefined,
    byline,
    siteName,
    publishedTime: published,
    lang,
    dir: dirAttr === 'rtl' ? 'rtl' : dirAttr === 'ltr' ? 'ltr' : undefined,
    excerpt: meta(doc, 'description', 'og:description', 'twitter:description'),
    leadImage,
    canonicalUrl: canonical ?? undefined,
  };
}
