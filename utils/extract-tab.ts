import { browser } from 'wxt/browser';
import { accessErrorMessage, pageAccess } from '../lib/page-access';
import type { ExtractOptions, ExtractResult } from '../lib/types';
import { isExtractResult } from '../lib/validate';

/** What the popup shows when it cannot get an article. */
export type TabFailure = {
  kind: 'forbidden' | 'no-article' | 'too-large' | 'error';
  message: string;
  pageText?: string;
};

/** Reads a tab's article by injecting the extraction script into it. */
export async function extractFromTab(
  tabId: number,
  url: string | undefined,
  options: ExtractOptions,
): Promise<{ ok: true; article: Extract<ExtractResult, { ok: true }>['article'] } | ({ ok: false } & TabFailure)> {
  const access = pageAccess(url);
  if (!access.ok) return { ok: false, kind: 'forbidden', message: access.message };
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (opts: unknown) => {
        (globalThis as { __precisOptions?: unknown }).__precisOptions = opts;
      },
      args: [options],
    });
    const results = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/extract.js'],
    });
    const value: unknown = results[0]?.result;
    if (!isExtractResult(value)) {
      return { ok: false, kind: 'error', message: 'The page sent back something Precis could not understand.' };
    }
    if (value.ok) return value;
    if (value.kind === 'no-article')
      return { ok: false, kind: 'no-article', message: value.message, pageText: value.pageText };
    return { ok: false, kind: value.kind, message: value.message };
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    const denied = accessErrorMessage(raw, url);
    if (denied) return { ok: false, kind: 'forbidden', message: denied };
    if (/No tab with id|tab was closed|was removed|frame.*(?:removed|detached)/i.test(raw)) {
      return {
        ok: false,
        kind: 'error',
        message: 'The page was closed or left before Precis could read it. Open it again and retry.',
      };
    }
    return { ok: false, kind: 'error', message: `Precis could not read this page: ${raw}` };
  }
}
