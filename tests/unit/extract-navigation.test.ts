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

/** A page after prepareDocument alone: hidden elements dropped or shown, navigation still in. */
function prepare(body: string): Document {
  const doc = new JSDOM(`<body>${body}</body>`, { url: 'http://fakehost/a', virtualConsole: new VirtualConsole() })
    .window.document;
  prepareDocument(doc);
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

describe('hidden blocks', () => {
  it('drops a hidden block with all it holds, and reads the page on after it', () => {
    const doc = prepare(
      `<div><div><div hidden class="share-bar"><svg><path d="M0 0"/></svg>
         <nav><a href="/">Home</a></nav><div style="display:none">Hidden twice</div>
         <form><input name="q"></form></div></div></div>
       <div class="cookie-banner">We use cookies to improve your experience.</div>
       <div class="share-tools"><a href="/share">Share</a></div>
       <p>${prose}</p>`,
    );
    expect(doc.body.textContent).not.toMatch(/Home|Hidden twice|cookies/);
    expect(doc.querySelector('svg, nav, form')).toBeNull();
    // The elements after the hidden block are still read: the banner went, the share bar is hinted.
    expect(doc.querySelector('.share-tools')?.getAttribute('data-precis-hint')).toBe('share');
    expect(doc.body.textContent).toContain('A sentence of the story');
  });
});

describe('collapsed accordion panels', () => {
  it('opens a hidden panel of prose labelled by the button that toggles it', () => {
    const doc = prepare(
      `<button id="b1" aria-expanded="false" aria-controls="p1">Step one</button>
       <div id="p1" role="region" aria-labelledby="b1" hidden><p>${prose}</p></div>`,
    );
    const panel = doc.getElementById('p1');
    expect(panel?.hasAttribute('hidden')).toBe(false);
    expect(panel?.textContent).toContain('A sentence of the story');
  });

  it("opens a component library's panel whose classes start with cmp- (not a consent platform's)", () => {
    const doc = prepare(
      `<button id="b1" class="cmp-accordion__button" aria-expanded="false">Data engineering</button>
       <dd id="p1" class="cmp-accordion__panel cmp-accordion__panel--hidden" aria-labelledby="b1" hidden>
         <div class="cmp-container"><p>${prose}</p></div></dd>`,
    );
    expect(doc.getElementById('p1')?.textContent).toContain('A sentence of the story');
  });

  it('leaves a hidden dialog or nag hidden, though it is labelled and holds prose', () => {
    const doc = prepare(
      `<button id="open" aria-expanded="false">Subscribe</button>
       <div role="dialog" aria-labelledby="open" hidden><p>${prose}</p></div>
       <div class="newsletter-modal" aria-labelledby="open" style="display:none"><p>${prose}</p></div>`,
    );
    expect(doc.body.textContent).not.toContain('A sentence of the story');
  });

  it('leaves a hidden region labelled by a heading, not a toggle, hidden', () => {
    const doc = prepare(`<h2 id="h">Note</h2><div role="region" aria-labelledby="h" hidden><p>${prose}</p></div>`);
    expect(doc.body.textContent).not.toContain('A sentence of the story');
  });
});

describe('a page hidden until its scripts run', () => {
  it('shows a hidden wrapper that holds most of the page', () => {
    const doc = prepare(
      `<div id="root" style="visibility:hidden;min-height:100vh"><header>Site</header><article><p>${prose}</p></article></div>`,
    );
    expect(doc.body.textContent).toContain('A sentence of the story');
    expect(doc.getElementById('root')?.getAttribute('style')).not.toMatch(/hidden/);
  });

  it('still drops a hidden second copy of the story and hidden menus', () => {
    const doc = prepare(
      `<article><p>${prose}</p></article><div class="print-copy" style="display:none"><p>${prose}</p></div>
       <ul style="display:none"><li>Menu entry</li></ul>`,
    );
    expect(doc.body.textContent?.match(/A sentence of the story/g)).toHaveLength(4);
    expect(doc.body.textContent).not.toContain('Menu entry');
  });
});
