import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import {
  boundNesting,
  FLATTEN_BELOW_DEPTH,
  MAX_DEPTH,
  measureNesting,
  nestedDeeperThan,
} from '../../lib/extract/bounds';
import { extractArticle, MAX_ELEMENTS } from '../../lib/extract';

const depthOf = (el: Element) => {
  let d = 0;
  for (let p = el.parentElement; p; p = p.parentElement) d++;
  return d;
};
const parse = (html: string) => new JSDOM(html, { url: 'http://fakehost/a', virtualConsole: new VirtualConsole() });

describe('bounds on hostile pages', () => {
  it('flattens a deep chain of wrappers and keeps what it wraps', () => {
    const dom = parse(
      `<body><p>lead</p>${'<div>'.repeat(1500)}<p id="deep">deep text</p>${'</div>'.repeat(1500)}</body>`,
    );
    const doc = dom.window.document;
    expect(boundNesting(doc.body)).toBeGreaterThan(0);
    const deep = doc.getElementById('deep')!;
    expect(deep.textContent).toBe('deep text');
    expect(depthOf(deep)).toBeLessThanOrEqual(FLATTEN_BELOW_DEPTH + 2);
  });

  it.each([
    ['a chain', (n: number) => `${'<div>'.repeat(n)}x${'</div>'.repeat(n)}`],
    [
      'a chain after siblings',
      (n: number) => `<p>a</p><ul><li>b</li></ul>${'<div><i>t</i>'.repeat(n)}${'</div>'.repeat(n)}`,
    ],
    [
      'a chain in the last of several branches',
      (n: number) => `<div><p>a</p></div><div>${'<span>'.repeat(n - 1)}${'</span>'.repeat(n - 1)}</div>`,
    ],
  ])('tells how deep %s goes, to the level', (_, html) => {
    for (const n of [1, 5, 40]) {
      const body = parse(`<body>${html(n)}</body>`).window.document.body;
      const deepest = Math.max(...Array.from(body.querySelectorAll('*')).map((el) => depthOf(el) - depthOf(body)));
      expect(nestedDeeperThan(body, deepest - 1)).toBe(true);
      expect(nestedDeeperThan(body, deepest)).toBe(false);
      // The same walk counts the elements, for the element limit.
      expect(measureNesting(body, deepest).elements).toBe(body.getElementsByTagName('*').length);
    }
  });

  it('leaves ordinary nesting alone', () => {
    const dom = parse(`<body>${'<div>'.repeat(30)}<p>x</p>${'</div>'.repeat(30)}</body>`);
    expect(boundNesting(dom.window.document.body)).toBe(0);
  });

  it('drops what is still nested past the hard limit', () => {
    const dom = parse(`<body>${'<div><b>t</b>'.repeat(MAX_DEPTH + 20)}${'</div>'.repeat(MAX_DEPTH + 20)}</body>`);
    const doc = dom.window.document;
    boundNesting(doc.body);
    const deepest = Math.max(...Array.from(doc.body.querySelectorAll('*')).map(depthOf));
    expect(deepest).toBeLessThanOrEqual(MAX_DEPTH + 1);
  });

  it('still finds the article under 600 levels of nesting', () => {
    const article = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>Paragraph ${i} of the story says the council approved the transport plan on Monday after a long debate about costs.</p>`,
    ).join('');
    const dom = parse(
      `<html><head><title>Plan approved</title></head><body>${'<div>'.repeat(600)}<article><h1>Plan approved</h1>${article}</article>${'</div>'.repeat(600)}</body></html>`,
    );
    const result = extractArticle(dom.window.document);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text).toContain('Paragraph 7 of the story');
  });

  it('refuses a page with too much text with a clear message', () => {
    const dom = parse(
      `<body><article>${'<p>The council met again today to talk about the plan.</p>'.repeat(200)}</article></body>`,
    );
    const result = extractArticle(dom.window.document, { maxTextChars: 5000 });
    expect(result).toMatchObject({ ok: false, kind: 'too-large' });
    if (!result.ok) expect(result.message).toMatch(/too large.*characters of text/);
  });

  it('refuses a page with too many elements with a clear message', () => {
    expect(MAX_ELEMENTS).toBeGreaterThan(50_000);
    const dom = parse(`<body>${'<span>x</span>'.repeat(2010)}</body>`);
    const result = extractArticle(dom.window.document, { maxElements: 2000 });
    expect(result).toMatchObject({ ok: false, kind: 'too-large' });
    if (!result.ok) expect(result.message).toMatch(/too large/);
  });
});
