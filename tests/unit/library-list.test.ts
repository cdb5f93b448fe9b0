// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articlesToHtmlDocument, articlesToMarkdown, fileNameFor, markdownFolder } from '../../lib/library/export';
import { tagCounts, visibleEntries } from '../../lib/library/list';
import { entryFor, type LibraryEntry } from '../../lib/library/records';
import { sampleArticle } from './library-fixtures';

const none = { count: 0, bytes: 0, skipped: [] };
function entry(
  id: string,
  title: string,
  site: string,
  savedAt: number,
  read = false,
  tags: string[] = [],
): LibraryEntry {
  return { ...entryFor(id, sampleArticle({ title, siteName: site }), savedAt, none), read, tags };
}
const entries = [
  entry('a', 'Banana', 'zeta.example', 3, false, ['food']),
  entry('b', 'apple', 'Alpha.example', 1, true, ['food', 'later']),
  entry('c', 'Cherry', 'alpha.example', 2),
];

describe('the library list', () => {
  it.each([
    ['date', ['a', 'c', 'b']],
    ['title', ['b', 'a', 'c']],
    ['site', ['c', 'b', 'a']],
  ] as const)('sorts by %s', (sort, ids) => {
    expect(visibleEntries(entries, { sort, read: 'all' }).map((e) => e.id)).toEqual(ids);
  });

  it('filters by read state and tag', () => {
    expect(visibleEntries(entries, { sort: 'date', read: 'unread' }).map((e) => e.id)).toEqual(['a', 'c']);
    expect(visibleEntries(entries, { sort: 'date', read: 'all', tag: 'later' }).map((e) => e.id)).toEqual(['b']);
  });

  it('keeps search relevance order over the sort', () => {
    expect(visibleEntries(entries, { sort: 'title', read: 'all', ids: ['c', 'x', 'a'] }).map((e) => e.id)).toEqual([
      'c',
      'a',
    ]);
  });

  it('counts tags, most used first', () => {
    expect(tagCounts(entries)).toEqual([
      ['food', 2],
      ['later', 1],
    ]);
  });
});

describe('exports', () => {
  it('writes a self-contained HTML page with no script and escaped metadata', () => {
    const a = sampleArticle({ title: 'A <b>bold</b> "title"' });
    const html = articlesToHtmlDocument([{ article: a, bodyHtml: '<p>Body</p>', savedAt: Date.UTC(2025, 0, 2) }]);
    expect(html).toContain('<title>A &lt;b&gt;bold&lt;/b&gt; &quot;title&quot;</title>');
    expect(html).toContain("default-src 'none'; img-src data:");
    expect(html).toContain('<h2>Main points</h2>');
    expect(html).toContain('<h2>FAQ</h2>');
    expect(html).not.toMatch(/<script/i);
  });

  it('writes Markdown with points, FAQ and body', () => {
    const md = articlesToMarkdown([sampleArticle({ html: '<p>Body text.</p>' })]);
    expect(md).toMatch(/^# Shenzhen security symposium/);
    expect(md).toContain('## Main points');
    expect(md).toContain('Body text.');
  });

  it.each([
    ['Shenzhen: a “symposium”!', 'shenzhen-a-symposium.md'],
    ['Café déjà vu', 'cafe-deja-vu.md'],
    ['***', 'article.md'],
  ])('names a file for %s', (title, name) => expect(fileNameFor(title, 'md')).toBe(name));
});

describe('Markdown folder export', () => {
  it('links kept images as relative files and names each article once', async () => {
    const { markStoredImages } = await import('../../lib/library/images');
    const a = sampleArticle();
    const html = markStoredImages(a.html, a.url, new Map([['https://img.example/a.png', 'x-0']]));
    const { files, imagePaths } = markdownFolder([
      { article: { ...a, html }, images: [{ id: 'x-0', type: 'image/png' }] },
      { article: { ...a, html: '<p>Other</p>' }, images: [] },
    ]);
    expect(Array.from(files.keys())).toEqual(['shenzhen-security-symposium.md', 'shenzhen-security-symposium-2.md']);
    expect(imagePaths.get('x-0')).toBe('images/x-0.png');
    const md = files.get('shenzhen-security-symposium.md')!;
    expect(md).toContain('](images/x-0.png)');
    expect(md).toContain('](https://img.example/b-small.jpg)'); // not kept: stays online
  });
});
