import { FONT_FAMILIES, type FontFamily, type SettingsValues } from './settings-schema';

/** The reading settings that shape the article text. */
export type ReadingStyle = Pick<SettingsValues, 'fontFamily' | 'fontSize' | 'lineHeight' | 'contentWidth' | 'justify'>;

/**
 * Each font family has its variable `--font-<family>` in assets/reading.css
 * (tests/unit/reading-style.test.ts checks every one). A value this version
 * does not know, synced from a newer Precis, reads as serif.
 */
const fontVar = (family: FontFamily) => `var(--font-${FONT_FAMILIES.includes(family) ? family : 'serif'})`;

/**
 * The CSS custom properties (assets/reading.css) that carry the reader's
 * reading settings. One mapping for the popup, the reader and the options
 * preview, so they never disagree.
 */
export function readingStyleVars(style: ReadingStyle): Record<string, string> {
  return {
    '--reading-font': fontVar(style.fontFamily),
    '--reading-size': `${style.fontSize}px`,
    '--reading-line': String(style.lineHeight),
    '--reading-width': `${style.contentWidth}ch`,
    '--reading-align': style.justify ? 'justify' : 'start',
    // Justified text without hyphenation opens rivers of white space.
    '--reading-hyphens': style.justify ? 'auto' : 'manual',
  };
}
