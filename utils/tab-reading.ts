import { browser } from 'wxt/browser';
import type { ExtractedArticle } from '../lib/types';
import { extractFromTab, type TabFailure } from './extract-tab';

export type TabArticleState =
  { status: 'loading' } | { status: 'ready'; article: ExtractedArticle } | ({ status: 'failed' } & TabFailure);

/** The tab to read: `?tabId=N` when a page opened us for a tab, else the active tab. */
async function targetTab(): Promise<{ id: number; url?: string } | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => undefined);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : undefined;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : undefined;
}

/** Reads the article of the tab the popup was opened on, once. */
export async function readTabArticle(): Promise<TabArticleState> {
  performance.mark('precis:tab-start');
  // The settings are only needed once the page is copied: read them meanwhile.
  // Imported here rather than statically: the settings module (WXT storage and
  // the schema) then loads beside the tab lookup instead of before the popup's
  // first line runs; reading started 8-30 ms sooner (bench:ui breakdown, load 15).
  const options = import('./extract-options').then((m) => m.optionsFromSettings());
  const tab = await targetTab();
  if (!tab) return { status: 'failed', kind: 'error', message: 'There is no open tab to read.' };
  performance.mark('precis:extract-start');
  const result = await extractFromTab(tab.id, tab.url, options);
  performance.mark('precis:extract-end');
  return result.ok ? { status: 'ready', article: result.article } : { status: 'failed', ...result };
}

let early: Promise<TabArticleState> | undefined;

/**
 * Starts reading the tab before the popup's UI has loaded
 * (entrypoints/popup/main.tsx imports popup/ui.tsx after this), so that the
 * page is copied and read while Preact loads and draws the skeleton (issue
 * #6, first paint).
 */
export function startReadingTab(): void {
  early ??= readTabArticle();
}

/** The read started early, once: a retry reads again. */
export function takeEarlyRead(): Promise<TabArticleState> | undefined {
  const read = early;
  early = undefined;
  return read;
}
