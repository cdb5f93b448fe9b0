import type { FontFamily, SettingsValues } from './settings-schema';

/** The reading settings that shape the article text. */
export type ReadingStyle = Pick<SettingsValues, 'fontFamily' | 'fontSize' | 'lineHeight' | 'contentWidth' | 'justify'>;

const FONT_VARS: Record<FontFamily, string> = {
  serif: 'var(--font-serif)',
  sans: 'var(--font-sans)',
  mono: 'var(--font-mono)',
};

/**
 * The CSS custom properties (assets/reading.css) that carry the reader's
 * reading settings. One mapping for the popup, the reader and the options
 * preview, so they never disagree.
 */
export function readingStyleVars(style: ReadingStyle): Record<string, string> {
  return {
    '--reading-font': FONT_VARS[style.fontFamily] ?? FONT_VARS.serif,
    '--reading-size': `${style.fontSize}px`,
    '--reading-line': String(style.lineHeight),
    '--reading-width': `${style.contentWidth}ch`,
    '--reading-align': style.justify ? 'justify' : 'start',
    // Justified text without hyphenation opens rivers of white space.
    '--reading-hyphens': style.justify ? 'auto' : 'manual',
  };
}
