import type { PageCopy, PageSnapshot } from './extract/snapshot';
import type { ExtractOptions, ExtractResult } from './types';

/**
 * Checks data that crossed from one context to another (page script ->
 * extension page) before anything renders it (issue #9). Only the shape is
 * checked here; HTML is sanitized again where it is rendered.
 */

const isStr = (v: unknown): v is string => typeof v === 'string';
const isOptStr = (v: unknown) => v === undefined || v === null || isStr(v);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when `v` has the shape of an ExtractResult. */
export function isExtractResult(v: unknown): v is ExtractResult {
  if (!isObj(v) || typeof v.ok !== 'boolean') return false;
  if (!v.ok) return isStr(v.kind) && isStr(v.message) && isOptStr(v.pageText);
  const a = v.article;
  if (!isObj(a)) return false;
  const strings = ['url', 'title', 'html', 'text'].every((k) => isStr(a[k]));
  const optional = ['canonicalUrl', 'byline', 'siteName', 'lang', 'dir', 'publishedTime', 'excerpt', 'leadImage'].every(
    (k) => isOptStr(a[k]),
  );
  const numbers = typeof a.wordCount === 'number' && typeof a.readingMinutes === 'number';
  const faq =
    Array.isArray(a.faq) &&
    a.faq.every((f) => isObj(f) && isStr(f.question) && isStr(f.answer) && isStr(f.answerHtml) && isOptStr(f.anchor));
  const points = Array.isArray(a.points) && a.points.every((p) => isObj(p) && isStr(p.text));
  return strings && optional && numbers && faq && points && typeof a.isArticle === 'boolean';
}

/** True when `v` has the shape of what the page script sends back (lib/extract/snapshot.ts). */
export function isPageSnapshot(v: unknown): v is PageSnapshot {
  if (!isObj(v)) return false;
  if (v.ok === true) return isPageCopy(v);
  return v.ok === false && v.kind === 'too-large' && isStr(v.message);
}

/** True when `v` is a copy of a page: its address, base address and HTML. */
export function isPageCopy(v: unknown): v is PageCopy {
  return isObj(v) && isStr(v.url) && isStr(v.baseUrl) && isStr(v.html);
}

/** Keeps only known extraction options with values of the right type. */
export function readExtractOptions(v: unknown): ExtractOptions {
  if (!isObj(v)) return {};
  const out: ExtractOptions = {};
  if (typeof v.clean === 'boolean') out.clean = v.clean;
  if (typeof v.faq === 'boolean') out.faq = v.faq;
  if (typeof v.fallbackText === 'boolean') out.fallbackText = v.fallbackText;
  if (typeof v.points === 'number' && Number.isInteger(v.points) && v.points >= 0 && v.points <= 20) {
    out.points = v.points;
  }
  return out;
}
