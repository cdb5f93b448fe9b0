/**
 * The browser half of `npm run bench:robust` (issue #9): corpus pages and the
 * generated 10 MB page read by the built extension (the e2e build) in
 * Chromium, through the popup, as a reader would.
 *
 * Times come from the popup itself: an init script notes when the article
 * title or a state message enters the popup's DOM, and the frame after it
 * (requestAnimationFrame, then a task), measured from the popup's navigation
 * start. The same script keeps a 20 ms heartbeat in the popup, whose longest
 * gap is the popup's longest main-thread stall.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopup, openTab, PageServer, type ExtensionBrowser } from '../tests/e2e/harness';

/** Longer than this with neither a title nor a message in the popup is a hang. */
export const HANG_MS = 20_000;

export interface PopupOutcome {
  /** `hang`: neither a title nor a message within HANG_MS. */
  state: 'article' | 'message' | 'hang';
  /** The article's title, or the state message's heading and text. */
  text: string;
  /** Popup navigation start to the frame after the title or message entered the DOM. */
  ms: number;
  /** Longest gap of the popup's 20 ms heartbeat. */
  popupStallMs: number;
  /** Uncaught errors in the popup, and crashes of the popup or the tab. */
  errors: string[];
}

export interface SampleOutcome extends PopupOutcome {
  file: string;
}

export interface HugeRun extends PopupOutcome {
  /** Longest gap of a 10 ms setTimeout heartbeat in the page while the popup read it. */
  pageStallMs: number;
  /** How long the page took to answer a query of its DOM once the popup was done. */
  answerMs: number;
}

// Scripts for pages are plain strings: tsx would wrap named functions in a
// __name() helper that pages do not have.
const POPUP_PROBE = `(() => {
  if (location.protocol !== 'chrome-extension:' || !location.search.includes('tabId=')) return;
  const r = (window.__robust = { done: null, stall: 0 });
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    r.stall = Math.max(r.stall, now - last);
    last = now;
  }, 20);
  const check = () => {
    if (r.done) return;
    const el = document.querySelector('[data-testid="article-title"], [data-testid="state-message"]');
    if (!el) return;
    const done = (r.done = {
      state: el.matches('[data-testid="article-title"]') ? 'article' : 'message',
      text: (el.innerText || '').replace(/\\s+/g, ' ').trim(),
      painted: null,
    });
    requestAnimationFrame(() => setTimeout(() => (done.painted = performance.now()), 0));
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

const PAGE_HEARTBEAT = `(() => {
  const r = (window.__robustPage = { stall: 0 });
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    r.stall = Math.max(r.stall, now - last);
    last = now;
    r.timer = setTimeout(tick, 10);
  };
  r.timer = setTimeout(tick, 10);
  return document.visibilityState;
})()`;

/** What POPUP_PROBE leaves on the popup's window. */
interface Probed {
  __robust?: { done: { state: 'article' | 'message'; text: string; painted: number | null } | null; stall: number };
}

/** Opens the popup on `tabId` and waits for its title or message. */
async function readThroughPopup(ext: ExtensionBrowser, tabId: number): Promise<PopupOutcome> {
  const errors: string[] = [];
  const popup = await openPopup(ext, tabId);
  popup.on('pageerror', (err) => errors.push(`popup error: ${err.message}`));
  popup.on('crash', () => errors.push('popup crashed'));
  try {
    // Functions, not strings: the popup's CSP refuses the eval a string predicate needs.
    await popup.waitForFunction(() => (window as unknown as Probed).__robust?.done?.painted != null, undefined, {
      timeout: HANG_MS,
      polling: 50,
    });
    const r = await popup.evaluate(() => (window as unknown as Probed).__robust!);
    return { state: r.done!.state, text: r.done!.text, ms: r.done!.painted!, popupStallMs: r.stall, errors };
  } catch (err) {
    const shown = await popup
      .evaluate(() => document.body.innerText.replace(/\s+/g, ' ').slice(0, 200))
      .catch(() => '(popup gone)');
    errors.push(`no title or message: ${(err as Error).message.split('\n')[0]}`);
    return { state: 'hang', text: String(shown), ms: NaN, popupStallMs: NaN, errors };
  } finally {
    await popup.close().catch(() => undefined);
  }
}

/** Serves each (gzipped) file on 127.0.0.1 and reads it through the popup, one page at a time. */
export async function runSample(
  files: string[],
  onProgress?: (done: number, outcome: SampleOutcome) => void,
): Promise<SampleOutcome[]> {
  const server = await new PageServer().start();
  const ext = await launchWithExtension();
  await ext.context.addInitScript(POPUP_PROBE);
  const outcomes: SampleOutcome[] = [];
  try {
    for (const [i, file] of files.entries()) {
      const path = `/sample/${i}/`;
      server.route(path, { body: gunzipSync(readFileSync(file)) });
      const tabErrors: string[] = [];
      let tab: Page | undefined;
      let outcome: PopupOutcome;
      try {
        const opened = await openTab(ext, server.url(path));
        tab = opened.page;
        tab.on('crash', () => tabErrors.push('tab crashed'));
        outcome = await readThroughPopup(ext, opened.tabId);
      } catch (err) {
        outcome = {
          state: 'hang',
          text: '',
          ms: NaN,
          popupStallMs: NaN,
          errors: [`harness: ${(err as Error).message}`],
        };
      }
      await tab?.close().catch(() => undefined);
      const result = { file, ...outcome, errors: [...outcome.errors, ...tabErrors] };
      outcomes.push(result);
      onProgress?.(outcomes.length, result);
    }
  } finally {
    await ext.close();
    await server.stop();
  }
  return outcomes;
}

/** Reads a generated huge page through the popup `runs` times, with a heartbeat in the page. */
export async function runHuge(runs: number, html: string): Promise<{ visibility: string; runs: HugeRun[] }> {
  const server = await new PageServer().start();
  server.route('/huge/', html);
  const ext = await launchWithExtension();
  await ext.context.addInitScript(POPUP_PROBE);
  const out: HugeRun[] = [];
  let visibility = '';
  try {
    for (let run = 0; run < runs; run++) {
      const { page, tabId } = await openTab(ext, server.url('/huge/'));
      await page.evaluate(PAGE_HEARTBEAT);
      const outcome = await readThroughPopup(ext, tabId);
      // Still hidden or visible while the popup (another tab) read it? Timers of hidden pages are throttled.
      visibility = String(await page.evaluate('document.visibilityState'));
      const started = Date.now();
      await page.evaluate('document.querySelectorAll("a").length');
      const answerMs = Date.now() - started;
      const beat = (await page.evaluate(
        '(() => { clearTimeout(window.__robustPage.timer); return window.__robustPage; })()',
      )) as { stall: number };
      out.push({ ...outcome, pageStallMs: beat.stall, answerMs });
      await page.close();
    }
  } finally {
    await ext.close();
    await server.stop();
  }
  return { visibility, runs: out };
}
