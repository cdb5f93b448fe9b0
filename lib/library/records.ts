import type { ExtractedArticle } from '../types';

/**
 * What the offline library keeps (issue #7). The list reads only the small
 * `LibraryEntry` records; the article itself (HTML, text, points, FAQ) is a
 * separate `LibraryBody`, so that opening a library of thousands of articles
 * reads kilobytes, not megabytes.
 */

/** An image the reader wanted but Precis did not keep, and why. */
export interface SkippedImage {
  url: string;
  reason: 'cap' | 'permission' | 'network' | 'type' | 'too-large';
}

/** One saved article as the library lists it. */
export interface LibraryEntry {
  /** Stable id, kept when the same page is saved again. */
  id: string;
  url: string;
  canonicalUrl?: string;
  /** Normalized addresses (page and canonical) that identify the page: a `multiEntry` index. */
  keys: string[];
  title: string;
  siteName?: string;
  byline?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  publishedTime?: string;
  excerpt?: string;
  readingMinutes: number;
  wordCount: number;
  /** When the page was first saved (ms since epoch). */
  savedAt: number;
  /** When it was last saved again. */
  updatedAt: number;
  read: boolean;
  readAt?: number;
  tags: string[];
  notes: string;
  imageCount: number;
  imageBytes: number;
  skippedImages: SkippedImage[];
}

/** The saved article itself. Kept images are `<img src="precis-image:ID" data-precis-src="original">`. */
export interface LibraryBody {
  id: string;
  article: ExtractedArticle;
}

/** One kept image. */
export interface StoredImage {
  /** `<articleId>-<n>`. */
  id: string;
  articleId: string;
  /** Where it was fetched from. */
  url: string;
  type: string;
  bytes: number;
  blob: Blob;
}

/** What a reader can change on an entry; saving the page again keeps these. */
export type ReaderState = Pick<LibraryEntry, 'read' | 'readAt' | 'tags' | 'notes' | 'savedAt'>;

const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|igshid|ref_src)$/i;

/**
 * The key that identifies a page: lower-case scheme and host, no fragment, no
 * tracking parameters, no trailing slash on the path. Undefined for what is
 * not an http(s) address.
 */
export function urlKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  u.hash = '';
  for (const name of Array.from(u.searchParams.keys())) if (TRACKING.test(name)) u.searchParams.delete(name);
  u.searchParams.sort();
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : '';
  return `${u.protocol}//${u.host.toLowerCase()}${path}${u.search}`;
}

/** The distinct keys of an article: its address and its canonical address. */
export function articleKeys(a: Pick<ExtractedArticle, 'url' | 'canonicalUrl'>): string[] {
  const keys = [urlKey(a.url), urlKey(a.canonicalUrl)].filter((k): k is string => !!k);
  return Array.from(new Set(keys.length ? keys : [a.url]));
}

/** The host name shown when a page names no site. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Builds the list record for an article. `previous` is the entry of an
 * earlier save of the same page: its read state, tags, notes and first
 * saved date are kept.
 */
export function entryFor(
  id: string,
  a: ExtractedArticle,
  now: number,
  images: { count: number; bytes: number; skipped: SkippedImage[] },
  previous?: ReaderState,
  autoTags: string[] = [],
): LibraryEntry {
  const tags = previous ? previous.tags : Array.from(new Set(autoTags.filter(Boolean)));
  return {
    id,
    url: a.url,
    ...(a.canonicalUrl ? { canonicalUrl: a.canonicalUrl } : {}),
    keys: articleKeys(a),
    title: a.title || hostOf(a.url) || a.url,
    ...optional(a),
    readingMinutes: a.readingMinutes,
    wordCount: a.wordCount,
    savedAt: previous?.savedAt ?? now,
    updatedAt: now,
    read: previous?.read ?? false,
    ...(previous?.readAt !== undefined ? { readAt: previous.readAt } : {}),
    tags,
    notes: previous?.notes ?? '',
    imageCount: images.count,
    imageBytes: images.bytes,
    skippedImages: images.skipped,
  };
}

function optional(a: ExtractedArticle): Partial<LibraryEntry> {
  const out: Partial<LibraryEntry> = {};
  const site = a.siteName || hostOf(a.url);
  if (site) out.siteName = site;
  if (a.byline) out.byline = a.byline;
  if (a.lang) out.lang = a.lang;
  if (a.dir) out.dir = a.dir;
  if (a.publishedTime) out.publishedTime = a.publishedTime;
  if (a.excerpt) out.excerpt = a.excerpt.slice(0, 400);
  return out;
}

/** Tag text as stored: trimmed, single spaces, lower case, at most 64 characters. */
export function normalizeTag(tag: string): string {
  return tag.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 64);
}
