// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findTextRange, indexText } from '../../lib/text/locate';
import { articleSentences, pointSentences } from '../../lib/speech/items';

function el(html: string): HTMLElement {
  const div = document.createElement('div');
  // eslint-disable-next-line no-restricted-syntax -- test DOM built from a literal
  div.innerHTML = html;
  return div;
}

describe('indexText', () => {
  it('collapses white space across text nodes and maps offsets back', () => {
    const root = el('<p>  Hello,\n  <b>brave</b>   new <i>world</i>. </p>');
    const index = indexText(root);
    expect(index.text).toBe('Hello, brave new world.');
    expect(index.range(7, 16)?.toString()).toBe('brave   new');
  });
  it('leaves out what skip says', () => {
    const root = el('<p>Keep <span class="x">drop</span> this</p>');
    expect(indexText(root, (e) => e.classList.contains('x')).text).toBe('Keep this');
  });
  it('refuses offsets out of bounds', () => {
    expect(indexText(el('<p>abc</p>')).range(2, 9)).toBeNull();
  });
});

describe('findTextRange', () => {
  it('finds a sentence that spans inline elements', () => {
    const root = el('<p>First one. The <a href="#">second</a> sentence here. Third.</p>');
    expect(findTextRange(root, 'The second sentence here.')?.toString()).toBe('The second sentence here.');
  });
  it('matches across curly and straight quotes and case', () => {
    const root = el('<p>He said “it’s fine” — twice.</p>');
    expect(findTextRange(root, 'he said "it\'s fine" - twice.')?.toString()).toBe('He said “it’s fine” — twice.');
  });
  it('returns null when the text is not there', () => {
    expect(findTextRange(el('<p>abc</p>'), 'xyz')).toBeNull();
    expect(findTextRange(el('<p>abc</p>'), '  ')).toBeNull();
  });
});

describe('articleSentences', () => {
  const split = (text: string) => {
    const out: { text: string; start: number }[] = [];
    for (const m of text.matchAll(/[^.]+\./g)) {
      const lead = m[0].length - m[0].trimStart().length;
      out.push({ text: m[0].trim(), start: m.index + lead });
    }
    return out;
  };
  it('reads every numbered block in order, and not the FAQ section', () => {
    const body = el(
      '<p data-precis-block="0">A one. A two.</p>' +
        '<blockquote data-precis-block="1">Quote. <p data-precis-block="2">Inner.</p></blockquote>' +
        '<section data-precis-faq="section"><p data-precis-block="3">FAQ.</p></section>',
    );
    const got = articleSentences(body, split);
    expect(got.map((s) => [s.block, s.text])).toEqual([
      [0, 'A one.'],
      [0, 'A two.'],
      [1, 'Quote.'],
      [2, 'Inner.'],
    ]);
    const second = got[1]!;
    const block = body.querySelector('[data-precis-block="0"]')!;
    expect(indexText(block).range(second.start!, second.end!)?.toString()).toBe('A two.');
  });
  it('turns main points into sentences found by their untrimmed text', () => {
    expect(pointSentences([{ text: 'Short.', block: 4, sentence: 'In May, short.' }])).toEqual([
      { text: 'Short.', block: 4, find: 'In May, short.' },
    ]);
  });
});
