import type { ExtractedArticle } from '../types';
import { base64ToBytes } from './base64';
import { IMAGE_TYPES } from './images';
import type { LibraryEntry, SkippedImage } from './records';

/**
 * The library's backup file (issue #7): one versioned JSON document with
 * every article, its reader state and its images as base64. Import checks
 * every field before anything is written, so a bad file changes nothing.
 */

export const BACKUP_FORMAT = 'precis-library-backup';
export const BACKUP_VERSION = 1;

/** One article as a backup holds it. */
export interface BackupArticle {
  entry: LibraryEntry;
  article: ExtractedArticle;
  images: { id: string; url: string; type: string; data: string }[];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  articles: BackupArticle[];
}

/** An article from a checked backup, images decoded. */
export interface ImportedArticle {
  entry: LibraryEntry;
  article: ExtractedArticle;
  images: { id: string; url: string; type: string; bytes: Uint8Array }[];
}

export type BackupCheck = { ok: true; articles: ImportedArticle[] } | { ok: false; error: string };

/**
 * Limits. A JavaScript string holds at most about 512 MiB, so no backup can
 * be bigger; the rest are far above what a real article needs and stop a
 * crafted file from filling the disk through one field.
 */
export const LIMITS = {
  fileChars: 512 * 2 ** 20,
  articles: 100_000,
  shortText: 4_096,
  url: 8_192,
  html: 10 * 2 ** 20,
  text: 5 * 2 ** 20,
  notes: 100_000,
  tags: 100,
  tag: 64,
  faq: 500,
  points: 100,
  imagesPerArticle: 1_000,
  imageBytes: 50 * 2 ** 20,
  skipped: 1_000,
} as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ID = /^[A-Za-z0-9_-]{1,64}$/;

class Invalid extends Error {}

