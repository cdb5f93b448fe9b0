import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../lib/extract';
import { splitParagraphsAtBlocks } from '../../lib/extract/paragraphs';
import { parsesBack } from '../../lib/sanitize';

const prose = 'A sentence of the story that goes on for a while, as stories do. '.repeat(4);

/** A <div> whose paragraphs are built with DOM calls, as Readability builds them: the parser never nests a block in a <p>. */
function built(parts: Array<string | [tag: string, text: string]>, attrs: Record<string, string> = {}): Element {
  const doc = new JSDOM('<body><div></div></body>').window.document;
  const root = doc.querySelector('div')!;
  const p = doc.createElement('p');
  for (const [name, value] of Object.entries(attrs)) p.setAttribute(name, value);
  for (const part of parts) {
    if (typeof part === 'string') p.append(part);
    else p.append(Object.assign(doc.createElement(part[0]), { textContent: part[1] }));
  }
  root.append(p);
  return root;
}

describe('splitParagraphsAtBlocks', () => {
  it('closes a paragraph before a block and opens a copy of it after, as the parser would, numbered once', () => {
    const root = built(['Before ', ['b', 'bold'], ['h2', 'Heading'], 'After'], {
      'data-precis-block': '3',
      dir: 'rtl',
    });
    expect(parsesBack(root)).toBe(false);
    splitParagraphsAtBlocks(root);
    expect(root.innerHTML).toBe(
      '<p data-precis-block="3" dir="rtl">Before <b>bold</b></p><h2>Heading</h2><p dir="rtl">After</p>',
    );
    expect(parsesBack(root)).toBe(true);
  });

  it('leaves no empty paragraph around a block that was all it held', () => {
    const root = built(['\n  ', ['h3', 'Only a heading'], '\n']);
    splitParagraphsAtBlocks(root);
    expect(root.innerHTML).toBe('\n  <h3>Only a heading</h3>\n');
  });

  it('takes lists and tables out too, and leaves a paragraph of inline content alone', () => {
    const root = built(['one', ['ul', 'item'], 'two', ['table', ''], ['em', 'three']]);
    splitParagraphsAtBlocks(root);
    expect(root.innerHTML).toBe('<p>one</p><ul>item</ul><p>two</p><table></table><p><em>three</em></p>');
    const plain = built(['text ', ['a', 'link'], ['span', 'span']]);
    const before = plain.innerHTML;
    splitParagraphsAtBlocks(plain);
    expect(plain.innerHTML).toBe(before);
  });
});

describe('an article Readability gives a heading inside a paragraph', () => {
  it('stores the heading between paragraphs, with no empty paragraph the parser would make', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the story. ${prose}</p>`;
    // Readability turns the <div> holding only a heading into a <p> (headings are not among its blocks).
    const doc = new JSDOM(
      `<head><meta property="og:type" content="article"></head><body><article><h1>The story</h1>${para(1)}
       <div class="part"><h2>The second part</h2></div>${para(2)}${para(3)}</article></body>`,
      { url: 'http://fakehost/a', virtualConsole: new VirtualConsole() },
    ).window.document;
    const result = extractArticle(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { html, text } = result.article;
    expect(html).toMatch(/<h2[^>]*>The second part<\/h2>/);
    expect(html).not.toMatch(/<p[^>]*>\s*<\/p>/);
    expect(text).toContain('The second part');
    expect(text).toContain('Paragraph 3 of the story.');
  });
});
