/**
 * Drives the Firefox build of Precis (npm run build:firefox:e2e ->
 * .output/firefox-mv2-e2e) in Debian's firefox-esr over WebDriver BiDi with
 * puppeteer-core (issue #10). The add-on is installed temporarily through
 * BiDi's webExtension.install, like about:debugging does.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from '../e2e/harness';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2-e2e');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'precis@precis-reader.org';
/**
 * Firefox gives each install a random internal UUID for moz-extension://
 * addresses; this pref fixes it, so the tests know the pages' addresses.
 */
export const ADDON_UUID = '6d1f2a4e-5b3c-4e7a-9c1d-0f2e3a4b5c6d';

export interface FirefoxExtension {
  browser: Browser;
  /** moz-extension://<uuid>/<path> */
  url(path: string): string;
  close(): Promise<void>;
}

/** Launches firefox-esr headless with the e2e build of Precis installed. */
export async function launchFirefoxWithExtension(): Promise<FirefoxExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox:e2e first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'precis-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir: profile,
    // WebDriver BiDi only navigates to http(s), file and blob addresses
    // unless the browser allows more: moz-extension:// pages need this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Nothing but 127.0.0.1: no captive-portal, telemetry or update checks.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      // Grants optional permissions (image saving's all-sites access) as if
      // the reader had clicked Allow: headless Firefox cannot show the prompt.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (id !== ADDON_ID) throw new Error(`installed ${id}, expected ${ADDON_ID}`);
  return {
    browser,
    url: (path) => `moz-extension://${ADDON_UUID}/${path}`,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens an extension page in a new tab. BiDi reports no load event for a
 * tab that switches to the extension process, so wait for the page itself.
 */
export async function openExtensionPage(ext: FirefoxExtension, path: string): Promise<Page> {
  const page = await ext.browser.newPage();
  void page.goto(ext.url(path), { timeout: 0 }).catch(() => undefined);
  // While the tab switches process, BiDi can fail an evaluation outright
  // ("right-hand side of 'in' should be an object, got null") instead of
  // waiting for the new realm: ask again until the deadline.
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await page.waitForFunction(
        (prefix: string) => location.href.startsWith(prefix) && document.readyState === 'complete',
        { timeout: Math.max(1, deadline - Date.now()) },
        ext.url(''),
      );
      return page;
    } catch (err) {
      const text = `${String(err)} ${String((err as { cause?: unknown }).cause ?? '')}`;
      if (Date.now() >= deadline || !/Protocol error/i.test(text)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Opens `url` in a new tab and returns its tab id, found by diffing the
 * tab list from an extension page (without the `tabs` permission, tabs.query
 * cannot filter by address).
 */
export async function openTab(ext: FirefoxExtension, url: string): Promise<{ page: Page; tabId: number }> {
  const probe = await openExtensionPage(ext, 'popup.html?probe=1');
  const ids = () =>
    probe.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]> } } })
        .browser;
      return (await api.tabs.query({})).map((t) => t.id ?? -1);
    });
  const before = new Set(await ids());
  const page = await ext.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = (await ids()).find((id) => !before.has(id));
  await probe.close();
  if (tabId === undefined) throw new Error(`could not find the tab of ${url}`);
  return { page, tabId };
}

/**
 * The tab an extension page opened (for example the reader), found by the
 * address its document reports: BiDi keeps a moz-extension tab's target
 * address at about:blank.
 */
export async function waitForExtensionPage(ext: FirefoxExtension, path: string, timeout = 15_000): Promise<Page> {
  const prefix = ext.url(path);
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    for (const page of await ext.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(prefix)) return page;
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error(`no tab opened ${prefix}`);
}

/** The popup page as a tab at Firefox's largest popup size (800x600 at most), aimed at `tabId`. */
export async function openPopup(ext: FirefoxExtension, tabId: number): Promise<Page> {
  const popup = await openExtensionPage(ext, `popup.html?tabId=${tabId}`);
  await popup.setViewport({ width: 460, height: 600 });
  return popup;
}

/** The text of the first element with `data-testid`, once it is there. */
export async function textOf(page: Page, testId: string, timeout = 15_000): Promise<string> {
  const el = await page.waitForSelector(`[data-testid="${testId}"]`, { timeout });
  return ((await el!.evaluate((e) => e.textContent)) ?? '').replace(/\s+/g, ' ').trim();
}
