import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { dropNavigation, prepareDocument } from '../../lib/extract/prepare';

const prose = 'A sentence of the story that goes on for a while, as stories do. '.repeat(4);

function prepared(body: string): Document {
  const doc = new JSDOM(`<body>${body}</body>`, { url: 'http://fakehost/a', virtualConsole: new VirtualConsole() })
    .window.document;
  dropNavigation(prepareDocument(doc));
  return doc;
}

describe('page navigation before Readability', () => {
  it('drops the menus and the page footer', () => {
    const doc = prepared(
      `<nav><a href="/">Home</a><a href="/world">World</a></nav>
       <div role="navigation"><a href="/next">Next</a></div>
       <article><p>${prose}</p></article>
       <footer><a href="/about">About us</a></footer>
       <div role="contentinfo">© The Paper</div>`,
    );
    expect(doc.body.textContent).not.toMatch(/Home|World|Next|About us|The Paper/);
    expect(doc.body.textContent).toContain('A sentence of the story');
  });

  it('keeps a footer inside the article or around the main content', () => {
    const doc = prepared(
      `<article><p>${prose}</p><footer>Reporting by Jane Doe</footer></article>
       <footer><main><p>${prose}</p></main></footer>`,
    );
    expect(doc.body.textContent).toContain('Reporting by Jane Doe');
    expect(doc.getElementsByTagName('main')).toHaveLength(1);
  });
});
