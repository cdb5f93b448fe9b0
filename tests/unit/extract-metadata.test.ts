import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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
  it('counts strong characters as the Unicode ranges do, code point by code point', () => {
    // The definition textDirection counts by, written as the two expressions it replaced.
    const byRanges = (text: string) => {
      const rtl = text.match(/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/gu)?.length ?? 0;
      const ltr =
        text.match(
          /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0900-\u0dff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/gu,
        )?.length ?? 0;
      return rtl === 0 && ltr === 0 ? undefined : rtl > ltr ? 'rtl' : 'ltr';
    };
    // Edges of every range, astral letters and lone surrogates among them.
    const edges = [
      0x40, 0x41, 0x5a, 0x5b, 0x60, 0x61, 0x7a, 0x7b, 0xbf, 0xc0, 0x24f, 0x250, 0x36f, 0x370, 0x4ff, 0x500,
    ];
    edges.push(0x58f, 0x590, 0x8ff, 0x900, 0xdff, 0xe00, 0x303f, 0x3040, 0x30ff, 0x3100, 0x4dff, 0x4e00, 0x9fff);
    edges.push(0xa000, 0xabff, 0xac00, 0xd7af, 0xd7b0, 0xd800, 0xdc00, 0xfb1c, 0xfb1d, 0xfdff, 0xfe00, 0xfe6f, 0xfe70);
    edges.push(0xfeff, 0xff00);
    const unit = fc.oneof(
      fc.constantFrom(...edges.map((c) => String.fromCharCode(c)), '\u{1d400}', '\u{20000}', ' ', '1'),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(textDirection(text)).toBe(byRanges(text));
      }),
      { numRuns: 500 },
    );
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

  it("reads the page's microdata type: the outermost item's, past a theme's WebPage wrapper", () => {
    const doc = new DOMParser().parseFromString(
      `<body itemscope itemtype="http://schema.org/WebPage">
      <div itemscope itemtype="https://schema.org/DiscussionForumPosting"><h1 itemprop="headline">First trip</h1>
      <span itemprop="author" itemscope itemtype="http://schema.org/Person">Ann</span>
      <article itemprop="comment" itemscope itemtype="https://schema.org/Comment">A reply</article></div>
      </body>`,
      'text/html',
    );
    const types = readMetadata(doc).itemTypes;
    expect(types).toContain('DiscussionForumPosting');
    // Parts of the page: the author, a comment.
    expect(types).not.toContain('Person');
    expect(types).not.toContain('Comment');
  });
});
