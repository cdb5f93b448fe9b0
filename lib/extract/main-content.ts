/**
 * The main content of a page that is not an article (issue #3): a listing's
 * items, every post of a forum thread, a product's description and specs, a
 * service page's body. Readability keeps one block (one post, one blurb) or
 * nothing on such pages; this finds the region that holds the page's content
 * (`<main>`, role=main, or the container most of the page's prose sits in),
 * copies it, and the block pass (main-content-blocks.ts) keeps its blocks by
 * text and link density.
 *
 * The region is found and copied before Readability, which moves and drops
 * the page's nodes; the blocks are judged later, only when they are needed.
 */
import { HINT_ATTR, classAndId } from './hints';
import { isUserCard } from './user-cards';
import { lowerWords } from '../text/words';

/** Tags of page furniture: never part of the main content. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'MENU', 'DIALOG']);
/** Header and footer are furniture at page level, not inside a post or an article. */
const PAGE_LEVEL_TAGS = new Set(['HEADER', 'FOOTER']);
const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
]);
/** Hints (hints.ts) that mark furniture, whatever the text inside says. */
const FURNITURE_HINTS = new Set(['breadcrumb', 'share', 'related', 'newsletter', 'ad']);
/**
 * Class or id words of furniture. A layout's state is not furniture: a
 * `has-sidebar` or `no-footer` block is the one beside the sidebar (WCXB-dev
 * listings: the column of every teaser).
 */
const FURNITURE_WORDS =
  /(?:^|[\s_-])(?<!(?:^|[\s_-])(?:has|with|no|without)[_-])(?:nav|navbar|navigation|menu|mega-?menu|sidebar|side-?bar|footer|site-?footer|masthead|site-?header|breadcrumbs?|cookie|cookies|skip-?link|pagination|pager|social)(?:$|[\s_-])/i;
/**
 * Class or id words of shoppers' reviews of a product (`customer-reviews`,
 * `product-reviews`, `reviews-list`): WCXB's product truths hold the
 * product, not what buyers said of it, and a shop's reviews often outweigh
 * its description (WCXB-dev 2947, 2985, 0612). A rating summary (`user_reviews`,
 * `reviews-summary`: "Very positive, 1,204 reviews") is in those truths and
 * stays (WCXB-dev 3071, 3072 lost 0.7 F1 without it); so does a bare
 * `review`, which names an editor's review too.
 */
const REVIEW_WORDS =
  /(?:^|[\s_-])(?:(?:customer|product|buyer|client)s?[_-]?reviews?|reviews?[_-]?(?:list|section|container|widget|wrapper|tab|panel|content|items?))(?:$|[\s_-])/i;
/** Tags whose text no reader sees. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'OPTION']);

/**
 * A region holds a child when that child has at least this share of its
 * content: the search goes down into the child (a page wrapper, a content
 * column, a posts container) and stops where content spreads over siblings.
 */
const DESCEND_SHARE = 0.8;
/** `<main>` is taken as the start when it holds at least this share of the page's content. */
const MAIN_SHARE = 0.3;
/**
 * The search only goes down into containers: a region is never one
 * paragraph, one table or one list, which would lose the title, the price
 * or the posts around it.
 */
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'FORM', 'CENTER']);
const isContainer = (el: Element) => CONTAINER_TAGS.has(el.tagName.toUpperCase()) || el.tagName.includes('-');

/** Link text counts this much less than other text: a menu is all links, a post is not. */
const LINK_WEIGHT = 0.7;

/** True for elements that are page furniture (menus, banners, sidebars, share bars...). */
export function isFurniture(el: Element, insideArticle: boolean): boolean {
  return isFurnitureByKind(el, insideArticle) || isNamedFurniture(el);
}

/** Furniture by its tag, role or hint: what the page says the element is. */
function isFurnitureByKind(el: Element, insideArticle: boolean): boolean {
  const attrs = el.hasAttributes();
  return furnitureByKind(el, el.tagName.toUpperCase(), insideArticle, attrs, attrs ? el.getAttribute('role') : null);
}

