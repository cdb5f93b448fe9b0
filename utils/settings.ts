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
  return storage.defineItem<SettingsValues[K]>(`sync:${name}`, {
    fallback: DEFAULT_SETTINGS[name],
    version: schema.version,
    migrations: migrationsFor(name, schema.migrations),
  });
}

const item = <K extends SettingName>(name: K) => defineSetting(name);

export const settings = {
  // Features
  pointsEnabled: item('pointsEnabled'),
  pointsCount: item('pointsCount'),
  faqEnabled: item('faqEnabled'),
  showArticle: item('showArticle'),
  cleanClutter: item('cleanClutter'),
  tidyTypos: item('tidyTypos'),
  showReadingTime: item('showReadingTime'),
  // Reading
  theme: item('theme'),
  fontFamily: item('fontFamily'),
  fontSize: item('fontSize'),
  lineHeight: item('lineHeight'),
  contentWidth: item('contentWidth'),
  justify: item('justify'),
  // Saving
  saveImages: item('saveImages'),
  imageCapMb: item('imageCapMb'),
  autoTagSite: item('autoTagSite'),
  // Read aloud
  voices: item('voices'),
  speechRate: item('speechRate'),
} as const satisfies { [K in SettingName]: unknown };

export type Settings = typeof settings;
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
