import { browser } from 'wxt/browser';
import type { ExtractedArticle } from '../lib/types';
import { isExtractResult } from '../lib/validate';

/**
 * The popup saves through the background (issue #7): the background page or
 * service worker holds the library code, so the popup's first paint does not
 * load it (issue #6), and a save goes on to the end when the popup closes
 * mid-way (issue #9: nothing lost). utils/library-service.ts answers.
 */

export const SAVE_ARTICLE = 'precis:save-article';
export const FIND_SAVED = 'precis:find-saved';
export const IMAGE_ACCESS = 'precis:image-access';

export type LibraryRequest =
  | { type: typeof SAVE_ARTICLE; article: ExtractedArticle; imageAccess: boolean }
  | { type: typeof FIND_SAVED; url: string }
  | { type: typeof IMAGE_ACCESS; article: ExtractedArticle };

export type SaveReply = { ok: true; note?: string } | { ok: false; message: string };

const isArticle = (v: unknown): v is ExtractedArticle => isExtractResult({ ok: true, article: v });

/** True when `v` is one of the requests above, with a well-formed article where one is carried. */
export function isLibraryRequest(v: unknown): v is LibraryRequest {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  if (m.type === SAVE_ARTICLE) return isArticle(m.article) && typeof m.imageAccess === 'boolean';
  if (m.type === FIND_SAVED) return typeof m.url === 'string';
  if (m.type === IMAGE_ACCESS) return isArticle(m.article);
  return false;
}

const ask = (request: LibraryRequest): Promise<unknown> => browser.runtime.sendMessage(request);

const isSaveReply = (v: unknown): v is SaveReply =>
  typeof v === 'object' &&
  v !== null &&
  ((v as SaveReply).ok === true
    ? ['string', 'undefined'].includes(typeof (v as { note?: unknown }).note)
    : typeof (v as { message?: unknown }).message === 'string');

/** Saves the article (with images when `imageAccess`); resolves when it is stored, or says why not. */
export async function saveInBackground(article: ExtractedArticle, imageAccess: boolean): Promise<SaveReply> {
  try {
    const reply = await ask({ type: SAVE_ARTICLE, article, imageAccess });
    return isSaveReply(reply) ? reply : { ok: false, message: 'Precis could not save this article. Try again.' };
  } catch (err) {
    return {
      ok: false,
      message: `Precis could not save this article: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
}

/** True when the library already holds an article saved from `url`. */
export async function isSaved(url: string): Promise<boolean> {
  return (await ask({ type: FIND_SAVED, url }).catch(() => false)) === true;
}

/** True when Precis may already download every image of the article. */
export async function hasImageAccessFor(article: ExtractedArticle): Promise<boolean> {
  return (await ask({ type: IMAGE_ACCESS, article }).catch(() => false)) === true;
}
