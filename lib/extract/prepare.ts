/**
 * Work on the page clone before Readability sees it (issue #3): make lazy
 * images real, drop what the page hides from readers and the overlays that
 * nag them, and mark page furniture so that the clutter pass after
 * Readability (which strips classes) still knows what a block was.
 */
import { resolveLazyImages } from './lazy-images';
import { HINT_ATTR, classAndId, classOf, hintFor } from './hints';
import { linkDensity, wordCount } from './clutter-rules';
import { elementsUnder } from './walk';
import { isPageMask } from './page-mask';
import { markControlForms } from './forms';
import { isSmallScreenOnly, markSmallScreen } from './small-screen';

/**
 * Words in a class or id that name an overlay or a nag (second evidence
 * after role/structure). A consent platform's `cmp` is a word of its own:
 * `cmp-` prefixes every block of Adobe Experience Manager's core components
 * (`cmp-container`, `cmp-accordion__panel`), and a service page's collapsed
 * panels were taken for nags and never opened (WCXB-dev 1056, 2848).
 */
const NAG_WORDS =
  /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|ccpa|cmp(?![_-])|onetrust|didomi|truste|cookiebot|adblock|adblocker|ad-block|paywall|regwall|newsletter-(?:modal|popup|overlay)|subscribe-(?:modal|popup|overlay|wall)|interstitial|popup|pop-up|modal|overlay)(?:$|[\s_-])/i;

/** Words a nag says about itself. */
const NAG_TEXT =
  /\b(?:cookies?|consent|privacy (?:policy|settings)|ad ?blocker|adblock|disable your ad|whitelist|subscribe|subscription|sign (?:in|up)|log ?in|newsletter|already a (?:member|subscriber)|free articles?|create (?:a free )?account)\b/i;

/** Tags whose elements no reader sees and Readability would only walk through. */
const DEAD_TAGS = new Set(['script', 'style', 'template', 'svg', 'iframe', 'object', 'embed', 'link']);
const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);

/**
 * Prepares a cloned document for extraction, in place. One pass over the
 * elements (jsdom selector queries over a whole page cost more than the
 * rules themselves), then removals, then hints on what is left.
 * Returns the page's navigation, for `dropNavigation` once the steps that
 * read the whole page (readerable, main region, page summary) are done.
 */
export function prepareDocument(doc: Document): Element[] {
  const body = doc.body;
  if (!body) return [];
  const dead: Element[] = [];
  const nags: Element[] = [];
  const navigation: Element[] = [];
  const forms: Element[] = [];
  const all = elementsUnder(body);
  // Each element's tag, read once: every read is a call through jsdom's
  // wrappers, and the passes below would read it up to five times.
  const tags = all.map((el) => el.localName);
  // Read once, and only on a page with a hidden wrapper around most of it.
  let chars: number | undefined;
  const bodyChars = () => (chars ??= body.textContent?.length ?? 0);
  resolveLazyImages(doc, all, tags);
  // Each element's attribute names, read once after the lazy images took
  // their addresses: a lookup of an attribute the element lacks (most of
  // them) is then a look in a short array, not a call into jsdom. Nothing
  // below adds or drops an attribute the rules read.
  const attrs: string[][] = [];
  // Each element's class and id words, where the nag test read them, for its hint below.
  const words: (string | undefined)[] = [];
  // The last element filed for removal: what it holds needs no rule, no
  // hint and no removal of its own, as it goes with it. An <svg>'s shapes
  // or a hidden menu's items were each tested, hinted and removed one by
  // one (issue #3's speed target).
  let lastDead: Element | undefined;
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const tag = tags[i]!;
    if (lastDead) {
      if (lastDead.contains(el)) {
        attrs.push(GONE);
        continue;
      }
      // Past it: the walk never comes back into it.
      lastDead = undefined;
    }
    const names = el.hasAttributes() ? el.getAttributeNames() : NO_ATTRIBUTES;
    attrs.push(names);
    if (tag === 'nav' || tag === 'footer') navigation.push(el);
    else if (tag === 'form') forms.push(el);
    if (names.length === 0 && tag !== 'dialog' && !DEAD_TAGS.has(tag)) continue;
    if (DEAD_TAGS.has(tag)) {
      // JSON-LD stays: the FAQ reads it after this step (issue #4).
      if (tag !== 'script' || el.getAttribute('type') !== 'application/ld+json') dead.push((lastDead = el));
    } else if (isHidden(el, names)) {
      if (isCollapsedPanel(el) || isPageMask(el, all, bodyChars)) reveal(el);
      else dead.push((lastDead = el));
    } else if (names.includes('class') && isHoverCard(el)) dead.push((lastDead = el));
    else {
      const role = attribute(el, names, 'role');
      if (NAVIGATION_ROLES.has(role)) navigation.push(el);
      const named = nameWords(el, names);
      words[i] = named;
      // Before Readability strips the classes that say so.
      if (named && isSmallScreenOnly(named)) markSmallScreen(el);
      if (isDialogLike(el, tag, role, names, named)) nags.push(el);
    }
  }
  for (const el of dead) el.remove();
  removeNags(body, nags);
  // Before Readability, which drops every field and leaves a form its labels.
  markControlForms(forms);
  for (let i = 0; i < all.length; i++) {
    if ((attrs[i]!.length === 0 && tags[i] !== 'figcaption') || attrs[i] === GONE) continue;
    const hint = hintFor(all[i]!, tags[i], attrs[i], words[i]);
    if (hint) all[i]!.setAttribute(HINT_ATTR, hint);
  }
  return navigation;
}

