import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTING_NAMES, settingError } from '../../lib/settings-schema';
import { readAllSettings, resetSettings, settings, writeSettings } from '../../utils/settings';

describe('settings: defaults and storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('defines one sync storage item per setting, no more, no less', () => {
    expect(Object.keys(settings).sort()).toEqual([...SETTING_NAMES].sort());
    for (const name of SETTING_NAMES) expect(settings[name].key).toBe(`sync:${name}`);
  });

  it('reads the defaults when nothing is stored', async () => {
    expect(await readAllSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('has defaults that pass their own validation', () => {
    for (const name of SETTING_NAMES) expect(settingError(name, DEFAULT_SETTINGS[name]), name).toBeUndefined();
  });

  it.each([
    ['tidy obvious typos is off', 'tidyTypos', false],
    ['main points are on, four of them', 'pointsCount', 4],
    ['the FAQ is on', 'faqEnabled', true],
    ['clutter cleaning is on', 'cleanClutter', true],
    ['the theme follows the system', 'theme', 'system'],
    ['the image cap is 20 MB per article', 'imageCapMb', 20],
  ] as const)('by default %s', async (_title, name, value) => {
    expect(await settings[name].getValue()).toBe(value);
  });

  it('stores settings in sync storage under their own names, and only those changed', async () => {
    await writeSettings({ theme: 'dark', pointsCount: 6 });
    // No version beside them while no migration step exists: a value without
    // one counts as version 1 (settings-migration.test.ts), and WXT stamps the
    // version when a step runs. Without steps it skips reading every item at
    // definition time, which each page start would pay for.
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ theme: 'dark', pointsCount: 6 });
  });

  it('resets every setting to its default', async () => {
    await writeSettings({ theme: 'sepia', faqEnabled: false, voices: { en: 'Alex' } });
    await resetSettings();
    expect(await readAllSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers when a setting changes (how open pages re-render)', async () => {
    const seen: unknown[] = [];
    const unwatch = settings.showArticle.watch((v) => seen.push(v));
    await settings.showArticle.setValue(false);
    await resetSettings();
    unwatch();
    expect(seen).toEqual([false, true]);
  });
});
