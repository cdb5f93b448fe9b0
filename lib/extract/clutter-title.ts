/**
 * The story's own headline, repeated at the top of the article (issue #3).
 * Readability removes the first heading that repeats the title; pages that
 * print the headline twice (a hidden copy in the page header, then the
 * story's) keep the second one, above the first paragraph. The reader shows
 * the title on its own, so the copy goes.
 */

import { lowerWords } from '../text/words';

/** How many blocks from the top a repeated headline may stand. */
export const TITLE_BLOCKS = 3;

const HEADING = /^H[1-4]$/;

/** Lower-cased words of a text, one space apart: "Cat found in ..." matches "cat found in ...". */
function words(text: string): string {
  return lowerWords(text).join(' ');
}

/** What the page says of its story in its head: the lines a copy at the top of the story repeats. */
export interface PageHeads {
  titles: Set<string>;
  descriptions: string[];
}

/**
 * The page's titles and descriptions as `readMetadata` found them, read
 * before Readability: it drops an "unlikely" element even when it is
 * <html> (class "header-spacing" on Scrapinghub's Hearst pages), head and
 * all, and the document is then left with no title (fixture
 * clutter-title-below-menu).
 */
export function pageHeads(meta: { titles: string[]; descriptions: string[] }): PageHeads {
  return { titles: pageTitles(meta.titles), descriptions: pageDescriptions(meta.descriptions) };
}

/**
 * The page's titles, as word strings: each whole and cut at its
 * separators ("Headline - Site Name").
 */
function pageTitles(found: string[]): Set<string> {
  const out = new Set<string>();
  for (const title of found) {
    out.add(words(title));
    for (const part of title.split(/\s[|–—·•:-]\s|\s[|–—·•]|[|–—·•]\s/)) out.add(words(part));
  }
  // A title of a word or two ("News", "Home") says nothing about a heading.
  return new Set([...out].filter((t) => t.split(' ').length >= 3));
}

/** A block near the top of the story, as the clutter pass sees it. */
export interface TopBlock {
  el: Element;
  text: string;
  /** Its index among all the pick's blocks. */
  index: number;
  /** How many blocks above it were kept: clutter dropped above it does not push it down. */
  position: number;
  /** First and last blocks of prose (proseSpan). */
  span: readonly [number, number];
}

/**
 * Whether the block is a heading above the first paragraph of prose that
 * repeats one of the page's titles. Further down, a section may be named
 * like the page ("The best houseplants for low light", WCXB 4700): it stays.
 * Above the prose, the menu a page header left may stand between the top
 * and the headline (Scrapinghub's Hearst pages): only without prose does
 * the distance from the top decide. A page without headings may print the
 * headline as the first paragraph, word for word (fixture
 * clutter-title-paragraph); a paragraph further down that says the title
 * is the story's.
 */
export function repeatsTitle(block: TopBlock, titles: Set<string>): boolean {
  const firstProse = block.span[0];
  return (
    (firstProse < 0 ? block.position < TITLE_BLOCKS : block.index < firstProse) &&
    (HEADING.test(block.el.tagName) || (block.position === 0 && block.el.tagName === 'P')) &&
    titles.has(words(block.text))
  );
}

/**
 * The page's descriptions as word strings, without a trailing ellipsis's
 * cut word. Only those of a sentence's length: "News and views" matches too much.
 */
function pageDescriptions(found: string[]): string[] {
  const out = new Set<string>();
  for (const content of found) {
    // "... the city to spiral into ch…": the cut word matches nothing.
    const cut = /(?:\.{3}|…)\s*$/.test(content.trim());
    const w = words(content).split(' ');
    if (cut) w.pop();
    if (w.length >= STANDFIRST_MIN_WORDS) out.add(w.join(' '));
  }
  return [...out];
}

const STANDFIRST_MIN_WORDS = 6;
/**
 * Where a page marks its standfirst: id or data-* values (Readability strips
 * classes). Not "summary": TechCrunch marks its first paragraph "speakable-summary".
 */
const STANDFIRST_MARK = /standfirst|(?:^|[\s_-])dek(?:$|[\s_-])|sub-?title|sub-?head|strapline|deck/i;

/**
 * Whether the block is the story's standfirst: the summary printed above
 * it, which the page also gives as its description. Many sites' description
 * is instead the first paragraph of the story (most Scrapinghub pages,
 * "WASHINGTON (AP) — ..."): that paragraph is the article and stays. So the
 * block must also be set apart from the story: inside the story's <header>, or in a container whose id or data attribute calls it
 * a standfirst, dek or subtitle; and prose must follow it (fixtures
 * clutter-standfirst, clutter-standfirst-lead-kept). A subheading alone
 * does not set it apart: blogs print their opening lines as an <h2> or <h3>,
 * and the benchmarks' truth keeps them (WCXB 0344 and 4646).
 */
export function isStandfirst(block: TopBlock, root: Element, descriptions: string[]): boolean {
  if (!descriptions.length || block.position >= TITLE_BLOCKS) return false;
  // The standfirst may itself be long enough to open the prose span, never close it.
  if (block.span[1] <= block.index) return false;
  const w = words(block.text);
  if (w.split(' ').length < STANDFIRST_MIN_WORDS) return false;
  if (!descriptions.some((d) => d === w || d.startsWith(w) || w.startsWith(d))) return false;
  for (let a: Element | null = block.el; a && a !== root; a = a.parentElement) {
    if (a.tagName === 'HEADER') return true;
    for (const name of a.getAttributeNames())
      if ((name === 'id' || name.startsWith('data-')) && STANDFIRST_MARK.test(a.getAttribute(name) ?? '')) return true;
  }
  return false;
}