/**
 * `isFurnitureByKind` for a caller that has read the element's tag (upper
 * case), whether it has attributes and its role.
 */
function furnitureByKind(
  el: Element,
  tag: string,
  insideArticle: boolean,
  attrs: boolean,
  role: string | null,
): boolean {
  if (FURNITURE_TAGS.has(tag)) return true;
  if (PAGE_LEVEL_TAGS.has(tag) && !insideArticle) return true;
  if (!attrs) return false;
  if (role && FURNITURE_ROLES.has(role)) return true;
  const hint = el.getAttribute(HINT_ATTR);
  return !!hint && FURNITURE_HINTS.has(hint);
}

/** Furniture by its class or id words alone: what the stylesheet calls it. */
function isNamedFurniture(el: Element): boolean {
  return el.hasAttributes() && namedByWords(el);
}

/** `isNamedFurniture` for an element known to have attributes. */
function namedByWords(el: Element): boolean {
  const words = classAndId(el);
  return words.length > 1 && (FURNITURE_WORDS.test(words) || REVIEW_WORDS.test(words) || isUserCard(el, words));
}

/** True for tags whose text is not shown. */
export function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName.toUpperCase());
}

const isArticleLike = (el: Element) =>
  el.tagName === 'ARTICLE' || el.tagName === 'MAIN' || el.getAttribute('role') === 'main';

/**
 * Content weight of every element that is not furniture: its text length,
 * link text weighted down. Furniture and hidden tags weigh nothing.
 */
function weigh(body: Element): Map<Element, number> {
  const weights = new Map<Element, number>();
  const named: Array<{ el: Element; insideArticle: boolean; inLink: boolean }> = [];
  /** Whether the content outside furniture has the page's heading: then no wrapper holds it. */
  let headed = false;
  const visit = (el: Element, insideArticle: boolean, inLink: boolean): number => {
    let w = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) {
        // Trimmed length: cheaper than counting every non-space character, and close enough.
        const n = (child.nodeValue ?? '').trim().length;
        w += inLink ? n * (1 - LINK_WEIGHT) : n;
      } else if (type === 1) {
        // isSkipped, isFurnitureByKind, isNamedFurniture and isArticleLike,
        // with the tag and the role read once for all four: this walk visits
        // the whole page, and under jsdom tagName is recomputed on every read
        // and each attribute lookup is a trip through its wrappers.
        const c = child as Element;
        const tag = c.tagName;
        const upper = tag.toUpperCase();
        const attrs = c.hasAttributes();
        const role = attrs ? c.getAttribute('role') : null;
        const inLinkNow = inLink || tag === 'A';
        if (SKIP_TAGS.has(upper) || furnitureByKind(c, upper, insideArticle, attrs, role)) continue;
        if (attrs && namedByWords(c)) named.push({ el: c, insideArticle, inLink: inLinkNow });
        else {
          headed ||= tag === 'H1';
          w += visit(c, insideArticle || tag === 'ARTICLE' || tag === 'MAIN' || role === 'main', inLinkNow);
        }
      }
    }
    weights.set(el, w);
    return w;
  };
  visit(body, false, false);
  // Named furniture around the page's content is a layout wrapper: weigh it
  // as content. Wrappers found inside one are looked at in turn. Where the
  // page's heading is outside furniture, only inside <main> or an article:
  // a landing page's hero holds the <h1>, and its sections sit in a wrapper
  // named for the sticky menu it carries (`secondary-sticky-nav`, WCXB-dev 0702).
  for (let i = 0; i < named.length; i++) {
    const { el, insideArticle, inLink } = named[i]!;
    if (headed && !insideArticle) continue;
    const rest = weights.get(body) ?? 0;
    if (!mayBeLayoutWrapper(el, rest, insideArticle)) continue;
    const w = visit(el, insideArticle || isArticleLike(el), inLink);
    if (w < rest * WRAPPER_RATIO) {
      // Furniture after all: the search for the region must not go into it.
      weights.delete(el);
      continue;
    }
    for (let a = el.parentElement; a; a = a.parentElement) {
      weights.set(a, (weights.get(a) ?? 0) + w);
      if (a === body) break;
    }
  }
  return weights;
}

