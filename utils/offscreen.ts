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

let opened: Promise<void> | undefined;

/** Opens the offscreen document once per Precis page; Chrome allows one per extension. */
function ensureOffscreen(): Promise<void> {
  opened ??= openOffscreen().catch((err: unknown) => {
    opened = undefined;
    throw err;
  });
  return opened;
}

async function openOffscreen(): Promise<void> {
  if (await browser.offscreen.hasDocument()) return;
  try {
    await browser.offscreen.createDocument({
      url: browser.runtime.getURL('/offscreen.html'),
      reasons: ['DOM_PARSER'],
      justification: 'Read the article from a copy of the page the reader asked about.',
    });
  } catch (err) {
    // Another Precis page (popup or background) opened it first.
    if (!(await browser.offscreen.hasDocument())) throw err;
  }
}

/** Gets ready to read: opens the offscreen document, or loads the extraction code here. */
export function prepareExtraction(): Promise<unknown> {
  return hasOffscreen() ? ensureOffscreen() : import('./extract-snapshot');
}

/** Reads the article from a copy of a page; the answer is checked by the caller. */
export async function extractCopy(snapshot: PageCopy, options: ExtractOptions): Promise<unknown> {
  if (!hasOffscreen()) return (await import('./extract-snapshot')).extractSnapshot(snapshot, options);
  await ensureOffscreen();
  const request = { type: EXTRACT_COPY, snapshot, options } as const;
  try {
    return await send(request);
  } catch (err) {
    // The document this page opened has gone (it crashed, or Chrome closed it): open it again, once.
    opened = undefined;
    if (await browser.offscreen.hasDocument()) throw err;
    await ensureOffscreen();
    return send(request);
  }
}
