import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { unmaskProse } from '../../lib/extract/prose-classes';

const paragraph = '<p>A sentence of the review that goes on for a while, as reviews of dishwashers do.</p>';

function unmasked(body: string): Document {
  const doc = new JSDOM(`<body>${body}</body>`, { url: 'http://fakehost/a', virtualConsole: new VirtualConsole() })
    .window.document;
  unmaskProse(doc.body);
  return doc;
}

const classOf = (doc: Document, id: string) => doc.getElementById(id)!.getAttribute('class');

describe('prose sections Readability would drop by their class', () => {
  it('takes layout words out of a section of prose and of the blocks inside it', () => {
    const doc = unmasked(
      `<div id="section" class="c-product-widget c-product-widget--big">
         <div id="name" class="c-product-widget__name">Calder 800</div>
         <div id="text" class="c-product-widget__content">${paragraph}${paragraph}</div>
       </div>`,
    );
    expect(classOf(doc, 'section')).toBe('');
    expect(classOf(doc, 'name')).toBe('');
    expect(classOf(doc, 'text')).toBe('');
  });

  it('keeps the words that name furniture, and a pitch masked, even in prose', () => {
    const doc = unmasked(
      `<div id="comments" class="comments-widget">${paragraph}${paragraph}</div>
       <div id="box" class="widget related-box">${paragraph}${paragraph}</div>
       <div id="appeal" class="zone-widget"><div class="custom-cta-letter">${paragraph}${paragraph}</div></div>`,
    );
    expect(classOf(doc, 'appeal')).toBe('zone-widget');
    expect(classOf(doc, 'comments')).toBe('comments-widget');
    expect(classOf(doc, 'box')).toBe('related-box');
  });

  it('leaves a block without prose, or one that is mostly links, alone', () => {
    const doc = unmasked(
      `<div id="one" class="text-widget">${paragraph}</div>
       <div id="links" class="widget"><p><a href="/a">${'A teaser headline that goes on for many words. '.repeat(3)}</a></p>${paragraph}</div>`,
    );
    expect(classOf(doc, 'one')).toBe('text-widget');
    expect(classOf(doc, 'links')).toBe('widget');
  });

  it('leaves a column some screens hide, or one that is mostly not prose, alone', () => {
    const doc = unmasked(
      `<div id="side" class="column elementor-hidden-mobile"><div id="inner" class="text-widget">${paragraph}${paragraph}</div></div>
       <div id="mixed" class="widget-area">${paragraph}${paragraph}<ul>${'<li>Ninety-nine problems with a dishwasher door, listed</li>'.repeat(6)}</ul></div>`,
    );
    expect(classOf(doc, 'side')).toBe('column elementor-hidden-mobile');
    expect(classOf(doc, 'mixed')).toBe('widget-area');
  });

  it("leaves a carousel of cards masked: each paragraph is one card's blurb, not prose", () => {
    const cards = `<ul>${`<li class="gallery-item card">${paragraph}</li>`.repeat(4)}</ul>`;
    const doc = unmasked(`<div id="gallery" class="card-set scroll-gallery">${cards}</div>`);
    expect(classOf(doc, 'gallery')).toBe('card-set scroll-gallery');
  });

  it('takes "header" out of a heading among paragraphs of prose, not out of a page header', () => {
    const doc = unmasked(
      `<header id="top" class="site-header"><h2 id="site" class="header-title">The Review</h2></header>
       <div class="body markup"><p>${'Words of the post. '.repeat(8)}</p><h2 id="h" class="header-anchor-post">Why it matters</h2><p>${'More words of the post. '.repeat(6)}</p></div>`,
    );
    expect(classOf(doc, 'h')).toBe('');
    expect(classOf(doc, 'site')).toBe('header-title');
    expect(classOf(doc, 'top')).toBe('site-header');
  });

  it('takes a layout token out wherever the page uses it, so that its sections weigh alike', () => {
    const doc = unmasked(
      `<div id="a" class="builder-widget">${paragraph}${paragraph}</div>
       <div id="b" class="builder-widget"><p>My top choices are:</p><ul><li>Babbel</li><li>Mondly</li></ul></div>
       <div class="elementor-hidden-mobile"><div id="c" class="builder-widget"><p>Call us today.</p></div></div>`,
    );
    expect(classOf(doc, 'a')).toBe('');
    expect(classOf(doc, 'b')).toBe('');
    expect(classOf(doc, 'c')).toBe('builder-widget');
  });
});
