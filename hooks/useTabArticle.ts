import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ExtractedArticle } from '../lib/types';
import { extractFromTab, type TabFailure } from '../utils/extract-tab';
import { optionsFromSettings } from '../utils/extract-options';
import { settings } from '../utils/settings';

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
async function readTabArticle(): Promise<TabArticleState> {
  performance.mark('precis:tab-start');
  // The tab and the settings are independent: ask for both at once.
  const [tab, options] = await Promise.all([targetTab(), optionsFromSettings()]);
  if (!tab) return { status: 'failed', kind: 'error', message: 'There is no open tab to read.' };
  performance.mark('precis:extract-start');
  const result = await extractFromTab(tab.id, tab.url, options);
  performance.mark('precis:extract-end');
  return result.ok ? { status: 'ready', article: result.article } : { status: 'failed', ...result };
}

let early: Promise<TabArticleState> | undefined;

/**
 * Starts reading the tab before the UI has rendered (entrypoints/popup/main.tsx),
 * so that extraction runs while Preact draws the skeleton (issue #6, first paint).
 */
export function startReadingTab(): void {
  early ??= readTabArticle();
}

/** Reads the article of the tab the popup was opened on. */
export function useTabArticle(): { state: TabArticleState; retry: () => void } {
  const [state, setState] = useState<TabArticleState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    // The first attempt takes over the read started early; a retry reads again.
    const reading = attempt === 0 && early ? early : readTabArticle();
    reading
      .then((next) => live && setState(next))
      .catch((err: unknown) => {
        if (live) setState({ status: 'failed', kind: 'error', message: `Something went wrong: ${String(err)}` });
      });
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // A switch that changes what extraction does (cleaning, FAQ, points) reads the page again at once.
  useEffect(() => {
    const items = [settings.cleanClutter, settings.faqEnabled, settings.pointsEnabled, settings.pointsCount];
    const unwatch = items.map((item) => item.watch(() => retry()));
    return () => unwatch.forEach((u) => u());
  }, [retry]);
  return { state, retry };
}
