import { browser } from 'wxt/browser';

/**
 * Asking for access to the sites an article's images come from, and for
 * persistent storage (issue #7). Kept apart from the saving code (which
 * checks access, utils/library-save.ts) so the popup can ask inside the
 * click (browsers allow the request only during a user gesture) while the
 * library code loads on demand.
 */

/** Why Precis asks for access to other sites, in one sentence. */
export const IMAGE_ACCESS_REASON =
  'To keep this article’s images offline, Precis needs permission to download them from the sites they are on; it fetches nothing else.';

const ALL_SITES = { origins: ['<all_urls>'] };

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
