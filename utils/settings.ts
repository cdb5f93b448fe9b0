import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  SETTING_NAMES,
  SETTINGS_VERSION,
  SETTING_MIGRATIONS,
  migrationsFor,
  type MigrationTable,
  type SettingName,
  type SettingsValues,
} from '../lib/settings-schema';

/**
 * Every reader setting, each a versioned item in `sync` storage so it follows
 * the reader's browser profile (issue #8). Defaults, limits and migrations
 * live in lib/settings-schema.ts. Nothing else calls browser.storage for
 * settings: UI reads them through hooks/useSetting.ts.
 */

export { FONT_FAMILIES, POINTS_MAX, POINTS_MIN, THEMES } from '../lib/settings-schema';
export type { FontFamily, Theme } from '../lib/settings-schema';

/**
 * One setting as a WXT storage item: versioned, with the migration steps of
 * lib/settings-schema.ts, which WXT runs when a stored value is older.
 * `schema` is only given by tests, to prove the wiring with a made-up step.
 */
export function defineSetting<K extends SettingName>(
  name: K,
  schema: { version: number; migrations: MigrationTable } = {
    version: SETTINGS_VERSION,
    migrations: SETTING_MIGRATIONS,
  },
) {
  const steps = migrationsFor(name, schema.migrations);
  return storage.defineItem<SettingsValues[K]>(`sync:${name}`, {
    fallback: DEFAULT_SETTINGS[name],
    version: schema.version,
    // No steps, no migration pass: WXT would otherwise read the item and its
    // version at definition time, for nothing. A value stored without a
    // version counts as version 1, so later steps still run (issue #6: the
    // popup defines its settings while it starts reading the tab).
    migrations: Object.keys(steps).length > 0 ? steps : undefined,
  });
}

export type Settings = { readonly [K in SettingName]: ReturnType<typeof defineSetting<K>> };

/**
 * Every setting, each defined when first used: a page only pays (in storage
 * reads at definition) for the settings it shows. The popup's first read of
 * the tab needs four of them.
 */
export const settings: Settings = (() => {
  const made = new Map<SettingName, unknown>();
  const all = {} as Settings;
  for (const name of SETTING_NAMES) {
    Object.defineProperty(all, name, {
      enumerable: true,
      get: () => {
        if (!made.has(name)) made.set(name, defineSetting(name));
        return made.get(name);
      },
    });
  }
  return Object.freeze(all);
})();
export type SettingKey = keyof Settings;
export type SettingValue<K extends SettingKey> = SettingsValues[K];

/** Every setting's current value (fallbacks for those never set). */
export async function readAllSettings(): Promise<SettingsValues> {
  const values = await Promise.all(SETTING_NAMES.map((name) => settings[name].getValue()));
  return Object.fromEntries(SETTING_NAMES.map((name, i) => [name, values[i]])) as unknown as SettingsValues;
}

/** Stores the given settings; the caller has validated them (lib/settings-schema.ts parseSettingsFile). */
export async function writeSettings(values: Partial<SettingsValues>): Promise<void> {
  await Promise.all(
    SETTING_NAMES.filter((name) => Object.hasOwn(values, name)).map((name) =>
      (settings[name].setValue as (v: unknown) => Promise<void>)(values[name]),
    ),
  );
}

/** Back to the defaults: removes every stored setting, so each falls back (and future defaults apply). */
export async function resetSettings(): Promise<void> {
  await Promise.all(SETTING_NAMES.map((name) => settings[name].removeValue()));
}

/** Which popup sections the reader collapsed; local to this browser. */
export const collapsedSections = storage.defineItem<Record<string, boolean>>('local:collapsedSections', {
  fallback: {},
  version: 1,
});
