/**
 * Sections of prose that Readability would drop by their class name alone
 * (issue #3). Readability prunes a block whose class or id holds
 * "banner", "header" or "extra" before reading it, and weighs one holding
 * "widget", "media" or "hidden" down so far that its cleaning pass drops it
 * too; page builders put such words on every block they make: a buying
 * guide's product sections ("c-product-widget": fixture
 * article-guide-sections), Elementor's "elementor-widget-container" around
 * each paragraph, an accordion's "panel-hidden" (open on click), a hero
 * "banner" with the page's introduction. Where a block holds real prose,
 * those words say how it is laid out, not what it is: they are taken out of
 * its class, and of its descendants', before Readability reads them. Words
 * that name furniture ("comment", "related", "share", "sidebar", "footer",
 * "sponsor" ...) stay wherever they are, so that comments and teaser rails
 * still go.
 */
import { linkedChars, wordCount } from './clutter-rules';
import { HINT_ATTR, classOf } from './hints';
import { UNLIKELY as READABILITY_UNLIKELY } from './readerable';
import { elementsUnder } from './walk';

/** Readability's words for negative blocks (Readability.js 0.6.0 REGEXPS), as it tests them: anywhere in the class. */
const READABILITY_NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

/**
 * The words among those that say how a block is laid out, not that it is
 * furniture. Not "banner", "header" or "masthead": they name the page's top,
 * whose prose is the site's ("An official website of the United States
 * government ...": WCXB 4104 kept it, 0.98 -> 0.86).
 */
const LAYOUT_WORDS = /widget|hidden|media|extra|scroll|legends|ai2html|cover-wrap/gi;

/**
 * On a heading, "header" is layout too: a section's title ("header-anchor-post",
 * Substack's class on every heading of a post: Readability dropped them all,
 * WCXB 0434, 4440, 4446) sits among the paragraphs it heads.
 */
const HEADING_LAYOUT_WORDS = /widget|hidden|media|extra|scroll|legends|header|banner|masthead/gi;
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A block hidden on some screens only ("hidden-xs", "elementor-hidden-mobile")
 * is a sidebar or a second copy: it stays masked (WCXB 0296, a law firm's
 * post: unmasking its sidebar of testimonials and latest posts made Readability
 * pick them, 0.98 -> 0.23).
 */
const SCREEN_HIDDEN =
  /hidden-(?:xs|sm|md|lg|xl|xxl|mobile|tablet|phone|desktop)|(?:xs|sm|md|lg|xl|mobile|tablet|phone|desktop)-hidden/i;

/**
 * Class words of a pitch: a donation appeal or a call to action is written
 * as prose too ("A Word to Our Loyal Readers ... Support us", in a
 * "zone-widget custom-cta-letter" box: Scrapinghub 8380689f fell from 0.97
 * to 0.80 when it was unmasked). A block that is or holds one stays masked.
 */
const PITCH_WORDS =
  /(?:^|[\s_-])(?:cta|call-?to-?action|donate|donations?|support-?us|appeal|fundraising|membership|paywall|subscribe|subscription|newsletter|promo|promotion|advert|advertisement|sponsored)(?:$|[\s_-])/i;

/** A paragraph of prose: this many words or more, ending a sentence. */
const PROSE_WORDS = 15;
/** A section of prose holds this many such paragraphs... */
const PROSE_PARAGRAPHS = 2;
/**
 * ...which hold at least this share of its words (a column holding a form,
 * testimonials and a list of posts is not a section of prose, though
 * some of its parts are)...
 */
const MIN_PROSE_SHARE = 0.5;
/** ...and no more than this share of its text in links (a list of teasers is all links). */
const MAX_LINK_SHARE = 0.3;

/**
 * Takes layout words out of the class of each block of prose that
 * Readability would otherwise prune or weigh down for them, and out of its
 * descendants' classes, in place. A class token taken out there is taken
 * out wherever else the page uses it: a page builder's sections are
 * siblings that Readability joins when they weigh alike, and unmasking only
 * those of them that hold two paragraphs made it keep one and drop the
 * rest (WCXB 0097, an Elementor post: 0.97 -> 0.73). Call just before
 * Readability: the hints of `prepareDocument` were read from the classes
 * as the page wrote them.
 */
