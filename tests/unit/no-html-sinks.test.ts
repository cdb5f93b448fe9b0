// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { h, render } from 'preact';
import { PATCHES } from '../../scripts/no-html-sinks';

const ROOT = join(import.meta.dirname, '..', '..');

describe('no HTML-string sinks in third-party code (issue #10)', () => {
  it.each(PATCHES.map((p) => [p.why, p] as const))('%s: still matches the installed library once', (_, patch) => {
    const file = {
      preact: 'node_modules/preact/dist/preact.mjs',
      dompurify: 'node_modules/dompurify/dist/purify.es.mjs',
      readability: 'node_modules/@mozilla/readability/Readability.js',
    }[patch.why.startsWith('Preact') ? 'preact' : patch.why.startsWith('DOMPurify') ? 'dompurify' : 'readability'];
    expect(patch.module.test(join(ROOT, file).replaceAll('\\', '/'))).toBe(true);
    expect(readFileSync(join(ROOT, file), 'utf8').split(patch.find).length - 1).toBe(1);
  });

  it('runs the patched libraries in these tests too', () => {
    const source = Object.values(Readability.prototype as unknown as Record<string, unknown>)
      .filter((f) => typeof f === 'function')
      .map(String)
      .join('\n');
    expect(source).toContain('pageCache.cloneNode(true)');
    expect(source).not.toContain('tmp.innerHTML');
    expect(String(createDOMPurify)).not.toContain('documentElement.innerHTML =');
  });

  it('refuses dangerouslySetInnerHTML in Preact', () => {
    const host = document.createElement('div');
    expect(() =>
      render(h('div', { dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' } }), host),
    ).toThrow(/dangerouslySetInnerHTML is disabled/);
    expect(host.querySelector('img')).toBeNull();
  });

  it('still unwraps <noscript> images, through DOMParser', () => {
    const doc = new DOMParser().parseFromString(
      `<html><body><article><h1>T</h1>${'<p>Some words of a long enough article body. '.repeat(40)}</p>
       <img src="placeholder.gif"><noscript><img src="https://a.example/real.jpg" alt="real"></noscript>
       ${'<p>More words of the same long article body, to make it read as one. '.repeat(40)}</p></article></body></html>`,
      'text/html',
    );
    const article = new Readability(doc, { charThreshold: 100 }).parse();
    expect(article?.content).toContain('https://a.example/real.jpg');
  });
});