/**
 * Whether named furniture may be a layout wrapper named for its layout: a
 * page whose content column is `container sidebar-right`, or whose whole
 * page sits in a `sticky-footer` wrapper (a CSS layout that keeps the
 * footer down), would otherwise have no content at all (WCXB-dev
 * documentation and product pages: a region of one word). A wrapper is a
 * container, holds the page's heading (a mega-footer outweighing a short
 * page holds no `<h1>`) or stands inside `<main>` or an article (no page
 * footer does), and at least four times the content weight of the
 * rest of the page, so that the search for the region goes into it: its
 * raw text is tested here, its weight once it is weighed.
 * @param rest the content weight of the page outside all furniture
 */
function mayBeLayoutWrapper(el: Element, rest: number, insideArticle: boolean): boolean {
  return (
    isContainer(el) && hasTextBeyond(el, rest * WRAPPER_RATIO) && (insideArticle || el.querySelector('h1') !== null)
  );
}

/** A layout wrapper holds at least this many times the content weight of the rest of the page. */
const WRAPPER_RATIO = 4;

/** True when `el` holds more than `limit` characters of text (trimmed text nodes); stops as soon as it does. */
function hasTextBeyond(el: Element, limit: number): boolean {
  let n = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    n += (t.nodeValue ?? '').trim().length;
    if (n > limit) return true;
  }
  return false;
}

/** Where the main content region was found, and whether it sits in an article or `<main>`. */
export interface MainRegion {
  /** A copy of the region, detached from the page (Readability changes the page afterwards). */
  copy: Element;
  /** The region is, or is inside, `<article>`, `<main>` or role=main: its headers and footers are content. */
  insideArticle: boolean;
}

/**
 * Finds the page's main content region and copies it. Returns undefined on
 * a page without a body or without text.
 */
export function findMainRegion(doc: Document): MainRegion | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const weights = weigh(body);
  const total = weights.get(body) ?? 0;
  if (total === 0) return undefined;
  let region: Element = body;
  // <main> (or role=main) when it holds a fair share of the content: a page
  // that marks its main content is believed, unless that is a stub.
  for (const [el, w] of weights) {
    if (w >= total * MAIN_SHARE && (el.tagName === 'MAIN' || el.getAttribute('role') === 'main')) {
      region = el;
      break;
    }
  }
  for (;;) {
    const own = weights.get(region) ?? 0;
    let best: Element | undefined;
    let bestWeight = 0;
    for (let c = region.firstElementChild; c; c = c.nextElementSibling) {
      const w = weights.get(c) ?? 0;
      if (w > bestWeight) [best, bestWeight] = [c, w];
    }
    if (!best || bestWeight < own * DESCEND_SHARE || !isContainer(best)) break;
    region = best;
  }
  let insideArticle = false;
  for (let cur: Element | null = region; cur; cur = cur.parentElement) if (isArticleLike(cur)) insideArticle = true;
  return { copy: region.cloneNode(true) as Element, insideArticle };
}

/** Lowercased words of a text, counted. */
function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of lowerWords(text)) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/**
 * The share of the main content's words that Readability's pick has, as
 * bags of words: near 1 when the pick is the main content, low when it is
 * one post of a thread or one item of a listing.
 */
export function pickCoverage(mainText: string, pickText: string): number {
  const main = wordBag(mainText);
  const pick = wordBag(pickText);
  let shared = 0;
  let size = 0;
  for (const [w, n] of main) {
    shared += Math.min(n, pick.get(w) ?? 0);
    size += n;
  }
  return shared / Math.max(1, size);
}