type Obj = Record<string, unknown>;
const fail = (path: string, what: string): never => {
  throw new Invalid(`${path} ${what}.`);
};
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function obj(v: unknown, path: string, allowed: readonly string[]): Obj {
  if (!isObj(v)) fail(path, 'should be an object');
  for (const k of Object.keys(v as Obj)) if (!allowed.includes(k)) fail(`${path}.${k}`, 'is not a known field');
  return v as Obj;
}
function str(v: unknown, path: string, max: number): string {
  if (typeof v !== 'string') return fail(path, 'should be text');
  if (v.length > max) fail(path, `is longer than ${max.toLocaleString('en')} characters`);
  return v;
}
function optStr(v: unknown, path: string, max: number): string | undefined {
  return v === undefined ? undefined : str(v, path, max);
}
function num(v: unknown, path: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) fail(path, 'should be a number in range');
  return v as number;
}
function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') fail(path, 'should be true or false');
  return v as boolean;
}
function arr(v: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(v)) return fail(path, 'should be a list');
  if (v.length > max) fail(path, `has more than ${max.toLocaleString('en')} items`);
  return v;
}
function httpUrl(v: unknown, path: string): string {
  const s = str(v, path, LIMITS.url);
  if (!/^https?:\/\//i.test(s)) fail(path, 'should be an http(s) address');
  return s;
}
/** Copies the optional string fields that are present. */
function pickStrings<T extends string>(
  o: Obj,
  path: string,
  keys: readonly T[],
  max: number,
): Partial<Record<T, string>> {
  const out: Partial<Record<T, string>> = {};
  for (const k of keys) {
    const v = optStr(o[k], `${path}.${k}`, max);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

const ENTRY_KEYS = [
  'id',
  'url',
  'canonicalUrl',
  'keys',
  'title',
  'siteName',
  'byline',
  'lang',
  'dir',
  'publishedTime',
  'excerpt',
  'readingMinutes',
  'wordCount',
  'savedAt',
  'updatedAt',
  'read',
  'readAt',
  'tags',
  'notes',
  'imageCount',
  'imageBytes',
  'skippedImages',
] as const;
const SKIP_REASONS: readonly SkippedImage['reason'][] = ['cap', 'permission', 'network', 'type', 'too-large'];

function checkEntry(v: unknown, path: string): LibraryEntry {
  const o = obj(v, path, ENTRY_KEYS);
  const id = str(o.id, `${path}.id`, 64);
  if (!ID.test(id)) fail(`${path}.id`, 'is not a valid id');
  const dir = o.dir;
  if (dir !== undefined && dir !== 'ltr' && dir !== 'rtl') fail(`${path}.dir`, 'should be ltr or rtl');
  const entry: LibraryEntry = {
    id,
    url: httpUrl(o.url, `${path}.url`),
    ...(o.canonicalUrl !== undefined ? { canonicalUrl: httpUrl(o.canonicalUrl, `${path}.canonicalUrl`) } : {}),
    keys: arr(o.keys, `${path}.keys`, 4).map((k, i) => str(k, `${path}.keys[${i}]`, LIMITS.url)),
    title: str(o.title, `${path}.title`, LIMITS.shortText),
    ...pickStrings(o, path, ['siteName', 'byline', 'lang', 'publishedTime', 'excerpt'] as const, LIMITS.shortText),
    ...(dir !== undefined ? { dir: dir as 'ltr' | 'rtl' } : {}),
    readingMinutes: num(o.readingMinutes, `${path}.readingMinutes`, 0, 1e6),
    wordCount: num(o.wordCount, `${path}.wordCount`, 0, 1e8),
    savedAt: num(o.savedAt, `${path}.savedAt`),
    updatedAt: num(o.updatedAt, `${path}.updatedAt`),
    read: bool(o.read, `${path}.read`),
    ...(o.readAt !== undefined ? { readAt: num(o.readAt, `${path}.readAt`) } : {}),
    tags: arr(o.tags, `${path}.tags`, LIMITS.tags).map((t, i) => str(t, `${path}.tags[${i}]`, LIMITS.tag)),
    notes: str(o.notes, `${path}.notes`, LIMITS.notes),
    imageCount: num(o.imageCount, `${path}.imageCount`, 0, LIMITS.imagesPerArticle),
    imageBytes: num(o.imageBytes, `${path}.imageBytes`),
    skippedImages: arr(o.skippedImages, `${path}.skippedImages`, LIMITS.skipped).map((s, i) => {
      const p = `${path}.skippedImages[${i}]`;
      const so = obj(s, p, ['url', 'reason']);
      const reason = so.reason as SkippedImage['reason'];
      if (!SKIP_REASONS.includes(reason)) fail(`${p}.reason`, 'is not a known reason');
      return { url: str(so.url, `${p}.url`, LIMITS.url), reason };
    }),
  };
  if (entry.keys.length === 0) fail(`${path}.keys`, 'should not be empty');
  return entry;
}

const ARTICLE_STRINGS = [
  'canonicalUrl',
  'byline',
  'siteName',
  'lang',
  'publishedTime',
  'excerpt',
  'leadImage',
] as const;
const FAQ_SOURCES = ['jsonld', 'microdata', 'block', 'accordion', 'details', 'dl', 'section', 'headings'];
const POINTS_SOURCES = ['page-summary', 'standfirst', 'scored', 'none'];

/**
 * Checks an article. Known fields are checked by type and size; fields this
 * version does not know (added to ExtractedArticle later) are kept when they
 * are plain JSON of bounded size, so a backup round-trips losslessly.
 */
function checkArticle(v: unknown, path: string): ExtractedArticle {
  if (!isObj(v)) return fail(path, 'should be an object');
  const o = v;
  const dir = o.dir;
  if (dir !== undefined && dir !== 'ltr' && dir !== 'rtl') fail(`${path}.dir`, 'should be ltr or rtl');
  if (typeof o.pointsSource !== 'string' || !POINTS_SOURCES.includes(o.pointsSource)) {
    fail(`${path}.pointsSource`, 'is not a known source');
  }
  const known: ExtractedArticle = {
    url: httpUrl(o.url, `${path}.url`),
    title: str(o.title, `${path}.title`, LIMITS.shortText),
    ...pickStrings(o, path, ARTICLE_STRINGS, LIMITS.url),
    ...(dir !== undefined ? { dir: dir as 'ltr' | 'rtl' } : {}),
    html: str(o.html, `${path}.html`, LIMITS.html),
    text: str(o.text, `${path}.text`, LIMITS.text),
    wordCount: num(o.wordCount, `${path}.wordCount`, 0, 1e8),
    readingMinutes: num(o.readingMinutes, `${path}.readingMinutes`, 0, 1e6),
    faq: arr(o.faq, `${path}.faq`, LIMITS.faq).map((f, i) => {
      const p = `${path}.faq[${i}]`;
      const fo = obj(f, p, ['question', 'answer', 'answerHtml', 'source', 'anchor']);
      if (typeof fo.source !== 'string' || !FAQ_SOURCES.includes(fo.source))
        fail(`${p}.source`, 'is not a known source');
      return {
        question: str(fo.question, `${p}.question`, LIMITS.shortText),
        answer: str(fo.answer, `${p}.answer`, LIMITS.notes),
        answerHtml: str(fo.answerHtml, `${p}.answerHtml`, LIMITS.notes * 4),
        source: fo.source as ExtractedArticle['faq'][number]['source'],
        ...(fo.anchor !== undefined ? { anchor: str(fo.anchor, `${p}.anchor`, 256) } : {}),
      };
    }),
    points: arr(o.points, `${path}.points`, LIMITS.points).map((pt, i) => {
      const p = `${path}.points[${i}]`;
      const po = obj(pt, p, ['text', 'block', 'sentence']);
      return {
        text: str(po.text, `${p}.text`, LIMITS.shortText),
        ...(po.block !== undefined ? { block: num(po.block, `${p}.block`, 0, 1e7) } : {}),
        ...(po.sentence !== undefined ? { sentence: str(po.sentence, `${p}.sentence`, LIMITS.shortText) } : {}),
      };
    }),
    pointsSource: o.pointsSource as ExtractedArticle['pointsSource'],
    isArticle: bool(o.isArticle, `${path}.isArticle`),
  };
  const extra: Obj = {};
  for (const k of Object.keys(o)) {
    if (k in known || isKnownArticleKey(k)) continue;
    if (JSON.stringify(o[k]).length > LIMITS.shortText * 16) fail(`${path}.${k}`, 'is too large');
    extra[k] = o[k];
  }
  return { ...extra, ...known };
}
const ARTICLE_KEYS = new Set<string>([
  'url',
  'title',
  'html',
  'text',
  'wordCount',
  'readingMinutes',
  'faq',
  'points',
  'pointsSource',
  'isArticle',
  'dir',
  ...ARTICLE_STRINGS,
]);
const isKnownArticleKey = (k: string) => ARTICLE_KEYS.has(k);

function checkImages(v: unknown, path: string, articleId: string): ImportedArticle['images'] {
  const seen = new Set<string>();
  return arr(v, path, LIMITS.imagesPerArticle).map((im, i) => {
    const p = `${path}[${i}]`;
    const o = obj(im, p, ['id', 'url', 'type', 'data']);
    const id = str(o.id, `${p}.id`, 64 + 12);
    if (!id.startsWith(`${articleId}-`) || !ID.test(id.slice(articleId.length + 1)))
      fail(`${p}.id`, 'does not belong to its article');
    if (seen.has(id)) fail(`${p}.id`, 'is repeated');
    seen.add(id);
    const type = str(o.type, `${p}.type`, 64);
    if (!IMAGE_TYPES.test(type)) fail(`${p}.type`, 'is not an image type Precis keeps');
    const data = str(o.data, `${p}.data`, Math.ceil(LIMITS.imageBytes / 3) * 4);
    const bytes = base64ToBytes(data);
    if (!bytes) fail(`${p}.data`, 'is not base64');
    return { id, url: httpUrl(o.url, `${p}.url`), type, bytes: bytes! };
  });
}

/**
 * Reads and checks a backup file's text. Either every article is valid, or
 * the answer names the first problem found: nothing half-checked gets through.
 */
export function parseBackup(text: string): BackupCheck {
  if (text.length > LIMITS.fileChars) return { ok: false, error: 'This file is too large to be a Precis backup.' };
  let data: unknown;
  try {
    data = JSON.parse(text, function (this: unknown, key: string, value: unknown) {
      if (FORBIDDEN_KEYS.has(key)) throw new Invalid(`The backup contains a forbidden field name (“${key}”).`);
      return value;
    });
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, error: `${err.message} Nothing was imported.` };
    return {
      ok: false,
      error: 'This file is not a complete Precis backup: it is cut short or not JSON. Nothing was imported.',
    };
  }
  try {
    return { ok: true, articles: checkBackup(data) };
  } catch (err) {
    if (!(err instanceof Invalid)) throw err;
    return { ok: false, error: `This backup is not valid: ${err.message} Nothing was imported.` };
  }
}

function checkBackup(data: unknown): ImportedArticle[] {
  if (!isObj(data) || data.format !== BACKUP_FORMAT) {
    throw new Invalid('it is not a Precis library backup (no “format” field).');
  }
  if (data.version !== BACKUP_VERSION) {
    throw new Invalid(
      typeof data.version === 'number' && data.version > BACKUP_VERSION
        ? `it was written by a newer Precis (format version ${data.version}); update Precis to import it.`
        : `format version ${String(data.version)} is not one this Precis reads.`,
    );
  }
  const top = obj(data, 'backup', ['format', 'version', 'exportedAt', 'articles']);
  str(top.exportedAt, 'backup.exportedAt', 64);
  const ids = new Set<string>();
  return arr(top.articles, 'backup.articles', LIMITS.articles).map((a, i) => {
    const path = `articles[${i}]`;
    const o = obj(a, path, ['entry', 'article', 'images']);
    const entry = checkEntry(o.entry, `${path}.entry`);
    if (ids.has(entry.id)) fail(`${path}.entry.id`, 'is repeated');
    ids.add(entry.id);
    const article = checkArticle(o.article, `${path}.article`);
    const images = checkImages(o.images, `${path}.images`, entry.id);
    return { entry, article, images };
  });
}
