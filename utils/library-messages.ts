import type { ExtractedArticle } from '../lib/types';
import { FIND_SAVED, IMAGE_ACCESS, SAVE_ARTICLE, isSaveReply, send, type SaveReply } from './messages';

/**
 * The popup saves through the background (issue #7): the background page or
 * service worker holds the library code, so the popup's first paint does not
 * load it (issue #6), and a save goes on to the end when the popup closes
 * mid-way (issue #9: nothing lost). utils/library-service.ts answers.
 */

/** Saves the article (with images when `imageAccess`); resolves when it is stored, or says why not. */
export async function saveInBackground(article: ExtractedArticle, imageAccess: boolean): Promise<SaveReply> {
  try {
    const reply = await send({ type: SAVE_ARTICLE, article, imageAccess });
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
  return (await send({ type: FIND_SAVED, url }).catch(() => false)) === true;
}

/** True when Precis may already download every image of the article. */
export async function hasImageAccessFor(article: ExtractedArticle): Promise<boolean> {
  return (await send({ type: IMAGE_ACCESS, article }).catch(() => false)) === true;
}
