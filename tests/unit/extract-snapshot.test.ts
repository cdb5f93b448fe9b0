/**
 * Reading a page from a copy (issue #9): the script in the page copies its
 * DOM without event handlers or <base>, and the extension parses the copy
 * under its own address, so every relative link must still point at the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { serializePage } from '../../lib/extract/snapshot';
import { isPageSnapshot } from '../../lib/validate';

const PAGE_URL = 'https://news.example/world/2026/river-plan.html';
const EXTENSION_URL = 'chrome-extension://abcdefghijklmnop/popup.html';

const paragraphs = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the river plan story tells how the council weighed the cost of new banks against the homes the floods reached last spring, and what the engineers said about it.</p>`,
).join('\n');

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>River plan approved</title>
<base href="/world/">
<style>.tracker { display: block }</style>
<script>window.analytics = { id: 'tracker-config' };</script>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "River plan approved"}</script>
</head><body onload="window.__ran = 1">
<article><h1>River plan approved</h1>
<p>The council <a href="2026/vote.html" onclick="steal()">voted</a> on Tuesday, see <a href="#notes">the notes</a>.</p>
<figure><img src="img/river.jpg" srcset="img/river.jpg 1x, /img/river@2x.jpg 2x" onerror="steal()" alt="The river"><figcaption>The river</figcaption></figure>
<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="img/lazy.jpg" alt="Lazy"></figure>
${paragraphs}
<template><img src="x" onerror="steal()"></template>
<noscript><img src="img/noscript.jpg" onerror="steal()"></noscript>
</article></body></html>`;

/** A page as a browser shows it: scripts enabled, so <noscript> holds text. */
const livePage = () => new JSDOM(PAGE, { url: PAGE_URL, runScripts: 'outside-only' }).window.document;

describe('copying a page', () => {
  it('drops event handlers (also in templates and noscript) and <base>, and leaves the page alone', () => {
    const doc = livePage();
    const html = serializePage(doc);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/\bon(?:load|click|error)=/i);
    expect(html).not.toMatch(/<base/i);
    expect(html).toContain('img/noscript.jpg');
    // Scripts and style sheets nothing reads stay behind; JSON-LD is read for metadata and FAQs.
    expect(html).not.toContain('tracker');
    expect(html).toContain('"headline": "River plan approved"');
    // The live page still has everything.
    expect(doc.body.getAttribute('onload')).toBe('window.__ran = 1');
    expect(doc.querySelector('base')).not.toBeNull();
    expect(doc.querySelectorAll('script, style')).toHaveLength(3);
  });

  it('keeps the snapshot shape the extension checks on receipt', () => {
    const doc = livePage();
    const snapshot = { ok: true, url: PAGE_URL, baseUrl: doc.baseURI, html: serializePage(doc) };
    expect(isPageSnapshot(snapshot)).toBe(true);
    expect(isPageSnapshot({ ok: true, url: PAGE_URL, html: '' })).toBe(false);
    expect(isPageSnapshot({ ok: false, kind: 'too-large', message: 'Too large.' })).toBe(true);
  });
});

describe('reading the copy under the extension’s address', () => {
  const read = () => {
    const live = livePage();
    const copy = new JSDOM(serializePage(live), { url: EXTENSION_URL }).window.document;
    return extractArticle(copy, { url: PAGE_URL, baseUrl: live.baseURI });
  };

  it('resolves links, images, srcset and lazy images against the page’s base', () => {
    const result = read();
    if (!result.ok) throw new Error(result.message);
    const { html, url } = result.article;
    expect(url).toBe(PAGE_URL);
    expect(html).toContain('href="https://news.example/world/2026/vote.html"');
    expect(html).toContain('src="https://news.example/world/img/river.jpg"');
    expect(html).toContain('https://news.example/img/river@2x.jpg 2x');
    expect(html).toContain('https://news.example/world/img/lazy.jpg');
    expect(html).not.toContain('chrome-extension://');
  });

  it('names the page’s site, not the extension', () => {
    const result = read();
    if (!result.ok) throw new Error(result.message);
    expect(result.article.siteName ?? '').not.toMatch(/abcdefghijklmnop/);
    expect(result.article.title).toBe('River plan approved');
  });

  it('without the page’s base, the same copy loses its links (why baseUrl exists)', () => {
    const live = livePage();
    const copy = new JSDOM(serializePage(live), { url: EXTENSION_URL }).window.document;
    const result = extractArticle(copy, { url: PAGE_URL });
    if (!result.ok) throw new Error(result.message);
    // Resolved against the extension's address, then refused by the sanitizer.
    expect(result.article.html).not.toContain('https://news.example/world/2026/vote.html');
  });
});

describe('the seed page read from a copy', () => {
  it('gives the same article as reading the page itself', () => {
    const source = readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'pages', 'seed-news-page', 'source.html'),
      'utf8',
    );
    const url = 'http://fakehost/news/boosting-high-quality-development/';
    const direct = extractArticle(new JSDOM(source, { url }).window.document, { url });
    const live = new JSDOM(source, { url, runScripts: 'outside-only' }).window.document;
    const copy = new JSDOM(serializePage(live), { url: EXTENSION_URL }).window.document;
    const fromCopy = extractArticle(copy, { url, baseUrl: live.baseURI });
    if (!direct.ok || !fromCopy.ok) throw new Error('the seed page has an article');
    expect(fromCopy.article.text).toBe(direct.article.text);
    expect(fromCopy.article.points).toEqual(direct.article.points);
    expect(fromCopy.article.faq).toEqual(direct.article.faq);
    expect(fromCopy.article.html).toBe(direct.article.html);
  });
});

describe('a fixture read from a copy', () => {
  // Teaser lists are judged by their links' site: the page's, not the extension's address the copy is parsed under.
  it('drops the same teaser lists as the page itself', () => {
    const source = readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'pages', 'clutter-teaser-lists', 'source.html'),
      'utf8',
    );
    const url = 'http://fakehost/clutter-teaser-lists/';
    const direct = extractArticle(new JSDOM(source, { url }).window.document, { url });
    const live = new JSDOM(source, { url }).window.document;
    const copy = new JSDOM(serializePage(live), { url: EXTENSION_URL }).window.document;
    const fromCopy = extractArticle(copy, { url, baseUrl: live.baseURI });
    if (!direct.ok || !fromCopy.ok) throw new Error('the fixture has an article');
    expect(direct.article.text).not.toContain('Planned mission could spot signs of life beneath the ice');
    expect(fromCopy.article.text).toBe(direct.article.text);
  });
});
