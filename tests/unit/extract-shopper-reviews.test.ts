import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { HINT_ATTR, hintFor } from '../../lib/extract/hints';
import { dropShopperReviews } from '../../lib/extract/shopper-reviews';

const element = (html: string): Element =>
  new JSDOM(`<body>${html}</body>`, { virtualConsole: new VirtualConsole() }).window.document.body.firstElementChild!;

const sentence = (n: number) => Array.from({ length: n }, (_, i) => `Word${i}`).join(' ') + '.';

describe('which class words name shoppers’ reviews', () => {
  it.each(['product-reviews', 'customer-reviews-wrapper', 'buyer_review', 'product-reviews__reviews-list'])(
    '%s is a review section',
    (words) => expect(hintFor(element(`<div class="${words}"></div>`))).toBe('reviews'),
  );
  // A bare or singular review names an editor's review, which is the article.
  it.each(['review', 'review-content', 'product-review', 'reviews', 'user_reviews', 'reviews-section'])(
    '%s is not',
    (words) => expect(hintFor(element(`<div class="${words}"></div>`))).toBeUndefined(),
  );
});

describe('dropShopperReviews', () => {
  const pick = (productWords: number, reviewWords: number) =>
    element(
      `<div><p>${sentence(productWords)}</p><div ${HINT_ATTR}="reviews"><p>${sentence(reviewWords)}</p></div></div>`,
    );

  it('drops reviews that outweigh the product they follow', () => {
    const el = pick(60, 240);
    dropShopperReviews(el);
    expect(el.querySelector(`[${HINT_ATTR}]`)).toBeNull();
    expect(el.textContent).toContain('Word59');
  });

  it('leaves a pick that is all reviews to the main content', () => {
    const el = pick(5, 200);
    dropShopperReviews(el);
    expect(el.querySelector(`[${HINT_ATTR}]`)).not.toBeNull();
  });
});
