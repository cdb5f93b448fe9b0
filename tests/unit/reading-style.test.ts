import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readingStyleVars } from '../../lib/reading-style';
import { FONT_FAMILIES, type FontFamily } from '../../lib/settings-schema';

const ROOT = resolve(import.meta.dirname, '..', '..');
const READING_CSS = readFileSync(join(ROOT, 'assets', 'reading.css'), 'utf8');
const FONT_PACKAGE = join(ROOT, 'node_modules', '@fontsource', 'opendyslexic');

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

  it.each(FONT_FAMILIES)('sets the font “%s” through a variable that assets/reading.css declares', (fontFamily) => {
    const font = readingStyleVars({ fontFamily, fontSize: 18, lineHeight: 1.6, contentWidth: 68, justify: false })[
      '--reading-font'
    ];
    expect(font).toBe(`var(--font-${fontFamily})`);
    expect(READING_CSS).toContain(`--font-${fontFamily}: `);
  });

  it('reads a font it does not know (synced from a newer Precis) as serif, and never copies it into CSS', () => {
    const vars = readingStyleVars({
      fontFamily: 'x); background: url(//evil' as FontFamily,
      fontSize: 18,
      lineHeight: 1.6,
      contentWidth: 68,
      justify: false,
    });
    expect(vars['--reading-font']).toBe('var(--font-serif)');
  });

  it('sets OpenDyslexic first, with a sans-serif stack while it loads', () => {
    expect(READING_CSS).toMatch(/--font-dyslexic: 'OpenDyslexic', var\(--font-sans\);/);
  });
});

describe('the OpenDyslexic font shipped with the extension (issue #6)', () => {
  const faces = [...READING_CSS.matchAll(/@font-face \{([^}]*)\}/g)].map((m) => m[1]!);

  it('declares regular, italic and bold faces, each a woff2 file of @fontsource/opendyslexic', () => {
    const declared = faces.map((face) => {
      expect(face).toContain("font-family: 'OpenDyslexic';");
      const src = /src: url\('@fontsource\/opendyslexic\/(files\/[\w-]+\.woff2)'\) format\('woff2'\);/.exec(face);
      expect(src, face).not.toBeNull();
      expect(existsSync(join(FONT_PACKAGE, src?.[1] ?? '')), face).toBe(true);
      return /font-weight: (\d+)/.exec(face)![1] + ' ' + /font-style: (\w+)/.exec(face)![1];
    });
    expect(declared.sort()).toEqual(['400 italic', '400 normal', '700 normal']);
  });

  it('keeps the font’s license (SIL OFL 1.1) in public/, which the build copies, as the package has it', () => {
    const shipped = readFileSync(join(ROOT, 'public', 'assets', 'OpenDyslexic-OFL.txt'), 'utf8');
    expect(shipped).toBe(readFileSync(join(FONT_PACKAGE, 'LICENSE'), 'utf8'));
    expect(shipped).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });
});
