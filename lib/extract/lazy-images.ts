/**
 * Lazy images (issue #3): pages ship a placeholder in `src` and the real
 * address in a data attribute or a `<noscript>` copy, which their scripts
 * swap in on scroll. A clone never scrolls, so swap them in here.
 */

import { elementsUnder } from './walk';

const SRC_ATTRS = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-actualsrc',
];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
const LAZY_ATTRS = new Set([...SRC_ATTRS, ...SRCSET_ATTRS]);

/** A `src` that is not the real picture: empty, a data: pixel, or a named placeholder. */
export function isPlaceholderSrc(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  const s = src.trim();
  if (/^data:/i.test(s)) return s.length < 1000 || /^data:image\/svg/i.test(s);
  return /(?:^|[/_.-])(?:placeholder|blank|spacer|transparent|pixel|grey|gray|lazy|loading|1x1)[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:$|\?)/i.test(
    s,
  );
}

function looksLikeUrl(v: string | null): v is string {
  return !!v && /^(?:https?:)?\/\/|^\/|^[\w./-]+\.(?:jpe?g|png|gif|webp|avif|svg)(?:$|[?#\s])/i.test(v.trim());
}

/**
 * Copies the real address of every lazy image into `src`/`srcset`, in place.
 * @param elements the page's elements, when the caller has walked them already
 * @param tags their `localName`s, when the caller has read them already
 */
export function resolveLazyImages(doc: Document, elements?: Element[], tags?: string[]): void {
  const all = elements ?? (doc.body ? elementsUnder(doc.body) : []);
  const names = tags ?? all.map((el) => el.localName);
  for (let i = 0; i < all.length; i++) {
    const img = all[i]!;
    if ((names[i] !== 'img' && names[i] !== 'source') || !img.hasAttributes()) continue;
    const isSource = names[i] === 'source';
    // Most images carry none of the lazy attributes: look up only those they have.
    if (!img.getAttributeNames().some((n) => LAZY_ATTRS.has(n))) continue;
    const srcset = SRCSET_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && v.trim());
    if (srcset && (isSource || isPlaceholderSrc(img.getAttribute('srcset')?.split(/\s/)[0] ?? null))) {
      img.setAttribute('srcset', srcset);
    }
    if (isSource) continue;
    const src = SRC_ATTRS.map((a) => img.getAttribute(a)).find(looksLikeUrl);
    if (src && isPlaceholderSrc(img.getAttribute('src'))) img.setAttribute('src', src);
    else if (src && img.getAttribute('loading') === 'lazy' && img.getAttribute('src') !== src) {
      // loading=lazy with both set: the data attribute is the full-size one.
      img.setAttribute('src', src);
    }
  }
  for (let i = 0; i < all.length; i++) if (names[i] === 'noscript') useNoscriptImage(doc, all[i]!);
}

/**
 * A `<noscript>` holding one image next to a placeholder `<img>`: the
 * placeholder gets the real image's attributes and the noscript goes.
 * With scripting on (a live page) the noscript's content is text; under
 * jsdom it is elements: both are handled.
 */
function useNoscriptImage(doc: Document, noscript: Element): void {
  let img = imagesUnder(noscript)[0] ?? null;
  if (!img) {
    const raw = noscript.textContent ?? '';
    if (!/<img\b/i.test(raw)) return;
    // A parsed copy in a document without a browsing context: nothing loads or runs.
    const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
    if (!Parser) return;
    const imgs = new Parser().parseFromString(raw, 'text/html').querySelectorAll('img');
    if (imgs.length !== 1) return;
    img = imgs[0]!;
  }
  const real = img.getAttribute('src');
  if (!real || isPlaceholderSrc(real)) return;
  const prev = noscript.previousElementSibling;
  const prevImages = prev && prev.tagName !== 'IMG' ? imagesUnder(prev) : [];
  const placeholder = prev?.tagName === 'IMG' ? prev : prevImages.length === 1 ? prevImages[0]! : null;
  if (placeholder && isPlaceholderSrc(placeholder.getAttribute('src'))) {
    for (const attr of Array.from(img.attributes)) placeholder.setAttribute(attr.name, attr.value);
    noscript.remove();
  } else if (!placeholder && !hasImageOutsideNoscript(noscript.parentElement)) {
    // The noscript copy is the only image here: let it stand in the page.
    noscript.replaceWith(doc.importNode(img, true));
  }
}

/** The <img> elements under `root`, in document order (jsdom's selector engine is slow for this). */
function imagesUnder(root: Element): Element[] {
  return elementsUnder(root).filter((el) => el.tagName === 'IMG');
}

/** Whether `root` holds an <img> that is not inside a <noscript> (as `img:not(noscript img)` would match). */
function hasImageOutsideNoscript(root: Element | null): boolean {
  if (!root) return false;
  return imagesUnder(root).some((img) => {
    for (let a = img.parentElement; a; a = a.parentElement) if (a.tagName === 'NOSCRIPT') return false;
    return true;
  });
}
