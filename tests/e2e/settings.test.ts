/**
 * The options page in Chromium (issue #8): each feature switch is changed
 * there, as a reader would, and its effect is checked in the popup on the
 * seed page. Every test starts from the default settings.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopup, openTab, PageServer, ROOT, type ExtensionBrowser } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('settings page in Chromium', () => {
  let server: PageServer;
  let ext: ExtensionBrowser;
  let seedUrl: string;
  let options: Page;

  beforeAll(async () => {
    server = await new PageServer().start();
    seedUrl = server.fixture('seed-news-page');
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    for (const page of ext.context.pages()) await page.close();
    options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    // Back to the defaults, and popup sections expanded, whatever an earlier test did.
    await options.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeStorage }).chrome;
      await api.storage.sync.clear();
      await api.storage.local.remove('collapsedSections');
    });
    await options.reload();
    await options.getByTestId('section-features').waitFor();
  });

  /** Opens the popup on a fresh tab of the seed page and waits for the article. */
  async function popupOnSeed(): Promise<Page> {
    const { tabId } = await openTab(ext, seedUrl);
    const popup = await openPopup(ext, tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
    return popup;
  }

  /** The stored value of a setting, read back through the extension's storage. */
  const stored = (key: string) =>
    options.evaluate(async (k) => {
      const api = (globalThis as unknown as { chrome: ChromeStorage }).chrome;
      return (await api.storage.sync.get(k))[k];
    }, key);

  /** Flips a switch by clicking its label, and waits until storage has it. */
  async function flip(name: string, to: boolean) {
    await options.locator(`label[for="setting-${name}"]`).click();
    await expect.poll(() => stored(name)).toBe(to);
  }

  const bodyText = async (popup: Page) =>
    ((await popup.getByTestId('article-body').textContent({ timeout: 15_000 })) ?? '').replace(/\s+/g, ' ');

  it('by default the popup shows FAQ, four main points, reading time and the clean article', async () => {
    const popup = await popupOnSeed();
    expect(await popup.getByTestId('faq').count()).toBe(1);
    expect(await popup.locator('[data-testid="main-points"] li').count()).toBe(4);
    expect(await popup.getByTestId('article-meta').textContent()).toMatch(/min read/);
    expect(await bodyText(popup)).not.toContain('- Advertisement -');
  });

  it('FAQ off: the popup has no FAQ section', async () => {
    await flip('faqEnabled', false);
    const popup = await popupOnSeed();
    await popup.getByTestId('article-body').waitFor();
    expect(await popup.getByTestId('faq').count()).toBe(0);
  });

  it('six main points: the popup lists six instead of four', async () => {
    const slider = options.getByTestId('setting-pointsCount');
    await slider.focus();
    await options.keyboard.press('ArrowRight');
    await options.keyboard.press('ArrowRight');
    await expect.poll(() => stored('pointsCount')).toBe(6);
    const popup = await popupOnSeed();
    await popup.getByTestId('main-points').waitFor();
    expect(await popup.locator('[data-testid="main-points"] li').count()).toBe(6);
  });

  it('main points off: the popup has no main points, and the count cannot be changed', async () => {
    await flip('pointsEnabled', false);
    expect(await options.getByTestId('setting-pointsCount').isDisabled()).toBe(true);
    const popup = await popupOnSeed();
    await popup.getByTestId('article-body').waitFor();
    expect(await popup.getByTestId('main-points').count()).toBe(0);
  });

  it('dark theme: the popup is dark', async () => {
    await options.locator('label[for="setting-theme-dark"]').click();
    await expect.poll(() => stored('theme')).toBe('dark');
    const popup = await popupOnSeed();
    expect(await popup.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(24, 25, 27)');
  });

  it('full article off: the popup shows no article body', async () => {
    await flip('showArticle', false);
    const popup = await popupOnSeed();
    await popup.getByTestId('main-points').waitFor();
    expect(await popup.getByTestId('article-body').count()).toBe(0);
  });

  it('cleaning off: plain Readability keeps the “- Advertisement -” label', async () => {
    await flip('cleanClutter', false);
    const popup = await popupOnSeed();
    expect(await bodyText(popup)).toContain('- Advertisement -');
  });

  it('reading time off: the header has no reading time', async () => {
    await flip('showReadingTime', false);
    const popup = await popupOnSeed();
    expect(await popup.getByTestId('article-meta').textContent()).not.toMatch(/min read/);
  });

  it('tidy typos on: the view gets its missing space and capital, off by default', async () => {
    const before = await popupOnSeed();
    const raw = await bodyText(before);
    expect(raw).toContain('innovation.This');
    expect(raw).toContain('the Ministry intends');
    await flip('tidyTypos', true);
    const after = await popupOnSeed();
    const tidied = await bodyText(after);
    expect(tidied).toContain('innovation. This isn’t');
    expect(tidied).toContain('The Ministry intends');
  });

  it('reading settings reach the popup’s article: size, font, line spacing, justify', async () => {
    const size = options.getByTestId('setting-fontSize');
    await size.focus();
    for (let i = 0; i < 4; i++) await options.keyboard.press('ArrowRight');
    await options.locator('label[for="setting-fontFamily-sans"]').click();
    await flip('justify', true);
    await expect.poll(() => stored('fontSize')).toBe(22);
    const popup = await popupOnSeed();
    const style = await popup
      .getByTestId('article-body')
      .evaluate((el) => ({ ...getComputedStyle(el) }) as unknown as Record<string, string>);
    expect(style.fontSize).toBe('22px');
    expect(style.textAlign).toBe('justify');
    expect(style.fontFamily).toMatch(/system-ui|sans/);
  });

  it('applies a change to an open popup at once, without reloading it', async () => {
    const popup = await popupOnSeed();
    await popup.getByTestId('article-body').waitFor();
    await options.bringToFront();
    await flip('showArticle', false);
    await options.locator('label[for="setting-theme-sepia"]').click();
    await expect.poll(() => popup.getByTestId('article-body').count()).toBe(0);
    await expect.poll(() => popup.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    // Extraction switches read the page again: the FAQ goes away in the open popup too.
    await flip('faqEnabled', false);
    await expect.poll(() => popup.getByTestId('faq').count(), { timeout: 15_000 }).toBe(0);
    await popup.getByTestId('article-title').waitFor();
  });

  it('previews the reading settings live on a sample paragraph', async () => {
    const preview = options.locator('[data-testid="reading-preview"] .article-body');
    expect(await preview.evaluate((el) => getComputedStyle(el).fontSize)).toBe('18px');
    const size = options.getByTestId('setting-fontSize');
    await size.focus();
    await options.keyboard.press('ArrowLeft');
    await expect.poll(() => preview.evaluate((el) => getComputedStyle(el).fontSize)).toBe('17px');
    // OpenDyslexic, shipped with the extension (issue #6): the preview is set in it once it is chosen.
    await options.locator('label[for="setting-fontFamily-dyslexic"]').click();
    await expect.poll(() => stored('fontFamily')).toBe('dyslexic');
    await expect.poll(() => preview.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?OpenDyslexic"?,/);
    // Loaded from the build: false while it loads, and for good if the file were missing.
    await expect.poll(() => options.evaluate(() => document.fonts.check('17px OpenDyslexic'))).toBe(true);
  });

  it('works from the keyboard: Tab reaches the first switch and Space flips it', async () => {
    await options.locator('body').click({ position: { x: 1, y: 1 } });
    let focused = '';
    for (let i = 0; i < 10 && focused !== 'setting-pointsEnabled'; i++) {
      await options.keyboard.press('Tab');
      focused = await options.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('setting-pointsEnabled');
    await options.keyboard.press('Space');
    await expect.poll(() => stored('pointsEnabled')).toBe(false);
  });

  /**
   * Headless Chromium shows the permission prompt but nobody can answer it;
   * the stub stands in for the reader's answer only. Everything after it
   * (the switch, storage, the message) is the real code.
   */
  async function answerPermissionPrompt(granted: boolean) {
    await options.evaluate((answer) => {
      const api = (globalThis as unknown as { chrome: { permissions: Record<string, unknown> } }).chrome;
      api.permissions.request = () => Promise.resolve(answer);
    }, granted);
  }

  it('save images: when the reader refuses the permission, the switch goes back off and says so', async () => {
    await flip('saveImages', false);
    await answerPermissionPrompt(false);
    await options.locator('label[for="setting-saveImages"]').click();
    const message = options.getByTestId('save-images-message');
    await message.waitFor({ timeout: 10_000 });
    expect(await message.textContent()).toMatch(/not allowed to fetch images/);
    expect(await options.getByTestId('setting-saveImages').isChecked()).toBe(false);
    expect(await stored('saveImages')).toBe(false);
  });

  it('save images: when the reader grants the permission, the switch stays on', async () => {
    await flip('saveImages', false);
    await answerPermissionPrompt(true);
    await options.locator('label[for="setting-saveImages"]').click();
    await expect.poll(() => stored('saveImages')).toBe(true);
    expect(await options.getByTestId('setting-saveImages').isChecked()).toBe(true);
    expect(await options.getByTestId('save-images-message').count()).toBe(0);
  });

  it('shows the keyboard shortcut, or says none is set, and offers the browser’s page', async () => {
    const section = options.getByTestId('shortcuts');
    await expect.poll(async () => (await section.textContent()) ?? '').toMatch(/Open Precis|no keyboard shortcut/);
    expect(await section.textContent()).toMatch(/Alt\+Shift\+R|Not set|no keyboard shortcut/);
    expect(await section.getByRole('button', { name: /Change keyboard shortcuts/ }).isVisible()).toBe(true);
  });

  it('exports, resets and imports the settings', async () => {
    await flip('faqEnabled', false);
    await options.locator('label[for="setting-theme-sepia"]').click();
    const download = options.waitForEvent('download');
    await options.getByTestId('export-settings').click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; settings: Record<string, unknown> };
    expect(exported.format).toBe('precis-settings');
    expect(exported.settings).toMatchObject({ faqEnabled: false, theme: 'sepia', pointsCount: 4 });

    await options.getByTestId('reset-settings').click();
    await options.getByTestId('confirm-reset').click();
    await expect.poll(() => stored('faqEnabled')).toBeUndefined();
    expect(await options.getByTestId('setting-faqEnabled').isChecked()).toBe(true);

    await options.getByTestId('import-file').setInputFiles(file);
    await expect.poll(() => stored('theme')).toBe('sepia');
    expect(await options.getByTestId('setting-faqEnabled').isChecked()).toBe(false);
    expect(await options.getByTestId('backup-status').textContent()).toMatch(/Imported 18 settings/);
  });

  it('refuses a broken settings file with a clear message and changes nothing', async () => {
    const bad = { format: 'precis-settings', version: 1, settings: { theme: 'neon', faqEnabled: false } };
    await options.getByTestId('import-file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/bad\.json was not imported.*“theme” must be one of/);
    expect(await stored('faqEnabled')).toBeUndefined();
  });

  it('has no serious or critical accessibility violations (axe-core), in light and dark', async () => {
    await options.setViewportSize({ width: 900, height: 800 });
    for (const theme of ['light', 'dark'] as const) {
      await options.locator(`label[for="setting-theme-${theme}"]`).click();
      await expect.poll(() => options.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      // The page's CSP (script-src 'self') refuses an inline <script> (addScriptTag);
      // evaluating through the DevTools protocol is not subject to it.
      await options.evaluate(`${AXE_SOURCE};true`);
      const violations = await options.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
        const result = await axe.run();
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      });
      expect(violations, theme).toEqual([]);
      await options.screenshot({
        path: join(ROOT, 'docs', 'screenshots', theme === 'light' ? 'options.png' : 'options-dark.png'),
        fullPage: true,
      });
    }
  });
});

/** The part of the extension API these tests call from an extension page. */
interface ChromeStorage {
  storage: {
    sync: { clear(): Promise<void>; get(key: string): Promise<Record<string, unknown>> };
    local: { remove(key: string): Promise<void> };
  };
}

interface AxeViolation {
  id: string;
  impact?: string;
  help: string;
  nodes: { target: string[] }[];
}
