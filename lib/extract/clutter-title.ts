/**
 * The story's own headline, repeated at the top of the article (issue #3).
 * Readability removes the first heading that repeats the title; pages that
 * print the headline twice (a hidden copy in the page header, then the
 * story's) keep the second one, above the first paragraph. The reader shows
 * the title on its own, so the copy goes.
 */

/** How many blocks from the top a repeated headline may stand. */
export const TITLE_BLOCKS = 3;

const HEADING = /^H[1-4]$/;

/** Lower-cased words of a text, one space apart: "Cat found in ..." matches "cat found in ...". */
function words(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * The page's titles, as word strings: `<title>` whole and cut at its
 * separators ("Headline - Site Name"), og:title and twitter:title.
 */
export function pageTitles(doc: Document): Set<string> {
  const found = [doc.title];
  // Not querySelector('meta[property=...]'): under jsdom an attribute
  // selector over the whole page cost 3-6 ms a page (issue #3).
  const metas = Array.from(doc.getElementsByTagName('meta'));
  for (const name of ['og:title', 'twitter:title']) {
    const meta = metas.find((m) => m.getAttribute('property') === name || m.getAttribute('name') === name);
    const content = meta?.getAttribute('content');
    if (content) found.push(content);
  }
  const out = new Set<string>();
  for (const title of found) {
    out.add(words(title));
    for (const part of title.split(/\s[|–—·•:-]\s|\s[|–—·•]|[|–—·•]\s/)) out.add(words(part));
  }
  // A title of a word or two ("News", "Home") says nothing about a heading.
  return new Set([...out].filter((t) => t.split(' ').length >= 3));
}

/**
 * Whether `el`, the `index`-th block, is a heading above the first
 * paragraph of prose (block `firstProse`) that repeats one of the page's
 * titles. Further down, a section may be named like the page ("The best
 * houseplants for low light", WCXB 4700): it stays.
 */
export function repeatsTitle(
  el: Element,
  text: string,
  index: number,
  firstProse: number,
  titles: Set<string>,
): boolean {
  return (
    index < TITLE_BLOCKS &&
    (firstProse < 0 || index < firstProse) &&
    HEADING.test(el.tagName) &&
    titles.has(words(text))
  );
}
