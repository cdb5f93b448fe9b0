import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  FONT_FAMILIES,
  MAX_SETTINGS_FILE_CHARS,
  parseSettingsFile,
  toSettingsFile,
  type SettingsImport,
} from '../../lib/settings-schema';
import { readAllSettings, writeSettings } from '../../utils/settings';

const file = (settings: unknown, extra: object = {}) =>
  JSON.stringify({ format: 'precis-settings', version: 1, settings, ...extra });

const errorsOf = (r: SettingsImport) => (r.ok ? [] : r.errors);

describe('settings import: refuses broken files with a clear message', () => {
  it.each([
    ['broken JSON', '{"format": "precis-settings", ', /not valid JSON/],
    ['an empty file', '', /not valid JSON/],
    ['a list', '[1, 2]', /not a Precis settings file/],
    [
      'another kind of file',
      JSON.stringify({ format: 'precis-library', version: 1, settings: {} }),
      /not a Precis settings file/,
    ],
    ['no version', JSON.stringify({ format: 'precis-settings', settings: {} }), /no valid “version”/],
    ['a newer version', file({}, { version: 99 }), /newer Precis \(version 99\)/],
    ['no settings object', file([1]), /no “settings” object/],
    ['a huge file', ' '.repeat(MAX_SETTINGS_FILE_CHARS + 1), /too large/],
  ])('%s', (_title, text, message) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    expect(errorsOf(result).join(' ')).toMatch(message);
  });
});

describe('settings import: checks every value', () => {
  it.each([
    ['a switch given as text', { faqEnabled: 'yes' }, '“faqEnabled” must be true or false, not the text “yes”.'],
    [
      'a number given as text',
      { fontSize: '18' },
      '“fontSize” must be a number from 12 to 32 (px), not the text “18”.',
    ],
    ['a number out of range', { pointsCount: 12 }, '“pointsCount” must be a number from 3 to 7; 12 is out of range.'],
    ['a fraction where a count is due', { pointsCount: 4.5 }, '“pointsCount” must be a whole number, not 4.5.'],
    ['not a number at all', { lineHeight: null }, '“lineHeight” must be a number from 1.2 to 2.2, not null.'],
    [
      'an unknown theme',
      { theme: 'neon' },
      '“theme” must be one of “system”, “light”, “dark”, “sepia”, “contrast”, not the text “neon”.',
    ],
    [
      'an unknown font',
      { fontFamily: 'comic' },
      '“fontFamily” must be one of “serif”, “sans”, “mono”, “dyslexic”, not the text “comic”.',
    ],
    ['voices as a list', { voices: ['Alex'] }, '“voices” must be an object of language → voice, not a list.'],
    [
      'a voice for a non-language key',
      { voices: { 'not a lang': 'Alex' } },
      '“voices” has “not a lang”, which is not a language tag.',
    ],
    [
      'a voice that is not text',
      { voices: { en: 42 } },
      '“voices.en” must be a voice name of at most 300 characters, not number 42.',
    ],
  ])('refuses %s', (_title, settings, message) => {
    expect(errorsOf(parseSettingsFile(file(settings)))).toEqual([message]);
  });

  // A new choice (OpenDyslexic, issue #6) needs no migration: files of the same version gain a value.
  it.each(FONT_FAMILIES)('accepts the font “%s”', (font) => {
    expect(parseSettingsFile(file({ fontFamily: font }))).toEqual({
      ok: true,
      settings: { fontFamily: font },
      ignored: [],
    });
  });

  it('lists every wrong value at once, and imports none of them', () => {
    const result = parseSettingsFile(file({ theme: 'dark', faqEnabled: 1, fontSize: 99 }));
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toHaveLength(2);
  });
});

describe('settings import: ignores what it does not know', () => {
  it('ignores unknown keys and names them', () => {
    expect(parseSettingsFile(file({ theme: 'dark', colour: 'red' }))).toEqual({
      ok: true,
      settings: { theme: 'dark' },
      ignored: ['colour'],
    });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('never copies a “%s” key', (key) => {
    const text = `{"format":"precis-settings","version":1,"settings":{"${key}":{"polluted":true},"justify":true}}`;
    const result = parseSettingsFile(text);
    expect(result).toEqual({ ok: true, settings: { justify: true }, ignored: [key] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.getPrototypeOf(result.settings)).toBe(Object.prototype);
  });

  it('refuses a voices map keyed by __proto__', () => {
    const text = '{"format":"precis-settings","version":1,"settings":{"voices":{"__proto__":"x"}}}';
    expect(parseSettingsFile(text).ok).toBe(false);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('ignores a top-level __proto__ key', () => {
    const text = '{"__proto__":{"polluted":true},"format":"precis-settings","version":1,"settings":{}}';
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: {}, ignored: [] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('settings export → import', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('round-trips every setting', async () => {
    await writeSettings({
      theme: 'contrast',
      fontFamily: 'dyslexic',
      pointsCount: 7,
      voices: { de: 'Anna' },
      speechRate: 1.5,
    });
    const exported = JSON.stringify(toSettingsFile(await readAllSettings()));
    const before = await readAllSettings();
    fakeBrowser.reset();
    const result = parseSettingsFile(exported);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    await writeSettings(result.settings);
    expect(await readAllSettings()).toEqual(before);
  });

  it('exports the defaults as a complete, valid file', () => {
    const result = parseSettingsFile(JSON.stringify(toSettingsFile({ ...DEFAULT_SETTINGS })));
    expect(result).toEqual({ ok: true, settings: DEFAULT_SETTINGS, ignored: [] });
  });
});
