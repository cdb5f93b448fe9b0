// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  collectImages,
  markStoredImages,
  pickImageUrl,
  placeholderIds,
  resolvePlaceholders,
} from '../../lib/library/images';
import { articleKeys, urlKey } from '../../lib/library/records';
import { sampleArticle } from './library-fixtures';

const BASE = 'https://news.example/a/';

describe('choosing the image to keep', () => {
  it.each([
    { title: 'src only', src: 'pic.jpg', srcset: null, expected: 'https://news.example/a/pic.jpg' },
    {
      title: 'widest candidate up to 1600px',
      src: 's.jpg',
      srcset: 'a.jpg 400w, b.jpg 1600w, c.jpg 2400w',
      expected: 'https://news.example/a/b.jpg',
    },
    {
      title: 'narrowest when all are wider',
      src: null,
      srcset: 'c.jpg 2400w, d.jpg 1800w',
      expected: 'https://news.example/a/d.jpg',
    },
    {
      title: 'densities up to 2x',
      src: 's.jpg',
      srcset: 'a.jpg 1x, b.jpg 2x, c.jpg 3x',
      expected: 'https://news.example/a/b.jpg',
    },
    { title: 'no data: pixels', src: 'data:image/gif;base64,R0lGOD', srcset: null, expected: undefined },
    { title: 'no other schemes', src: 'javascript:alert(1)', srcset: null, expected: undefined },
    {
      title: 'commas inside a URL',
      src: null,
      srcset: 'https://cdn.example/w_400,h_300/x.jpg 400w',
      expected: 'https://cdn.example/w_400,h_300/x.jpg',
    },
  ])('$title', ({ src, srcset, expected }) => {
    expect(pickImageUrl(src, srcset, BASE)).toBe(expected);
  });
});

describe('saved HTML and its image placeholders', () => {
  const a = sampleArticle();

  it('finds each distinct image once, in order', () => {
    expect(collectImages(a.html, a.url).map((r) => r.url)).toEqual([
      'https://img.example/a.png',
      'https://img.example/b-800.jpg',
    ]);
  });

  it('points kept images at placeholders and drops what would reach the network', () => {
    const kept = new Map([
      ['https://img.example/a.png', 'x-0'],
      ['https://img.example/b-800.jpg', 'x-1'],
    ]);
    const html = markStoredImages(a.html, a.url, kept);
    expect(placeholderIds(html)).toEqual(['x-0', 'x-1']);
    expect(html).not.toMatch(/srcset|<source/);
    expect(html).toContain('data-precis-src="https://img.example/a.png"');
    expect(html).toContain('alt="A &amp; &quot;B&quot; &gt; C"');
    const resolved = resolvePlaceholders(html, (id) => `blob:chrome-extension://e/${id}`);
    expect(resolved).toContain('src="blob:chrome-extension://e/x-0"');
    expect(resolvePlaceholders(html, (_id, original) => original)).toContain('src="https://img.example/b-800.jpg"');
  });

  it('leaves images it did not keep alone', () => {
    const html = markStoredImages(a.html, a.url, new Map([['https://img.example/a.png', 'x-0']]));
    expect(html).toContain('srcset="https://img.example/b-800.jpg 800w');
  });
});

describe('page keys', () => {
  it.each([
    ['https://News.Example/a/b/?utm_source=x&b=2&a=1#top', 'https://news.example/a/b?a=1&b=2'],
    ['http://news.example/', 'http://news.example'],
    ['ftp://x/y', undefined],
  ])('%s -> %s', (url, key) => expect(urlKey(url)).toBe(key));

  it('knows a page by its address and its canonical address', () => {
    expect(articleKeys({ url: 'https://m.example/x?utm_medium=y', canonicalUrl: 'https://example/x' })).toEqual([
      'https://m.example/x',
      'https://example/x',
    ]);
  });
});
