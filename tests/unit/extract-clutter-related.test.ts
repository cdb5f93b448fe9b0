import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeTeaserPosts } from '../../lib/extract/clutter-related';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pages');

/** The fixture page's <main>, standing in for Readability's pick. */
function pick(fixture: string): Element {
  const html = readFileSync(join(FIXTURES, fixture, 'source.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return doc.querySelector('main')!;
}

const cards = (root: Element) => root.querySelectorAll('article.card').length;

describe('removeTeaserPosts', () => {
  it('drops cards with linked headlines below a story', () => {
    const root = pick('clutter-teaser-cards');
    expect(cards(root)).toBe(3);
    removeTeaserPosts(root);
    expect(cards(root)).toBe(0);
    expect(root.textContent).toContain('The Town That Taught Its Crows To Recycle');
  });

  it('keeps a grid of cards whose first is the "story": they are peers, the listing itself', () => {
    const root = pick('listing-linked-cards');
    expect(cards(root)).toBe(5);
    removeTeaserPosts(root);
    expect(cards(root)).toBe(5);
  });
});
