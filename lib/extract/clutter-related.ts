/**
 * Related-story sections Readability keeps inside the article (issue #3):
 * a "Related stories" / "You may also like..." heading, perhaps a line
 * introducing the list, and the links under it.
 */
import { normalizeSpace } from '../text/blocks';
import { linkDensity, wordCount } from './clutter-rules';
import { isReferenceHeading, isReferenceList } from './clutter-see-also';
import { siteOf } from './urls';
import { CELLS, closestTag, elementsUnder } from './walk';

const RELATED_HEADING =
  /^(?:related(?: stories| articles| posts| content| coverage| news| links| reading| videos?)?(?: (?:from|on|in|about) [^.!?]{1,40})?|recommended(?: for you| reading| stories)?|read (?:also|more|next)|also read|more (?:stories|news|articles|coverage|from|on|in)\b.*|(?:more|recent|latest|popular)(?: [\w'’]+){0,3} (?:stories|news|articles|posts|reads)|popular (?:this|today|now)\b.*|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|trending(?: now| stories)?|most (?:popular|read|viewed|shared)|popular (?:posts|stories|articles)|latest (?:news|stories|articles|posts)|top stories|further reading|see also|don'?t miss|editor'?s picks|more to read|keep reading|more)\s*(?::|\.{3}|…)?$/i;

/** A line that only introduces the list after it. */
const INTRO_LINE = /^[^.!?]*\b(?:following|below|these|more)\b[^.!?]*:$/i;

const HEADING_LIKE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div']);

/**
 * A "Related stories" / "You may also like" heading followed by a block of
 * links: both go. A heading like "Related work" followed by prose stays.
 */
export function removeRelatedSections(root: Element): void {
  for (const h of elementsUnder(root).filter((e) => HEADING_LIKE.has(e.localName))) {
    // Cheap checks first: a div's textContent is its whole subtree.
    if (h.tagName === 'DIV' && h.children.length > 1) continue;
    if (!root.contains(h)) continue;
    const text = normalizeSpace(h.textContent ?? '');
    if (text.length > 60 || !RELATED_HEADING.test(text) || isReferenceHeading(h, text)) continue;
    let next = h.nextElementSibling;
    let nextText = next ? normalizeSpace(next.textContent ?? '') : '';
    // "You may also be interested in the following articles:" between the heading and its links.
    const intro = next && INTRO_LINE.test(nextText) && wordCount(nextText) <= 15 ? next : null;
    if (intro) {
      next = intro.nextElementSibling;
      nextText = next ? normalizeSpace(next.textContent ?? '') : '';
    }
    if (next && nextText && (linkDensity(next, nextText) >= 0.6 || isLinkList(next))) {
      let sib: Element | null = next;
      while (sib) {
        const s = normalizeSpace(sib.textContent ?? '');
        if (s && linkDensity(sib, s) < 0.6 && !isLinkList(sib)) break;
        const following: Element | null = sib.nextElementSibling;
        sib.remove();
        sib = following;
      }
      intro?.remove();
      h.remove();
    } else if (!intro && (!next || !nextText)) {
      // A lone heading at the end of the article: its links were already removed.
      h.remove();
    }
  }
}

/**
 * An item's length in such a list: a headline, or a line pointing at a few
 * of the site's guides (WIRED's "Want the best tools to get healthy? Check
 * out our Gear team's picks for the best fitness trackers, ...": 25 words).
 */
const LINK_ITEM_WORDS = 30;

/**
 * A list of teasers, each item a short headline with a link in it ("YouTubers
 * must unionize, <a>no matter what Google says</a>"): under a related
 * heading, that is the related list even when half its words are unlinked.
 */
function isLinkList(el: Element): boolean {
  if (el.localName !== 'ul' && el.localName !== 'ol') return false;
  const items = [...el.children].filter((c) => c.localName === 'li');
  return (
    items.length > 0 &&
    items.every(
      (li) => elementsUnder(li).some((e) => e.localName === 'a') && wordCount(li.textContent ?? '') <= LINK_ITEM_WORDS,
    )
  );
}

/** A teaser's headline: a few words, all of them one link. */
const TEASER_MIN_WORDS = 4;
const TEASER_MAX_WORDS = 25;
/** A paragraph of prose: teaser lists come after the last one. */
const PROSE_WORDS = 25;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without a window's Node

/**
 * A list of the site's other stories with no heading left to name it (its
 * "More from ..." title was furniture Readability dropped, or never said
 * "related"), below the article's last paragraph: every item is a link to
 * the same site and nothing else, each a headline's length. A run of one-item lists side by side counts as one
 * list. Items of a word or three are menus, which the link-line rule drops;
 * an item with words of its own beside its link (a resource list's
 * "<a>Lingolia</a>: grammar exercises") is kept, and so is its list; so are
 * links to shops and other sites, which a deals post lists as its content
 * ("Get it on Amazon for $199", Scrapinghub 287e4d9f).
 */
export function removeTeaserLists(root: Element, pageUrl: string): void {
  const site = siteOf(pageUrl);
  const all = elementsUnder(root);
  const lists = all.filter((e) => e.localName === 'ul' || e.localName === 'ol');
  if (lists.length === 0) return;
  const lastProse = all.findLast((e) => e.localName === 'p' && wordCount(e.textContent ?? '') >= PROSE_WORDS);
  const judged = new Set<Element>();
  for (const list of lists) {
    if (judged.has(list) || !root.contains(list) || closestTag(list, CELLS)) continue;
    // Above the last paragraph, such a list is the article's own reading list (WCXB 0332, 4218 keep it).
    if (lastProse && list.compareDocumentPosition(lastProse) & FOLLOWING) continue;
    const run = [list];
    for (let next = list.nextElementSibling; next && lists.includes(next); next = next.nextElementSibling)
      run.push(next);
    run.forEach((l) => judged.add(l));
    const items = run.flatMap((l) => [...l.children]);
    if (items.length < 2 || items.some((li) => li.localName !== 'li') || isReferenceList(list)) continue;
    if (items.every((li) => isTeaser(li, site))) run.forEach((l) => l.remove());
  }
}

function isTeaser(li: Element, site: string | undefined): boolean {
  const text = normalizeSpace(li.textContent ?? '');
  const words = wordCount(text);
  if (words < TEASER_MIN_WORDS || words > TEASER_MAX_WORDS || linkDensity(li, text) < 0.9) return false;
  const links = elementsUnder(li).filter((e) => e.localName === 'a');
  return links.length > 0 && links.every((a) => siteOf((a as HTMLAnchorElement).href) === site);
}

/** A teaser post's excerpt: a paragraph or two, cut off. */
const EXCERPT_MAX_WORDS = 150;
/** The cut: an ellipsis at the very end, perhaps bracketed, perhaps before "Read more". */
const CUT_OFF =
  /(?:…|\.{3}|\[(?:…|\.{3})\])\s*(?:\(?(?:read more|continue reading|more|leia mais|ler mais|weiterlesen|lire la suite|leer más|leggi tutto)\)?\s*(?:»|→|>)?\s*)?$/i;

/**
 * Other posts' teasers below the story: a blog's archive or "more posts"
 * stream that Readability took in with it, each post its own <article>.
 * A teaser is a short post cut off with an ellipsis (Scrapinghub b3c19dd5:
 * six other posts after a 150-word one), or a card whose headline is a
 * link to the story it teases (Digg's "more stories" below an article).
 * Two or more teasers say what the stream is; then in a run of sibling
 * posts holding two cut-off ones, every short post goes, cut off or not (a
 * quote short enough to show whole). The story's own <article>, the one
 * holding the pick's first paragraph of prose, is never one: a blog may
 * link its own headline, and the story need not be the first <article>
 * (fixture clutter-teaser-cards: only the cards are in the pick). Where
 * the story is a card itself, the cards are its peers and stay (fixture
 * listing-linked-cards).
 */
export function removeTeaserPosts(root: Element): void {
  const all = elementsUnder(root);
  const articles = all.filter((e) => e.localName === 'article');
  if (articles.length < 2) return;
  const firstProse = all.find((e) => e.localName === 'p' && wordCount(e.textContent ?? '') >= PROSE_WORDS);
  const story = firstProse?.closest('article');
  // A story that is itself a card (short, its headline a link) is one of a
  // grid of peers: a listing whose cards are its content (WCXB 4054, a
  // product grid), not a story with teasers below it.
  const storyIsCard =
    !!story && wordCount(story.textContent ?? '') <= EXCERPT_MAX_WORDS && elementsUnder(story).some(isLinkedHeadline);
  const teasers: Element[] = [];
  const streams = new Map<Element, { short: Element[]; cut: number }>();
  for (const a of articles) {
    if (a === story) continue;
    // One post per article: an article that holds others is their container.
    const inside = elementsUnder(a);
    if (!a.parentElement || inside.some((e) => e !== a && e.localName === 'article')) continue;
    const text = normalizeSpace(a.textContent ?? '');
    const words = wordCount(text);
    if (words > EXCERPT_MAX_WORDS) continue;
    const stream = streams.get(a.parentElement) ?? { short: [], cut: 0 };
    stream.short.push(a);
    streams.set(a.parentElement, stream);
    const cut = words >= TEASER_MIN_WORDS && CUT_OFF.test(text);
    if (cut) stream.cut++;
    if (cut || (!storyIsCard && inside.some(isLinkedHeadline))) teasers.push(a);
  }
  if (teasers.length < 2) return;
  teasers.forEach((a) => a.remove());
  for (const { short, cut } of streams.values()) if (cut >= 2) short.forEach((a) => a.remove());
}

/** A heading that is all one link: another story's headline, not this one's. */
function isLinkedHeadline(el: Element): boolean {
  if (!/^h[1-6]$/.test(el.localName)) return false;
  const text = normalizeSpace(el.textContent ?? '');
  return wordCount(text) >= 3 && linkDensity(el, text) >= 0.9;
}