const NO_ATTRIBUTES: string[] = [];
/** In place of the attribute names of an element inside a dead one: it gets no hint. */
const GONE: string[] = [];

/** An attribute's value, or '' when `names` (the element's attribute names) lacks it. */
const attribute = (el: Element, names: readonly string[], name: string): string =>
  names.includes(name) ? (el.getAttribute(name) ?? '') : '';

const NAVIGATION_ROLES = new Set(['navigation', 'contentinfo']);
const ARTICLE_TAGS = new Set(['article', 'main']);

/** `<article>`, `<main>` or role=main: where a footer is the story's own. */
const isArticleLike = (el: Element) => ARTICLE_TAGS.has(el.localName) || el.getAttribute('role') === 'main';

/**
 * Drops the page's menus (`<nav>`, role=navigation) and its footer (a
 * `<footer>` or role=contentinfo neither inside nor around an article or
 * `<main>`) before Readability, whose own rules drop neither by tag: it
 * walked them on every attempt (about a fifth of a page's elements are in
 * menus) and sometimes kept them. Issue #3's speed target; on 374 WCXB dev
 * pages mean F1 +0.004 (menus left out of WCXB 4190: 0.13 -> 0.99, 4410:
 * 0.43 -> 0.96; two listings lost, 4437: 0.95 -> 0.66, 4204: 0.41 -> 0.38),
 * and no Scrapinghub page's F1 changed (181 pages).
 * @param navigation what `prepareDocument` returned
 */
export function dropNavigation(navigation: Element[]): void {
  for (const el of navigation) {
    if (!el.isConnected) continue;
    if (el.localName !== 'nav' && el.getAttribute('role') !== 'navigation') {
      let around = false;
      for (let a = el.parentElement; a && !around; a = a.parentElement) around = isArticleLike(a);
      if (around || elementsUnder(el).some(isArticleLike)) continue;
    }
    el.remove();
  }
}

/**
 * Hidden from readers: `hidden`, `aria-hidden="true"` (except images and
 * Readability's "fallback-image" convention: lazy-loading scripts hide the
 * real image next to a placeholder) and inline `display:none` or
 * `visibility:hidden`. Readability skips these too, but only after walking them.
 */
function isHidden(el: Element, names: readonly string[]): boolean {
  if (names.includes('hidden') && el.tagName !== 'INPUT') return true;
  if (attribute(el, names, 'aria-hidden') === 'true') {
    return !/fallback-image/.test(el.getAttribute('class') ?? '') && !/^(?:IMG|PICTURE|FIGURE)$/i.test(el.tagName);
  }
  const style = attribute(el, names, 'style');
  if (!style) return false;
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
}

/**
 * An accordion's collapsed panel of prose: a region labelled by the button
 * that opens it (aria-labelledby naming an element with aria-expanded, the
 * WAI-ARIA accordion pattern), hidden until that button is pressed. A reader
 * opens it; its text is the page's (WCXB 4193, a guide whose eight steps are
 * eight collapsed panels: 0.37 F1 without them). A hidden dialog or nag
 * (labelled by its heading, not by a toggle), a menu's panel of links, or a
 * one-line note stays hidden.
 */
function isCollapsedPanel(el: Element): boolean {
  if (!opensByToggle(el) && !answersQuestion(el)) return false;
  if (isDialogLike(el, el.localName)) return false;
  const text = el.textContent ?? '';
  if (wordCount(text) < PANEL_WORDS || !/[.!?]/.test(text)) return false;
  return linkDensity(el, text) < 0.3;
}