/**
 * Below this coverage Readability's pick is a fragment of the main content
 * even on a page that reads as an article: a signup blurb, one post of a
 * thread, one teaser of a listing, the first section of a long page
 * (WCXB-dev, issue #3). An article beside its comments or teasers keeps a
 * larger share: the swap at 0.6 cost article pages 0.6 points of F1.
 */
const FRAGMENT_COVERAGE = 0.35;

/**
 * On a page that reads as an article, a pick of this many words or more is
 * taken as the article, whatever its share, unless it is one of the
 * region's repeated items (main-content-peers.ts) or a section of a longer
 * text (main-content-prose.ts): a short story among teasers (WCXB-dev 0396,
 * 4456, 4281: 150 to 440 words, Readability exact, the region five to
 * fifteen times larger) or a long post whose comments outweigh it (fixture
 * article-long-comments). Below it the pick is a blurb: a signup line, a
 * thread's title, a post of a few lines.
 */
const ARTICLE_WORDS = 100;

/**
 * What the swap may ask about a long pick on a page that reads as an
 * article, each only when it matters: whether it is one of the region's
 * repeated items, how many words the region's copy holds (a cheap bound on
 * the main content, read before it is built), and whether the main content
 * holds prose the pick lacks (main-content-prose.ts; read after). And
 * whether the pick is a story at all (pick-sentences.ts): one without a
 * paragraph is a partner grid's blurbs or a thread's one-liners, one not
 * written in sentences a review filter's languages and counts.
 */
export interface PickEvidence {
  oneOfPeers?: () => boolean;
  regionWords?: () => number;
  lacksProse?: () => boolean;
  /** The pick is no story (pick-sentences.ts): no paragraph, or not written in sentences. */
  notAStory?: () => boolean;
}

/**
 * Whether the main content could replace a pick of `pickWords` words at
 * all: on a page that reads as an article, only a short pick, one that
 * `oneOfPeers` finds is one post or one item of many (fixture
 * forum-answers), or one the region is large enough to make a fragment of
 * (its copy over 1/FRAGMENT_COVERAGE times the pick's words). Asked before
 * the main content is built, which most article pages then skip;
 * `oneOfPeers` reads the region's classes, which building the main content
 * removes, so it is asked first.
 */
export const mayReplacePick = (isArticle: boolean, pickWords: number, pick: PickEvidence = {}): boolean =>
  !isArticle ||
  pickWords < ARTICLE_WORDS ||
  !!pick.oneOfPeers?.() ||
  (pick.regionWords?.() ?? 0) * FRAGMENT_COVERAGE > pickWords;

/**
 * Whether the main content replaces Readability's pick (of `pickWords`
 * words): on a page judged not an article, when the pick holds less than
 * 60% of it; on a page that reads as an article, only when the pick is a
 * fragment of it, and short, one of many items, a section of a longer
 * text whose other paragraphs it lacks (fixture article-lost-sections), or
 * no story (`notAStory`): a service page's partner grid of one-line blurbs,
 * a thread's one-liners (WCXB-dev 4290, 4657, 4282, 2828, 0341: the pick
 * 0.2 to 0.48 F1, the main content 0.74 to 0.99; the short stories among
 * teasers that must stay, 0396, 4456, 4281, have a paragraph), a shop's
 * review filter (3075, 3052, 3078). Thresholds from WCXB-dev.
 */
export const preferMainContent = (
  coverage: number,
  isArticle = false,
  pickWords = 0,
  pick: PickEvidence = {},
): boolean => {
  if (!isArticle) return coverage < 0.6;
  if (coverage >= FRAGMENT_COVERAGE) return false;
  return pickWords < ARTICLE_WORDS || !!pick.notAStory?.() || !!pick.oneOfPeers?.() || !!pick.lacksProse?.();
};
