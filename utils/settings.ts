import { storage } from 'wxt/utils/storage';

/**
 * Every reader setting, each a versioned item in `sync` storage so it follows
 * the reader's browser profile (issue #8). Nothing else calls browser.storage
 * for settings: UI reads them through hooks/useSetting.ts.
 */

export type Theme = 'system' | 'light' | 'dark' | 'sepia' | 'contrast';
export type FontFamily = 'serif' | 'sans' | 'mono';

export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia', 'contrast'];
export const FONT_FAMILIES: readonly FontFamily[] = ['serif', 'sans', 'mono'];
export const POINTS_MIN = 3;
export const POINTS_MAX = 7;

const item = <T>(key: string, fallback: T) => storage.defineItem<T>(`sync:${key}`, { fallback, version: 1 });

export const settings = {
  // Features
  pointsEnabled: item('pointsEnabled', true),
  pointsCount: item('pointsCount', 4),
  faqEnabled: item('faqEnabled', true),
  showArticle: item('showArticle', true),
  cleanClutter: item('cleanClutter', true),
  tidyTypos: item('tidyTypos', false),
  showReadingTime: item('showReadingTime', true),
  // Reading
  theme: item<Theme>('theme', 'system'),
  fontFamily: item<FontFamily>('fontFamily', 'serif'),
  fontSize: item('fontSize', 18),
  lineHeight: item('lineHeight', 1.6),
  contentWidth: item('contentWidth', 68),
  justify: item('justify', false),
  // Saving
  saveImages: item('saveImages', true),
  imageCapMb: item('imageCapMb', 20),
  autoTagSite: item('autoTagSite', true),
  // Read aloud
  voices: item<Record<string, string>>('voices', {}),
  speechRate: item('speechRate', 1),
} as const;

export type Settings = typeof settings;
export type SettingKey = keyof Settings;
export type SettingValue<K extends SettingKey> = Settings[K]['fallback'];

/** Which popup sections the reader collapsed; local to this browser. */
export const collapsedSections = storage.defineItem<Record<string, boolean>>('local:collapsedSections', {
  fallback: {},
  version: 1,
});