/** Labelled by the button that opens it: aria-labelledby naming an element with aria-expanded. */
function opensByToggle(el: Element): boolean {
  const label = el.getAttribute('aria-labelledby')?.trim().split(/\s+/)[0];
  return !!label && el.ownerDocument.getElementById(label)?.hasAttribute('aria-expanded') === true;
}

/**
 * Right after the question it answers, a short line ending in "?": an FAQ
 * accordion built without ARIA, its answer collapsed to zero height (WCXB
 * 4913, a service page's FAQ: ten answers lost, recall 0.62).
 */
function answersQuestion(el: Element): boolean {
  const question = el.previousElementSibling?.textContent?.trim();
  return !!question && question.length <= QUESTION_CHARS && question.endsWith('?');
}

/** A question is one line: at most this many characters. */
const QUESTION_CHARS = 200;

/** An element's class and id, as one string, or undefined when it has neither attribute. */
const nameWords = (el: Element, names: readonly string[]): string | undefined =>
  names.includes('class') || names.includes('id') ? classAndId(el) : undefined;

/**
 * A dialog, a modal, or a container whose class or id names an overlay or a nag.
 * @param names the element's attribute names, when the caller has read them
 * @param words its class and id (`nameWords`), likewise
 */
const isDialogLike = (
  el: Element,
  tag: string,
  role = el.getAttribute('role') ?? '',
  names: readonly string[] = el.getAttributeNames(),
  words = nameWords(el, names),
): boolean =>
  tag === 'dialog' ||
  DIALOG_ROLES.has(role) ||
  attribute(el, names, 'aria-modal') === 'true' ||
  (words !== undefined && NAG_WORDS.test(words));

/** Words of prose a collapsed panel holds at least. */
const PANEL_WORDS = 15;

/** Opens a collapsed panel, as its button would: the hidden-element rules, Readability's among them, then keep it. */
function reveal(el: Element): void {
  el.removeAttribute('hidden');
  el.removeAttribute('aria-hidden');
  const style = el.getAttribute('style');
  if (style)
    el.setAttribute(
      'style',
      style.replace(/(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*;?/gi, ''),
    );
}

/** Class words of a card that pops up over a link (a person's photo and latest headlines). */
const HOVER_WORDS = /(?:^|[\s_-])(?:tooltip|popover|hover-?card|rollover)(?:$|[\s_-])/i;

/**
 * A hover card inside a paragraph: the stylesheet hides it until the
 * pointer rests on its link, and its text would otherwise be read into the
 * middle of a sentence ("Rep. Ilhan OmarIlhan OmarHillicon Valley: ...").
 * Only a card right after its link, inside a paragraph: the link stays, and
 * a "tooltip" class on a section is no proof.
 */
function isHoverCard(el: Element): boolean {
  if (el.localName !== 'span' && el.localName !== 'div') return false;
  if (!HOVER_WORDS.test(classOf(el)) || el.previousElementSibling?.localName !== 'a') return false;
  return !!el.parentElement?.closest('p') && (el.textContent ?? '').trim().length > 0;
}

/**
 * Drops overlays and nags: dialogs (by role, `aria-modal` or `<dialog>`) and
 * containers whose class or id names a cookie banner, adblock notice,
 * paywall or newsletter modal, as long as they say what a nag says and hold
 * no more than a nag's worth of text. A container holding the article is
 * never removed.
 */
function removeNags(body: Element, candidates: Element[]): void {
  if (candidates.length === 0) return;
  const bodyText = body.textContent?.length ?? 0;
  for (const el of candidates) {
    if (!body.contains(el)) continue;
    const text = el.textContent ?? '';
    // An overlay is small next to the page and says what a nag says.
    if (text.length > 3000 || text.length > bodyText * 0.4) continue;
    const inner = elementsUnder(el);
    if (inner.some((e) => e.tagName === 'ARTICLE' || e.tagName === 'MAIN')) continue;
    if (inner.filter((e) => e.tagName === 'P').length > 6) continue;
    const structural =
      el.tagName === 'DIALOG' ||
      DIALOG_ROLES.has(el.getAttribute('role') ?? '') ||
      el.getAttribute('aria-modal') === 'true';
    const empty = text.trim() === '' && !inner.some((e) => /^(?:IMG|PICTURE|VIDEO)$/.test(e.tagName));
    if (structural || NAG_TEXT.test(text) || empty) el.remove();
  }
}
