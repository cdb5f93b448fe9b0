/**
 * Images of a saved article (issue #7): which address to fetch for each
 * `<img>`, and how the saved HTML points at the kept copy. Saved HTML says
 * `<img src="precis-image:ID" data-precis-src="https://original">`; the
 * reader and the library swap in a `blob:` URL at render time, and an
 * unresolved placeholder is dropped by the sanitizer, so a saved article
 * never reaches for the network.
 */

import { srcsetCandidates } from '../extract/urls';

/** Widest candidate kept from a `srcset` (issue #7). */
export const MAX_IMAGE_WIDTH = 1600;
export const PLACEHOLDER_SCHEME = 'precis-image:';
export const ORIGINAL_ATTR = 'data-precis-src';

interface Candidate {
  url: string;
  width?: number;
  density?: number;
}

/** Parses a `srcset` attribute into its candidates (URLs may contain commas only when not followed by a space). */
export function parseSrcset(srcset: string): Candidate[] {
  const out: Candidate[] = [];
  for (const part of srcsetCandidates(srcset)) {
    const [url, descriptor] = part.split(/\s+/, 2);
    if (!url) continue;
    const w = descriptor?.match(/^(\d+)w$/i);
    const x = descriptor?.match(/^(\d+(?:\.\d+)?)x$/i);
    out.push({
      url: url.replace(/,$/, ''),
      ...(w ? { width: Number(w[1]) } : {}),
      ...(x ? { density: Number(x[1]) } : {}),
    });
  }
  return out;
}

/**
 * The address to keep for an image: the widest `srcset` candidate no wider
 * than `maxWidth` (the narrowest when all are wider), else the highest
 * density up to 2x, else `src`. Relative addresses resolve against `base`.
 */
export function pickImageUrl(
  src: string | null,
  srcset: string | null,
  base: string,
  maxWidth = MAX_IMAGE_WIDTH,
): string | undefined {
  const candidates = srcset ? parseSrcset(srcset) : [];
  const widths = candidates.filter((c) => c.width !== undefined).sort((a, b) => a.width! - b.width!);
  let chosen: string | undefined;
  if (widths.length) {
    const fitting = widths.filter((c) => c.width! <= maxWidth);
    chosen = (fitting.length ? fitting[fitting.length - 1] : widths[0])!.url;
  } else {
    const dens = candidates
      .filter((c) => c.density !== undefined && c.density <= 2)
      .sort((a, b) => a.density! - b.density!);
    chosen = dens.length ? dens[dens.length - 1]!.url : undefined;
  }
  chosen ??= src ?? undefined;
  if (!chosen || /^data:/i.test(chosen.trim())) return undefined;
  try {
    const u = new URL(chosen.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** One image of an article to fetch, in document order. */
export interface ImageRef {
  url: string;
}

/*
 * The saved HTML is the serialization of a sanitized DOM (lib/sanitize.ts):
 * attribute values are always double-quoted, text never holds a raw `<`,
 * comments are gone. So `<img>` tags can be found and rewritten as text,
 * which also works in the background service worker, where there is no
 * DOMParser. The pattern still steps over quoted values holding `>`.
 */
const IMG_TAG = /<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const PICTURE = /<picture\b[^>]*>[\s\S]*?<\/picture>/gi;
const SOURCE_TAG = /<source\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

const ENTITY: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITY[e.toLowerCase()] ?? m;
  });
}

const encodeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The attributes of one tag, in order, values decoded. */
function parseAttrs(tag: string): Map<string, string> {
  const inner = tag.replace(/^<img\b/i, '').replace(/\/?>$/, '');
  const attrs = new Map<string, string>();
  for (const m of inner.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

function serializeImg(attrs: Map<string, string>): string {
  return `<img${Array.from(attrs, ([k, v]) => ` ${k}="${encodeAttr(v)}"`).join('')}>`;
}

/** Calls `edit` on every `<img>`'s attributes; a tag is rewritten when `edit` returns true. */
function editImgs(html: string, edit: (attrs: Map<string, string>) => boolean): string {
  return html.replace(IMG_TAG, (tag) => {
    const attrs = parseAttrs(tag);
    return edit(attrs) ? serializeImg(attrs) : tag;
  });
}

/** The images worth keeping, in document order, one per distinct address. */
export function collectImages(html: string, base: string): ImageRef[] {
  const seen = new Set<string>();
  const out: ImageRef[] = [];
  editImgs(html, (attrs) => {
    const url = pickImageUrl(attrs.get('src') ?? null, attrs.get('srcset') ?? null, base);
    if (url && !seen.has(url)) {
      seen.add(url);
      out.push({ url });
    }
    return false;
  });
  return out;
}

/**
 * Points every `<img>` whose chosen address was kept at its stored copy:
 * `src` becomes the placeholder, `srcset`/`sizes` go, and so do the
 * `<source>`s of its `<picture>` (they would all reach for the network).
 * @param kept chosen address -> stored image id
 */
export function markStoredImages(html: string, base: string, kept: ReadonlyMap<string, string>): string {
  const mark = (attrs: Map<string, string>) => {
    const url = pickImageUrl(attrs.get('src') ?? null, attrs.get('srcset') ?? null, base);
    const id = url ? kept.get(url) : undefined;
    if (!url || !id) return false;
    attrs.set('src', PLACEHOLDER_SCHEME + id);
    attrs.set(ORIGINAL_ATTR, url);
    attrs.delete('srcset');
    attrs.delete('sizes');
    return true;
  };
  const withPictures = html.replace(PICTURE, (picture) => {
    const marked = editImgs(picture, mark);
    return marked === picture ? picture : marked.replace(SOURCE_TAG, '');
  });
  return editImgs(withPictures, mark);
}

/** The stored image id of a placeholder `src`, if it is one. */
export function placeholderId(src: string | null | undefined): string | undefined {
  return src?.startsWith(PLACEHOLDER_SCHEME) ? src.slice(PLACEHOLDER_SCHEME.length) : undefined;
}

/**
 * Replaces each placeholder with what `resolve` gives for its id (a `blob:`
 * or `data:` URL, or the original address for an online export). A
 * placeholder `resolve` has nothing for stays, and the sanitizer drops it.
 */
export function resolvePlaceholders(
  html: string,
  resolve: (id: string, original: string | undefined) => string | undefined,
): string {
  return editImgs(html, (attrs) => {
    const id = placeholderId(attrs.get('src'));
    const url = id === undefined ? undefined : resolve(id, attrs.get(ORIGINAL_ATTR));
    if (!url) return false;
    attrs.set('src', url);
    return true;
  });
}

/** Ids of the stored images an article's HTML refers to, in order. */
export function placeholderIds(html: string): string[] {
  const ids: string[] = [];
  editImgs(html, (attrs) => {
    const id = placeholderId(attrs.get('src'));
    if (id !== undefined) ids.push(id);
    return false;
  });
  return ids;
}

/** Image types kept: rasters the sanitizer lets through as data: URLs too (no SVG: it is a document). */
export const IMAGE_TYPES = /^image\/(?:png|jpeg|gif|webp|avif|bmp)$/;

/** The image type from a Content-Type header, or undefined when it is not one kept. */
export function imageType(contentType: string | null): string | undefined {
  const t = contentType?.split(';')[0]?.trim().toLowerCase().replace('image/jpg', 'image/jpeg');
  return t && IMAGE_TYPES.test(t) ? t : undefined;
}
