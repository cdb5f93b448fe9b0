import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeRelatedSections, removeTeaserLists, removeTeaserPosts } from '../../lib/extract/clutter-related';

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

describe('a "See also" section', () => {
  const links =
    '<li><a href="/docs/a">Basic concepts of grid</a></li><li><a href="/docs/b">Auto placement in grids</a></li>';
  const body = (heading: string) =>
    new DOMParser().parseFromString(
      `<div><p>${'A paragraph of the text itself, long enough to count as prose. '.repeat(3)}</p>${heading}<ul>${links}</ul></div>`,
      'text/html',
    ).body.firstElementChild!;

  it.each([
    ['an id on the heading', '<h2 id="see_also">See also</h2>'],
    ['an anchor to itself inside the heading', '<h2><a href="#see-also">See also</a></h2>'],
  ])("keeps a documentation page's references under a heading with %s", (_, heading) => {
    const root = body(heading);
    removeRelatedSections(root);
    removeTeaserLists(root, 'https://docs.example/guide');
    expect(root.querySelectorAll('li')).toHaveLength(2);
    expect(root.textContent).toContain('See also');
  });

  it('drops a bare "See also" heading and its links, as a news page\'s teasers', () => {
    const root = body('<h3>See also</h3>');
    removeRelatedSections(root);
    expect(root.querySelector('ul')).toBeNull();
    expect(root.textContent).not.toContain('See also');
  });
});
