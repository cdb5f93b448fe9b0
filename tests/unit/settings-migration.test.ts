import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  SETTINGS_VERSION,
  SETTING_NAMES,
  migrateSetting,
  migrationsFor,
  parseSettingsFile,
  type MigrationTable,
  type SettingsValues,
} from '../../lib/settings-schema';

/**
 * Settings written by the first version of Precis, kept forever: whatever
 * the schema becomes, a reader upgrading from v1 keeps their choices
 * (issue #8). When SETTINGS_VERSION moves on, only EXPECTED_CURRENT changes.
 */
const V1_FILE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'settings', 'v1-export.json'), 'utf8');
const V1_VALUES = (JSON.parse(V1_FILE) as { settings: SettingsValues }).settings;
const EXPECTED_CURRENT: SettingsValues = { ...V1_VALUES };

/** A made-up version 2 that proves the migration wiring works before a real one is needed. */
const MADE_UP: MigrationTable = {
  2: {
    fontSize: (old) => (typeof old === 'number' ? old + 2 : old),
    theme: (old) => (old === 'contrast' ? 'dark' : old),
  },
};

/** Fresh settings module, as an upgraded extension loads it over old storage. */
async function loadSettings() {
  vi.resetModules();
  return import('../../utils/settings');
}

describe('settings migration', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('the v1 fixture holds every v1 setting', () => {
    expect(Object.keys(V1_VALUES).sort()).toEqual([...SETTING_NAMES].sort());
  });

  it('reads v1 storage as current settings (v1 → current)', async () => {
    const stored: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(V1_VALUES)) {
      stored[name] = value;
      stored[`${name}$`] = { v: 1 };
    }
    await fakeBrowser.storage.sync.set(stored);
    const { readAllSettings } = await loadSettings();
    expect(await readAllSettings()).toEqual(EXPECTED_CURRENT);
  });

  it('stamps migrated values with the current version', async () => {
    await fakeBrowser.storage.sync.set({ theme: 'dark', theme$: { v: 1 } });
    const { settings } = await loadSettings();
    await settings.theme.getValue();
    expect(await settings.theme.getMeta()).toEqual({ v: SETTINGS_VERSION });
  });

  it('treats a value stored without a version as v1', async () => {
    await fakeBrowser.storage.sync.set({ pointsCount: 5 });
    const { settings } = await loadSettings();
    expect(await settings.pointsCount.getValue()).toBe(5);
  });

  it('imports a v1 settings file as current settings', () => {
    const result = parseSettingsFile(V1_FILE);
    expect(result).toEqual({ ok: true, settings: EXPECTED_CURRENT, ignored: [] });
  });

  describe('with a made-up version 2', () => {
    it('gives each setting only its own steps', () => {
      expect(Object.keys(migrationsFor('fontSize', MADE_UP))).toEqual(['2']);
      expect(migrationsFor('faqEnabled', MADE_UP)).toEqual({});
    });

    it('runs a stored v1 value through the step when the item is defined', async () => {
      await fakeBrowser.storage.sync.set({ fontSize: 18, fontSize$: { v: 1 }, theme: 'contrast', theme$: { v: 1 } });
      const { defineSetting } = await loadSettings();
      const schema = { version: 2, migrations: MADE_UP };
      const fontSize = defineSetting('fontSize', schema);
      const theme = defineSetting('theme', schema);
      expect(await fontSize.getValue()).toBe(20);
      expect(await theme.getValue()).toBe('dark');
      expect(await fontSize.getMeta()).toEqual({ v: 2 });
    });

    it('does not run the step again on a value already at v2', async () => {
      await fakeBrowser.storage.sync.set({ fontSize: 18, fontSize$: { v: 2 } });
      // The real v1 item, loaded beside the made-up v2 one, rightly logs a downgrade.
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const { defineSetting } = await loadSettings();
      expect(await defineSetting('fontSize', { version: 2, migrations: MADE_UP }).getValue()).toBe(18);
    });

    it('carries settings without a step over unchanged', () => {
      expect(migrateSetting('faqEnabled', false, 1, 2, MADE_UP)).toBe(false);
      expect(migrateSetting('fontSize', 18, 1, 2, MADE_UP)).toBe(20);
      expect(migrateSetting('fontSize', 18, 2, 2, MADE_UP)).toBe(18);
    });

    it('migrates an imported v1 file, and refuses a file from a newer version', () => {
      const schema = { version: 2, migrations: MADE_UP };
      const v1 = parseSettingsFile(
        JSON.stringify({ format: 'precis-settings', version: 1, settings: { fontSize: 18 } }),
        schema,
      );
      expect(v1).toEqual({ ok: true, settings: { fontSize: 20 }, ignored: [] });
      const v3 = parseSettingsFile(JSON.stringify({ format: 'precis-settings', version: 3, settings: {} }), schema);
      expect(v3.ok).toBe(false);
    });
  });
});