export function unmaskProse(body: Element): void {
  const all = elementsUnder(body);
  const layoutTokens = new Set<string>();
  const done = new Set<Element>();
  // The class first: it rules out most elements, and jsdom's hasAttribute costs more.
  for (const el of all) {
    if (done.has(el)) continue;
    if (HEADINGS.has(el.localName)) {
      if (masksProse(el, HEADING_LAYOUT_WORDS) && !el.hasAttribute(HINT_ATTR) && !staysMasked(el) && headsProse(el)) {
        el.setAttribute('class', layoutFree(classOf(el), HEADING_LAYOUT_WORDS));
      }
      continue;
    }
    if (!masksProse(el) || el.hasAttribute(HINT_ATTR)) continue;
    // One walk of the block, for the test and for its tokens.
    const inner = elementsUnder(el);
    if (!holdsProse(el, inner)) continue;
    for (const e of [el, ...inner]) {
      done.add(e);
      for (const token of classOf(e).split(/\s+/)) if (isLayoutToken(token)) layoutTokens.add(token);
    }
  }
  if (layoutTokens.size === 0) return;
  // A pitch, or a block some screens hide, stays masked with all it holds.
  const masked = new Set<Element>();
  for (const el of all) {
    if ((el.parentElement && masked.has(el.parentElement)) || staysMasked(el)) {
      masked.add(el);
      continue;
    }
    const tokens = classOf(el).split(/\s+/);
    if (!tokens.some((t) => layoutTokens.has(t)) || el.hasAttribute(HINT_ATTR)) continue;
    el.setAttribute('class', tokens.filter((t) => !layoutTokens.has(t)).join(' '));
  }
}

/** Readability would prune or weigh the element down by its class for a layout word only. */
function masksProse(el: Element, layout = LAYOUT_WORDS): boolean {
  const cls = classOf(el);
  if (!cls || !(READABILITY_UNLIKELY.test(cls) || READABILITY_NEGATIVE.test(cls))) return false;
  layout.lastIndex = 0;
  return layout.test(cls);
}

/** A class token that Readability reads as unlikely or negative by a layout word alone. */
function isLayoutToken(token: string, layout = LAYOUT_WORDS): boolean {
  if (!READABILITY_UNLIKELY.test(token) && !READABILITY_NEGATIVE.test(token)) return false;
  const rest = token.replace(layout, ' ');
  // A token that still names furniture once the layout words are gone keeps its say.
  return !READABILITY_UNLIKELY.test(rest) && !READABILITY_NEGATIVE.test(rest);
}

/** The class without its layout tokens. */
function layoutFree(cls: string, layout = LAYOUT_WORDS): string {
  return cls
    .split(/\s+/)
    .filter((token) => !isLayoutToken(token, layout))
    .join(' ');
}

/** A block that stays masked, and all it holds: a pitch, or a block some screens hide. */
const staysMasked = (el: Element) => {
  const cls = classOf(el);
  return PITCH_WORDS.test(cls) || SCREEN_HIDDEN.test(cls);
};

/** A heading whose parent holds paragraphs of prose beside it. */
function headsProse(heading: Element): boolean {
  let paragraphs = 0;
  for (let e = heading.parentElement?.firstElementChild; e && paragraphs < PROSE_PARAGRAPHS; e = e.nextElementSibling) {
    if (e.localName === 'p' && isProse(e.textContent ?? '')) paragraphs++;
  }
  return paragraphs >= PROSE_PARAGRAPHS;
}

const isProse = (text: string) => wordCount(text) >= PROSE_WORDS && /[.!?]["'”’)]?\s*$/.test(text);

/**
 * A paragraph in a list item, under `root`, is the item's text, not a
 * paragraph of a section of prose: the blurb of a card in a carousel
 * ("ul > li.card > p"). Unmasked, a product page's carousels were all kept.
 */
function inListItem(p: Element, root: Element): boolean {
  for (let a = p.parentElement; a && a !== root; a = a.parentElement) if (a.localName === 'li') return true;
  return false;
}

/**
 * Mostly paragraphs of prose (two at least), few links, no pitch.
 * @param inner the elements under `el`
 */
function holdsProse(el: Element, inner: Element[]): boolean {
  if (staysMasked(el)) return false;
  let paragraphs = 0;
  let proseWords = 0;
  for (const e of inner) {
    if (staysMasked(e)) return false;
    if (e.localName !== 'p' || inListItem(e, el)) continue;
    const text = e.textContent ?? '';
    if (isProse(text)) {
      paragraphs++;
      proseWords += wordCount(text);
    }
  }
  if (paragraphs < PROSE_PARAGRAPHS) return false;
  const text = el.textContent ?? '';
  if (proseWords < wordCount(text) * MIN_PROSE_SHARE) return false;
  return linkedChars(inner) <= text.replace(/\s+/g, '').length * MAX_LINK_SHARE;
}
