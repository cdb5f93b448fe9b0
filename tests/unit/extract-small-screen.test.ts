import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../lib/extract';
import {
  SMALL_SCREEN_ATTR,
  dropSmallScreenCopies,
  isSmallScreenOnly,
  markSmallScreen,
} from '../../lib/extract/small-screen';

function page(body: string, head = ''): JSDOM {
  return new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`, {
    url: 'http://fakehost/products/linen-apron',
    virtualConsole: new VirtualConsole(),
  });
}

describe('which class words mark a small-screen copy', () => {
  it.each([
    'product-description hidden-md-up',
    'vc_column vc_hidden-lg vc_hidden-md',
    'd-block d-lg-none',
    'block lg:hidden',
    'variant-item__details large-up-hide',
    'hide-desktop',
    'hide-for-large',
    'visible-xs',
    'show-for-small-only',
    'mobile-only',
  ])('%s', (words) => {
    expect(isSmallScreenOnly(words)).toBe(true);
  });

  it.each([
    'product-description hidden-md-down',
    'hide-mobile',
    'hidden-mobile',
    'hide-for-medium-only',
    'd-none d-md-block',
    'desktop',
    'scroll-slide desktop dark',
    'product-meta',
    'hidden',
    'show-more',
    'row columns is-mobile',
    'scroll-slide mobile dark',
    'stack-cards-mobile',
    'title is-5 is-size-6-mobile',
    'has-text-centered-mobile',
  ])('not %s', (words) => {
    expect(isSmallScreenOnly(words)).toBe(false);
  });
});

const DESCRIPTION =
  '<p>A heavy linen apron, cut long, with two deep pockets and a loop for a towel.</p>' +
  '<p>Washed soft before it leaves us, it keeps its shape for years; the straps cross at the back and never dig into the neck, even on a long day at the stove.</p>';

describe('small-screen copies', () => {
  it('drops a copy whose text the rest already holds', () => {
    const doc = page(`<div id="c"><div>${DESCRIPTION}</div><div data-copy>${DESCRIPTION}</div></div>`).window.document;
    for (const el of doc.querySelectorAll('[data-copy]')) markSmallScreen(el);
    const root = doc.getElementById('c')!;
    expect(dropSmallScreenCopies(root)).toBe(1);
    expect(root.textContent!.match(/heavy linen apron/g)).toHaveLength(1);
  });

  it('keeps a block only the small-screen layout has, and unmarks it', () => {
    const doc = page(
      `<div id="c"><div>${DESCRIPTION}</div><div data-copy><p>Tap the photo to see the apron worn in our kitchen and in a potter's studio.</p></div></div>`,
    ).window.document;
    for (const el of doc.querySelectorAll('[data-copy]')) markSmallScreen(el);
    const root = doc.getElementById('c')!;
    expect(dropSmallScreenCopies(root)).toBe(0);
    expect(root.textContent).toContain("potter's studio");
    expect(root.querySelector(`[${SMALL_SCREEN_ATTR}]`)).toBeNull();
  });

  it("reads a product's description once where the page writes it for a desktop and for a phone", () => {
    const dom = page(
      `<header><a href="/">Linen &amp; Co</a></header>
       <main><div class="product">
         <h1 class="product-title">Linen Apron</h1>
         <div class="product-price">$48.00</div>
         <div class="product-description hidden-md-down">${DESCRIPTION}</div>
         <button>Add to cart</button>
         <div class="product-description hidden-md-up">${DESCRIPTION}</div>
       </div></main>
       <footer><p>Linen &amp; Co, 4 Mill Lane</p></footer>`,
      '<meta property="og:type" content="product">',
    );
    const r = extractArticle(dom.window.document, { url: 'http://fakehost/products/linen-apron' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text.match(/heavy linen apron/g)).toHaveLength(1);
    expect(r.article.text).toContain('straps cross at the back');
    expect(r.article.html).not.toContain(SMALL_SCREEN_ATTR);
  });
});
