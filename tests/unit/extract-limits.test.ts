/**
 * The size limits refuse pages with too much to read (issue #9), not pages
 * that carry megabytes of script data: several WCXB product and news pages
 * hold 2-5 MB of JSON app state in <script> and only a few thousand words.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { MAX_TEXT_CHARS, readableTextLength, tooLargeReason } from '../../lib/extract/limits';

const article = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the harbour board met on Tuesday and agreed that the ferry would keep its winter timetable for another year, citing the cost of new crews.</p>`,
).join('');

const page = (extra: string) =>
  new JSDOM(
    `<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>${article}</article>${extra}</body></html>`,
  ).window.document;

describe('page size limits', () => {
  it('do not count scripts, styles and no-script fallbacks as text', () => {
    const state = `<script type="application/json">${'{"k":"v"},'.repeat(MAX_TEXT_CHARS / 8)}</script>`;
    const doc = page(
      `${state}<style>${'a{}'.repeat(1000)}</style><noscript><p>Enable JavaScript</p><script>x</script></noscript>`,
    );
    expect(doc.body.textContent!.length).toBeGreaterThan(MAX_TEXT_CHARS);
    expect(readableTextLength(doc.body)).toBe(doc.querySelector('article')!.textContent!.length);
    expect(tooLargeReason(doc)).toBeUndefined();
    const result = extractArticle(doc, { url: 'https://news.example/ferry' });
    expect(result.ok).toBe(true);
  });

  // A 2-million-character page takes half a second to build in jsdom, ten times that on a loaded machine.
  it('still refuse a page with more readable text than the limit', { timeout: 30_000 }, () => {
    const doc = page(`<div>${'word '.repeat(MAX_TEXT_CHARS / 5 + 10)}</div>`);
    expect(tooLargeReason(doc)).toMatch(/too large to read here \(2 million characters of text\)/);
  });

  it('refuse a page with more elements than the limit', () => {
    const doc = page('<i></i>'.repeat(200));
    expect(tooLargeReason(doc, { maxElements: 100 })).toMatch(/too large to read here \(\d+ elements\)/);
  });

  it('count the same elements from the number under the body as from the whole page', () => {
    const doc = page('<i></i>'.repeat(200));
    doc.documentElement.append(doc.createElement('aside'));
    const all = doc.getElementsByTagName('*').length;
    const underBody = doc.body.getElementsByTagName('*').length;
    expect(tooLargeReason(doc, { maxElements: 100 }, underBody)).toBe(
      `This page is too large to read here (${all} elements).`,
    );
    expect(tooLargeReason(doc, { maxElements: all }, underBody)).toBeUndefined();
  });
});
