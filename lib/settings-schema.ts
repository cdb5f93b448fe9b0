/**
 * What a Precis setting may hold, its default, and how settings from an older
 * version become current ones (issue #8). Pure: utils/settings.ts turns this
 * into storage items; the options page validates imported files with it.
 */

export type Theme = 'system' | 'light' | 'dark' | 'sepia' | 'contrast';
/**
 * The reading font. 'dyslexic' is OpenDyslexic, shipped with the extension
 * (assets/reading.css); adding a choice needs no migration, since every
 * stored or exported value stays valid.
 */
export type FontFamily = 'serif' | 'sans' | 'mono' | 'dyslexic';

export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia', 'contrast'];
export const FONT_FAMILIES: readonly FontFamily[] = ['serif', 'sans', 'mono', 'dyslexic'];
export const POINTS_MIN = 3;
export const POINTS_MAX = 7;

/** Every setting and its type. Keys are storage keys: never rename one, migrate instead. */
export interface SettingsValues {
  pointsEnabled: boolean;
  pointsCount: number;
  faqEnabled: boolean;
  showArticle: boolean;
  cleanClutter: boolean;
  tidyTypos: boolean;
  showReadingTime: boolean;
  theme: Theme;
  fontFamily: FontFamily;
  fontSize: number;
  lineHeight: number;
  contentWidth: number;
  justify: boolean;
  saveImages: boolean;
  imageCapMb: number;
  autoTagSite: boolean;
  /** Chosen voice (its `voiceURI`) per primary language subtag, e.g. `{ en: '...' }`. */
  voices: Record<string, string>;
  speechRate: number;
}

export type SettingName = keyof SettingsValues;

export const DEFAULT_SETTINGS: Readonly<SettingsValues> = Object.freeze({
  pointsEnabled: true,
  pointsCount: 4,
  faqEnabled: true,
  showArticle: true,
  cleanClutter: true,
  tidyTypos: false,
  showReadingTime: true,
  theme: 'system',
  fontFamily: 'serif',
  fontSize: 18,
  lineHeight: 1.6,
  contentWidth: 68,
  justify: false,
  saveImages: true,
  imageCapMb: 20,
  autoTagSite: true,
  voices: {},
  speechRate: 1,
});

export const SETTING_NAMES = Object.keys(DEFAULT_SETTINGS) as SettingName[];

/** The rule a value must follow; the options page builds its controls' limits from the same table. */
export type SettingRule =
  | { kind: 'boolean' }
  | { kind: 'number'; min: number; max: number; step: number; unit?: string }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'voices' };

export const SETTING_RULES: { readonly [K in SettingName]: SettingRule } = {
  pointsEnabled: { kind: 'boolean' },
  pointsCount: { kind: 'number', min: POINTS_MIN, max: POINTS_MAX, step: 1 },
  faqEnabled: { kind: 'boolean' },
  showArticle: { kind: 'boolean' },
  cleanClutter: { kind: 'boolean' },
  tidyTypos: { kind: 'boolean' },
  showReadingTime: { kind: 'boolean' },
  theme: { kind: 'choice', values: THEMES },
  fontFamily: { kind: 'choice', values: FONT_FAMILIES },
  fontSize: { kind: 'number', min: 12, max: 32, step: 1, unit: 'px' },
  lineHeight: { kind: 'number', min: 1.2, max: 2.2, step: 0.1 },
  contentWidth: { kind: 'number', min: 40, max: 100, step: 1, unit: 'ch' },
  justify: { kind: 'boolean' },
  saveImages: { kind: 'boolean' },
  imageCapMb: { kind: 'number', min: 1, max: 500, step: 1, unit: 'MB' },
  autoTagSite: { kind: 'boolean' },
  voices: { kind: 'voices' },
  speechRate: { kind: 'number', min: 0.5, max: 2, step: 0.1 },
};

/** A BCP 47 primary language subtag or full tag; excludes `__proto__` and friends by construction. */
const LANG_KEY = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const MAX_VOICES = 100;
const MAX_VOICE_ID = 300;

/** Keys that must never be copied from outside data onto an object (prototype pollution). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Why `value` cannot be the setting `name`, or undefined when it can.
 * Messages name the setting and say what was expected and what was found.
 */
export function settingError(name: SettingName, value: unknown): string | undefined {
  const rule = SETTING_RULES[name];
  const got = describe(value);
  switch (rule.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `“${name}” must be true or false, not ${got}.`;
    case 'number': {
      const range = `a number from ${rule.min} to ${rule.max}${rule.unit ? ` (${rule.unit})` : ''}`;
      if (typeof value !== 'number' || !Number.isFinite(value)) return `“${name}” must be ${range}, not ${got}.`;
      if (value < rule.min || value > rule.max) return `“${name}” must be ${range}; ${value} is out of range.`;
      if (rule.step === 1 && !Number.isInteger(value)) return `“${name}” must be a whole number, not ${value}.`;
      return undefined;
    }
    case 'choice':
      return typeof value === 'string' && rule.values.includes(value)
        ? undefined
        : `“${name}” must be one of ${rule.values.map((v) => `“${v}”`).join(', ')}, not ${got}.`;
    case 'voices':
      return voicesError(value);
  }
}

