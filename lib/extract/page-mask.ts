/**
 * A page hidden until its scripts have run (issue #3): some sites hide their
 * whole page with an inline `visibility:hidden` or `display:none` on a
 * wrapper and show it once their scripts and fonts are ready, to avoid a
 * flash of unstyled content. A copy taken before that, or with scripts off,
 * still has the wrapper hidden, and dropping hidden elements would drop the
 * page (WCXB-dev 4020, a tutorial: no article at all). A wrapper that holds
 * most of the page's text is not hidden from readers; the page is.
 */

/** Share of the page's text above which a hidden wrapper is the page itself. */
const PAGE_SHARE = 0.6;

/**
 * True when `el`, hidden by its inline style, holds more than 60% of the
 * page's text. A hidden second copy of the article (a mobile or print
 * version) holds at most half of it.
 * @param all the page's elements in document order: a wrapper of the page
 *   holds the middle one, which rules out most hidden elements (menus,
 *   panels) before their text is read
 * @param bodyChars the length of the body's text, read when first needed
 */
export function isPageMask(el: Element, all: Element[], bodyChars: () => number): boolean {
  if (!el.hasAttribute('style') || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
  const middle = all[all.length >> 1];
  if (!middle || !el.contains(middle)) return false;
  return (el.textContent?.length ?? 0) > bodyChars() * PAGE_SHARE;
}
