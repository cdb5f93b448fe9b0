/**
 * Second copies for small screens. A shop or a studio page often writes a
 * block twice, once laid out for a desktop and once for a phone, and lets
 * its style sheet show one (`hidden-md-up`, `vc_hidden-lg`, `d-lg-none`,
 * `lg:hidden`, `large-up-hide`). Without the style sheet
 * both reach the text: a product's description read twice, the phone's copy of
 * a product form (issue #3). A copy marked for small screens goes when
 * the rest of the content already says nearly all it says; a block only
 * the phone layout has stays.
 */
import { lowerWords, tripleAt } from '../text/words';

/** Attribute that marks a small-screen copy, read before Readability strips classes (it keeps data attributes). */
export const SMALL_SCREEN_ATTR = 'data-precis-small-screen';

/** Documents with a marked element: on the others (most pages) the drop does not look for marks. */
const marked = new WeakSet<Document>();

/** Marks `el` as a small-screen copy (`prepareDocument`, where its classes still are). */
export function markSmallScreen(el: Element): void {
  el.setAttribute(SMALL_SCREEN_ATTR, '');
  marked.add(el.ownerDocument);
}

/** One test that rules out most class strings before they are split. */
const MAYBE_SCREEN_WORD = /mobile|phone|hid|hide|none|visible|show/i;
/** Screen sizes from a tablet's up, as frameworks name them. */
const LARGE = new Set(['md', 'lg', 'xl', 'xxl', 'medium', 'large', 'desktop']);
const SMALL = new Set(['xs', 'sm', 'small', 'mobile', 'phone']);
const HIDE = new Set(['hide', 'hidden', 'none']);
const SHOW = new Set(['visible', 'show', 'only']);
/**
 * A state or a modifier of a layout (Bulma's `columns is-mobile`: the
 * columns stay side by side on a phone; `is-size-7-mobile`,
 * `has-text-centered-mobile`): it names the phone's layout of a block
 * every screen shows (WCXB-dev 4361, a list of conferences).
 */
const STATE_WORD = /^(?:is|has)-/;

/**
 * True when one of an element's class words shows it on small screens only:
 * hidden from a tablet's width up (`hidden-md-up`, `hidden-lg`,
 * `d-md-none`, `md:hidden`, `large-up-hide`, `hide-desktop`,
 * `hide-for-large`), shown on small ones only (`visible-xs`,
 * `show-for-small-only`, `mobile-only`). Not `hidden-md-down`,
 * `hide-mobile`, `hide-for-medium-only`: those hide the phone's copy. Nor
 * a phone's name alone (`cards-mobile`, `slide mobile`): a service page's
 * card deck so named is in its text three times, and WCXB's truth keeps
 * all three (WCXB-dev 0696: 0.98 -> 0.88 when they went, 0.10 worse than
 * Readability), while a studio's slides lost their copies for the better
 * (4245); only a framework's breakpoint words say what the screen shows.
 * @param words the element's class and id (`classAndId`)
 */
export function isSmallScreenOnly(words: string): boolean {
  if (!MAYBE_SCREEN_WORD.test(words)) return false;
  for (const word of words.toLowerCase().split(/\s+/)) {
    if (!word || !MAYBE_SCREEN_WORD.test(word)) continue;
    const parts = word.split(/[-_:]+/);
    const has = (set: ReadonlySet<string>) => parts.some((p) => set.has(p));
    if (has(HIDE)) {
      if (parts.includes('down') || parts.includes('only')) continue;
      if (has(LARGE) || (has(SMALL) && parts.includes('up'))) return true;
    } else if (has(SMALL) && !parts.includes('desktop') && !STATE_WORD.test(word)) {
      // A small size shown only (`visible-xs`, `mobile-only`).
      if (has(SHOW)) return true;
    }
  }
  return false;
}

/**
 * Share of a copy's word triples the rest of the content holds, at or above
 * which the copy repeats it. Not 1: the phone's copy of a product form
 * often leaves out a line or orders its badges differently.
 */
export const REPEATED_SHARE = 0.7;
/** A copy of fewer words is a label or a button, not worth the comparison. */
const MIN_COPY_WORDS = 6;

/**
 * Drops the small-screen copies (marked `SMALL_SCREEN_ATTR`) under `root`
 * whose text the rest of `root` already holds, and unmarks the others.
 * Returns how many were dropped.
 */
export function dropSmallScreenCopies(root: Element): number {
  if (!marked.has(root.ownerDocument)) return 0;
  const copies = [...root.querySelectorAll(`[${SMALL_SCREEN_ATTR}]`)];
  if (copies.length === 0) return 0;
  const all = triples(root.textContent ?? '');
  let dropped = 0;
  for (const el of copies) {
    el.removeAttribute(SMALL_SCREEN_ATTR);
    // Gone with a dropped ancestor.
    if (!root.contains(el)) continue;
    const own = triples(el.textContent ?? '');
    if (own.size === 0 || own.words < MIN_COPY_WORDS) continue;
    let repeated = 0;
    for (const [t, n] of own.counts) repeated += Math.min(n, (all.counts.get(t) ?? 0) - n);
    if (repeated < REPEATED_SHARE * own.size) continue;
    // The rest no longer counts this copy's words: a third copy is judged against what stays.
    for (const [t, n] of own.counts) all.counts.set(t, (all.counts.get(t) ?? 0) - n);
    el.remove();
    dropped++;
  }
  return dropped;
}

/** A text's word triples, counted, with how many there are and how many words. */
function triples(text: string): { counts: Map<string, number>; size: number; words: number } {
  const words = lowerWords(text);
  const counts = new Map<string, number>();
  for (let i = 0; i + 2 < words.length; i++) {
    const t = tripleAt(words, i);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return { counts, size: Math.max(0, words.length - 2), words: words.length };
}