function voicesError(value: unknown): string | undefined {
  if (!isPlainObject(value)) return `“voices” must be an object of language → voice, not ${describe(value)}.`;
  const keys = Object.keys(value);
  if (keys.length > MAX_VOICES) return `“voices” has ${keys.length} languages; at most ${MAX_VOICES} are kept.`;
  for (const key of keys) {
    if (!LANG_KEY.test(key)) return `“voices” has “${key.slice(0, 40)}”, which is not a language tag.`;
    const v = value[key];
    if (typeof v !== 'string' || v.length > MAX_VOICE_ID) {
      return `“voices.${key}” must be a voice name of at most ${MAX_VOICE_ID} characters, not ${describe(v)}.`;
    }
  }
  return undefined;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text “${v.length > 30 ? `${v.slice(0, 30)}…` : v}”`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

// ---------------------------------------------------------------------------
// Versions and migrations
// ---------------------------------------------------------------------------

/**
 * The settings schema version. Every storage item carries it (WXT's `$` meta
 * key) and every exported file names it. To change a setting's shape: bump
 * this, and add `SETTING_MIGRATIONS[newVersion][name] = (old) => current`.
 * Settings without a step at a version are carried over unchanged.
 */
export const SETTINGS_VERSION = 1;

export type Migration = (old: unknown) => unknown;
export type MigrationTable = Readonly<Record<number, Partial<Record<SettingName, Migration>>>>;

/** Steps from version 1 on. Empty while the schema is at its first version. */
export const SETTING_MIGRATIONS: MigrationTable = {};

/**
 * The per-version steps of one setting, in the shape WXT's
 * `defineItem({ version, migrations })` expects.
 */
export function migrationsFor(
  name: SettingName,
  table: MigrationTable = SETTING_MIGRATIONS,
): Record<number, Migration> {
  const steps: Record<number, Migration> = {};
  for (const [version, byName] of Object.entries(table)) {
    const step = byName[name];
    if (step) steps[Number(version)] = step;
  }
  return steps;
}

/** Brings one setting's value from version `from` to `to` through every step in between. */
export function migrateSetting(
  name: SettingName,
  value: unknown,
  from: number,
  to: number = SETTINGS_VERSION,
  table: MigrationTable = SETTING_MIGRATIONS,
): unknown {
  let v = value;
  for (let version = from + 1; version <= to; version++) {
    const step = table[version]?.[name];
    if (step) v = step(v) ?? v;
  }
  return v;
}

// ---------------------------------------------------------------------------
// Export and import
// ---------------------------------------------------------------------------

/** Marks a JSON file as Precis settings, so a library backup is not imported as settings by mistake. */
export const SETTINGS_FILE_FORMAT = 'precis-settings';
/** Largest settings file accepted; a real one is about 1 kB. */
export const MAX_SETTINGS_FILE_CHARS = 100_000;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  settings: SettingsValues;
}

/** The exportable form of the reader's settings. */
export function toSettingsFile(values: SettingsValues): SettingsFile {
  const settings = {} as Record<SettingName, unknown>;
  for (const name of SETTING_NAMES) settings[name] = values[name];
  return { format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings: settings as unknown as SettingsValues };
}

export type SettingsImport =
  { ok: true; settings: Partial<SettingsValues>; ignored: string[] } | { ok: false; errors: string[] };

/**
 * Reads an exported settings file. Either every setting in it is valid and
 * comes back (migrated to the current version), or nothing does and `errors`
 * says why, one clear sentence each: a half-applied file would leave the
 * reader with settings they never chose.
 * Unknown keys (from a newer Precis, or typos) and prototype keys are ignored
 * and listed in `ignored`; they are never copied.
 */
export function parseSettingsFile(
  text: string,
  schema: { version: number; migrations: MigrationTable } = {
    version: SETTINGS_VERSION,
    migrations: SETTING_MIGRATIONS,
  },
): SettingsImport {
  const current = schema.version;
  if (text.length > MAX_SETTINGS_FILE_CHARS) {
    return { ok: false, errors: [`This file is too large to be Precis settings (${text.length} characters).`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, errors: [`This file is not valid JSON: ${why}`] };
  }
  if (!isPlainObject(data)) return { ok: false, errors: ['This file is not a Precis settings file (no object).'] };
  if (data.format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, errors: ['This file is not a Precis settings file (its “format” is not “precis-settings”).'] };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: ['This settings file has no valid “version”.'] };
  }
  if (version > current) {
    return {
      ok: false,
      errors: [`These settings come from a newer Precis (version ${version}); update Precis to import them.`],
    };
  }
  const raw = data.settings;
  if (!isPlainObject(raw)) return { ok: false, errors: ['This settings file has no “settings” object.'] };

  const errors: string[] = [];
  const ignored: string[] = [];
  const settings: Partial<Record<SettingName, unknown>> = {};
  for (const key of Object.keys(raw)) {
    if (FORBIDDEN_KEYS.has(key) || !Object.hasOwn(SETTING_RULES, key)) {
      ignored.push(key);
      continue;
    }
    const name = key as SettingName;
    const value = migrateSetting(name, raw[key], version, current, schema.migrations);
    const error = settingError(name, value);
    if (error) errors.push(error);
    else settings[name] = name === 'voices' ? Object.fromEntries(Object.entries(value as object)) : value;
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, settings: settings as Partial<SettingsValues>, ignored };
}
