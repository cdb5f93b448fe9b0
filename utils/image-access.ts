import { browser } from 'wxt/browser';
import { collectImages } from '../lib/library/images';
import type { ExtractedArticle } from '../lib/types';

/**
 * Access to the sites an article's images come from, and persistent
 * storage (issue #7). Kept apart from the saving code so the popup can ask
 * for access inside the click (browsers allow the request only during a user
 * gesture) while the library code loads on demand.
 */

/** Why Precis asks for access to other sites, in one sentence. */
export const IMAGE_ACCESS_REASON =
  'To keep this article’s images offline, Precis needs permission to download them from the sites they are on; it fetches nothing else.';

const ALL_SITES = { origins: ['<all_urls>'] };

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

/** Asks for access to all sites' images; must run inside the click that asked to save. */
export async function requestImageAccess(): Promise<boolean> {
  return browser.permissions.request(ALL_SITES).catch(() => false);
}

/** Asks the browser to keep the library when disk runs low (a no-op where it cannot ask). */
export async function askPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persisted?.()) || ((await navigator.storage?.persist?.()) ?? false);
  } catch {
    return false;
  }
}
