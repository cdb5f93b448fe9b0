import { browser } from 'wxt/browser';
import type { PageCopy } from '../lib/extract/snapshot';
import type { ExtractOptions } from '../lib/types';
import { EXTRACT_COPY, send } from './messages';

/**
 * Where Precis reads a copied page (issue #9). Chrome: in its offscreen
 * document (entrypoints/offscreen), for the popup and for the background
 * alike, since the service worker has no DOM; and parsing a hostile page
 * there keeps even the refused event handlers (which Chrome reports while
 * parsing) out of every page the reader sees. Firefox has no offscreen
 * documents: the popup and the background page read the copy themselves.
 */

const hasOffscreen = () => typeof browser.offscreen?.createDocument === 'function';

let creating: Promise<void> | undefined;

/** Opens the offscreen document once; Chrome allows one per extension. */
async function ensureOffscreen(): Promise<void> {
  if (await browser.offscreen.hasDocument()) return;
  creating ??= browser.offscreen
    .createDocument({
      url: browser.runtime.getURL('/offscreen.html'),
      reasons: ['DOM_PARSER'],
      justification: 'Read the article from a copy of the page the reader asked about.',
    })
    .catch(async (err: unknown) => {
      // Another Precis page (popup or background) opened it first.
      if (!(await browser.offscreen.hasDocument())) throw err;
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

/** Gets ready to read: opens the offscreen document, or loads the extraction code here. */
export function prepareExtraction(): Promise<unknown> {
  return hasOffscreen() ? ensureOffscreen() : import('./extract-snapshot');
}

/** Reads the article from a copy of a page; the answer is checked by the caller. */
export async function extractCopy(snapshot: PageCopy, options: ExtractOptions): Promise<unknown> {
  if (!hasOffscreen()) return (await import('./extract-snapshot')).extractSnapshot(snapshot, options);
  await ensureOffscreen();
  return send({ type: EXTRACT_COPY, snapshot, options });
}
