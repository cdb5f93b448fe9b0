import { describe, expect, it } from 'vitest';
import { readingStyleVars } from '../../lib/reading-style';

describe('reading settings → CSS variables', () => {
  it('maps the defaults to the values of assets/reading.css', () => {
    expect(
      readingStyleVars({ fontFamily: 'serif', fontSize: 18, lineHeight: 1.6, contentWidth: 68, justify: false }),
    ).toEqual({
      '--reading-font': 'var(--font-serif)',
      '--reading-size': '18px',
      '--reading-line': '1.6',
      '--reading-width': '68ch',
      '--reading-align': 'start',
      '--reading-hyphens': 'manual',
    });
  });

  it('justifies with hyphenation, in the chosen family, size, line height and width', () => {
    expect(
      readingStyleVars({ fontFamily: 'mono', fontSize: 22, lineHeight: 2, contentWidth: 50, justify: true }),
    ).toMatchObject({
      '--reading-font': 'var(--font-mono)',
      '--reading-size': '22px',
      '--reading-line': '2',
      '--reading-width': '50ch',
      '--reading-align': 'justify',
      '--reading-hyphens': 'auto',
    });
  });
});
