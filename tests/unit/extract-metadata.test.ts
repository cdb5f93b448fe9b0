import { describe, expect, it } from 'vitest';
import { cleanByline, langDirection, readMetadata, stripSiteSuffix } from '../../lib/extract/metadata';
import { markBlockDirections, textDirection } from '../../lib/extract/direction';
import { textBlocks } from '../../lib/text/blocks';

describe('stripSiteSuffix', () => {
  it.each([
    ['Story title - Site Name', 'Site Name', undefined, undefined, 'Story title'],
    ['Site Name | Story title', 'Site Name', undefined, undefined, 'Story title'],
    ['Story title | The Verge', undefined, 'www.theverge.com', undefined, 'Story title'],
    ['Story title – Other words', undefined, undefined, 'Story title', 'Story title'],
    [
      'Apple unveils a phone - and a watch',
      undefined,
      'www.apple.com',
      undefined,
      'Apple unveils a phone - and a watch',
    ],
    ['Site Name', 'Site Name', undefined, undefined, 'Site Name'],
  ])('%s', (title, site, host, h1, expected) => {
    expect(stripSiteSuffix(title, site, host, h1)).toBe(expected);
  });
});

describe('cleanByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Written by: Jane Doe', 'Jane Doe'],
    ['Jane Doe @janedoe', 'Jane Doe'],
    ['Jane Doe | Staff writer', 'Jane Doe'],
    ['https://www.facebook.com/jane-doe', 'Jane Doe'],
    ['https://www.facebook.com/examplenews', undefined],
  ])('%s', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });
});

describe('direction', () => {
  it('derives the direction from the language when the page does not say', () => {
    expect(langDirection('ar-EG')).toBe('rtl');
    expect(langDirection('he')).toBe('rtl');
    expect(langDirection('en-US')).toBe('ltr');
    expect(langDirection(undefined)).toBeUndefined();
  });
  it('marks blocks written the other way', () => {
    const doc = new DOMParser().parseFromString(
      '<div><p>وافقت هيئة الميناء على خطة</p><p>The board decided.</p></div>',
      'text/html',
    );
    const root = doc.querySelector('div')!;
    expect(markBlockDirections(textBlocks(root), undefined)).toBe('rtl');
    expect(root.querySelectorAll('p')[1]!.getAttribute('dir')).toBe('ltr');
    expect(root.querySelectorAll('p')[0]!.hasAttribute('dir')).toBe(false);
    expect(textDirection('12 34')).toBeUndefined();
  });
});

describe('readMetadata', () => {
  it('reads an article inside @graph, its date from <time> and the lang', () => {
    const doc = new DOMParser().parseFromString(
      `<html lang="he"><head><title>כותרת - אתר</title>
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"אתר"},{"@type":"NewsArticle","headline":"כותרת","author":[{"@type":"Person","name":"By Dana Levi"}]}]}</script>
      </head><body><time datetime="2025-01-02T03:04:05Z">2 Jan</time></body></html>`,
      'text/html',
    );
    const m = readMetadata(doc);
    expect(m.title).toBe('כותרת');
    expect(m.byline).toBe('Dana Levi');
    expect(m.siteName).toBe('אתר');
    expect(m.publishedTime).toBe('2025-01-02T03:04:05.000Z');
    expect(m.lang).toBe('he');
    expect(m.dir).toBe('rtl');
    expect(m.schemaTypes).toContain('NewsArticle');
  });
});
