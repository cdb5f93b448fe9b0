import { browser } from 'wxt/browser';
import { collectImages, imageType, type ImageRef } from '../lib/library/images';
import { hostOf, type SkippedImage } from '../lib/library/records';
import type { ExtractedArticle } from '../lib/types';
import { library } from './library-db';
import type { FetchedImage } from './library-writes';
import { settings } from './settings';

/**
 * Saving an article for offline reading (issue #7): fetch its images within
 * the reader's cap, then store everything in one transaction. Used by the
 * popup's Save button and by the background (context menu, keyboard).
 */

/** The origin patterns an article's images come from. */
export function imageOrigins(article: ExtractedArticle): string[] {
  const origins = new Set<string>();
  for (const ref of collectImages(article.html, article.url)) {
    try {
      origins.add(`${new URL(ref.url).origin}/*`);
    } catch {
      // collectImages only returns absolute http(s) addresses
    }
  }
  return Array.from(origins);
}

/** True when Precis may already fetch every image of the article. */
export async function hasImageAccess(article: ExtractedArticle): Promise<boolean> {
  const origins = imageOrigins(article);
  if (!origins.length) return true;
  return browser.permissions.contains({ origins }).catch(() => false);
}

/** Downloads images, in document order, four at a time, keeping at most `capBytes` in all. */
export async function fetchImages(
  refs: readonly ImageRef[],
  capBytes: number,
): Promise<{ images: FetchedImage[]; skipped: SkippedImage[] }> {
  const results: (FetchedImage | SkippedImage)[] = new Array(refs.length);
  let used = 0;
  let next = 0;
  const one = async (ref: ImageRef): Promise<FetchedImage | SkippedImage> => {
    try {
      const res = await fetch(ref.url, { credentials: 'omit', signal: AbortSignal.timeout(20_000) });
      if (!res.ok) return { url: ref.url, reason: 'network' };
      const type = imageType(res.headers.get('content-type'));
      if (!type) return { url: ref.url, reason: 'type' };
      const announced = Number(res.headers.get('content-length') ?? 0);
      if (announced > capBytes) return { url: ref.url, reason: 'too-large' };
      if (used + announced > capBytes) return { url: ref.url, reason: 'cap' };
      const blob = await res.blob();
      if (blob.size > capBytes) return { url: ref.url, reason: 'too-large' };
      if (used + blob.size > capBytes) return { url: ref.url, reason: 'cap' };
      used += blob.size;
      return { url: ref.url, type, blob: blob.type === type ? blob : new Blob([blob], { type }) };
    } catch {
      return { url: ref.url, reason: 'network' };
    }
  };
  const worker = async () => {
    while (next < refs.length) {
      const i = next++;
      results[i] = await one(refs[i]!);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return {
    images: results.filter((r): r is FetchedImage => 'blob' in r),
    skipped: results.filter((r): r is SkippedImage => !('blob' in r)),
  };
}

export type SaveOutcome =
  | { ok: true; id: string; updated: boolean; images: number; skipped: SkippedImage[]; textOnly?: 'permission' }
  | { ok: false; message: string };

/**
 * Saves an article with its images when the reader's settings ask for them
 * and Precis may fetch them (`imageAccess`); otherwise text only.
 */
export async function saveArticle(article: ExtractedArticle, imageAccess: boolean): Promise<SaveOutcome> {
  const [saveImages, capMb, autoTag] = await Promise.all([
    settings.saveImages.getValue(),
    settings.imageCapMb.getValue(),
    settings.autoTagSite.getValue(),
  ]);
  const refs = saveImages ? collectImages(article.html, article.url) : [];
  let fetched: { images: FetchedImage[]; skipped: SkippedImage[] } = { images: [], skipped: [] };
  if (refs.length && imageAccess) fetched = await fetchImages(refs, Math.max(0, capMb) * 2 ** 20);
  else if (refs.length) fetched.skipped = refs.map((r) => ({ url: r.url, reason: 'permission' as const }));
  const site = article.siteName || hostOf(article.url);
  const result = await library.save(article, fetched.images, fetched.skipped, {
    autoTags: autoTag && site ? [site.toLowerCase()] : [],
  });
  if (!result.ok) return { ok: false, message: result.message };
  return {
    ok: true,
    id: result.id,
    updated: result.updated,
    images: fetched.images.length,
    skipped: fetched.skipped,
    ...(refs.length && !imageAccess ? { textOnly: 'permission' as const } : {}),
  };
}

/** One line about skipped images, or undefined when none were skipped. */
export function skippedSummary(skipped: readonly SkippedImage[], textOnly?: 'permission'): string | undefined {
  if (textOnly === 'permission') return 'Saved the text only: Precis was not allowed to download the images.';
  if (!skipped.length) return undefined;
  const cap = skipped.filter((s) => s.reason === 'cap' || s.reason === 'too-large').length;
  const n = skipped.length;
  const what = `${n} image${n === 1 ? '' : 's'} not kept`;
  return cap ? `${what} (${cap} over the image size limit in Settings).` : `${what} (could not be downloaded).`;
}
