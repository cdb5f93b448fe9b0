import { browser } from 'wxt/browser';
import { accessErrorMessage, pageAccess } from '../lib/page-access';
import type { ExtractOptions, ExtractResult, ExtractedArticle } from '../lib/types';
import { isExtractResult, isPageSnapshot } from '../lib/validate';
import { extractCopy, prepareExtraction } from './offscreen';

/** What the popup shows when it cannot get an article. */
export type TabFailure = {
  kind: 'forbidden' | 'no-article' | 'too-large' | 'error';
  message: string;
  pageText?: string;
};

/**
 * Reads a tab's article: the script injected into the tab copies the page,
 * and the extension reads the copy (utils/offscreen.ts; issue #9: the page
 * is busy only for the copy).
 */
export async function extractFromTab(
  tabId: number,
  url: string | undefined,
  options: ExtractOptions | Promise<ExtractOptions>,
): Promise<{ ok: true; article: ExtractedArticle } | ({ ok: false } & TabFailure)> {
  const access = pageAccess(url);
  if (!access.ok) return { ok: false, kind: 'forbidden', message: access.message };
  // While the page is copied: the offscreen document opens, or the extraction code loads.
  const ready = prepareExtraction().catch(() => undefined);
  let snapshot: unknown;
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/extract.js'],
      // Not held back until the page is idle (after its images load): the
      // script itself waits for the page's HTML to be complete.
      injectImmediately: true,
    });
    snapshot = results[0]?.result;
    // For bench:ui's breakdown: the page is copied and its copy is back here.
    performance.mark('precis:copy-end');
  } catch (err) {
    return { ok: false, ...injectionFailure(err, url) };
  }
  if (!isPageSnapshot(snapshot)) {
    return { ok: false, kind: 'error', message: 'The page sent back something Precis could not understand.' };
  }
  if (!snapshot.ok) return { ok: false, kind: snapshot.kind, message: snapshot.message };
  let result: unknown;
  try {
    const [settled] = await Promise.all([options, ready]);
    result = await extractCopy({ url: snapshot.url, baseUrl: snapshot.baseUrl, html: snapshot.html }, settled);
  } catch (err) {
    return { ok: false, kind: 'error', message: `Precis could not read this page: ${errorText(err)}` };
  }
  if (!isExtractResult(result)) {
    return { ok: false, kind: 'error', message: 'Reading the page gave something Precis could not understand.' };
  }
  return fromResult(result);
}

function fromResult(value: ExtractResult): { ok: true; article: ExtractedArticle } | ({ ok: false } & TabFailure) {
  if (value.ok) return value;
  if (value.kind === 'no-article') {
    return { ok: false, kind: 'no-article', message: value.message, pageText: value.pageText };
  }
  return { ok: false, kind: value.kind, message: value.message };
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Why the browser would not let the script into the tab, in the reader's words. */
function injectionFailure(err: unknown, url: string | undefined): TabFailure {
  const raw = errorText(err);
  const denied = accessErrorMessage(raw, url);
  if (denied) return { kind: 'forbidden', message: denied };
  if (/No tab with id|tab was closed|was removed|frame.*(?:removed|detached)/i.test(raw)) {
    return {
      kind: 'error',
      message: 'The page was closed or left before Precis could read it. Open it again and retry.',
    };
  }
  return { kind: 'error', message: `Precis could not read this page: ${raw}` };
}
