import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isProbablyReaderable as mozilla } from '@mozilla/readability';
import { isProbablyReaderable } from '../../lib/extract/readerable';

const PAGES = join(import.meta.dirname, '..', 'fixtures', 'pages');
const doc = (html: string) => new JSDOM(html).window.document;
const para = (n: number, attrs = '') => `<p${attrs}>${'word '.repeat(n)}</p>`;

describe("isProbablyReaderable answers as Mozilla's does (issue #3's speed target)", () => {
  it.each(readdirSync(PAGES))('on the %s fixture', (name) => {
    const html = readFileSync(join(PAGES, name, 'source.html'), 'utf8');
    expect(isProbablyReaderable(doc(html))).toBe(mozilla(doc(html)));
  });

  it.each([
    ['one long paragraph', para(200), true],
    ['short paragraphs only', para(20).repeat(10), false],
    ['long paragraphs hidden inline', para(200, ' style="display: none"').repeat(3), false],
    ['long paragraphs with another style', para(200, ' style="color: red"'), true],
    ['long paragraphs hidden by attribute', para(200, ' hidden').repeat(3), false],
    ['aria-hidden paragraphs', para(200, ' aria-hidden="true"').repeat(3), false],
    ['aria-hidden fallback images', para(200, ' aria-hidden="true" class="fallback-image"'), true],
    ['paragraphs in a list', `<ul><li>${para(200)}</li></ul>`, false],
    ['paragraphs in a sidebar', para(200, ' class="sidebar"'), false],
    ['a sidebar that is also content', para(200, ' class="sidebar content"'), true],
    ['a div broken by br', `<div>${'word '.repeat(200)}<br>more</div>`, true],
  ])('on %s', (_title, body, expected) => {
    const html = `<body>${body}</body>`;
    expect(mozilla(doc(html))).toBe(expected);
    expect(isProbablyReaderable(doc(html))).toBe(expected);
  });
});
