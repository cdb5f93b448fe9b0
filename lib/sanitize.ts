import createDOMPurify, { type DOMPurify } from 'dompurify';
import { parsesBack } from './sanitize-parses-back';

export { parsesBack } from './sanitize-parses-back';

/**
 * The only way article HTML becomes safe to show in an extension page.
 * Configured for reading: text structure, links, images, tables, code; no
 * forms, frames, embeds, styles, scripts or event handlers (issue #9).
 */

const FORBID_TAGS = [
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'style',
  'link',
  'meta',
  'base',
  'script',
  'noscript',
  'template',
  'svg',
  'math',
  'dialog',
  'portal',
  'slot',
];
const FORBID_ATTR = ['style', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'poster'];

/** Removed with everything inside: their text is controls and prompts, not article. */
const DROP_WITH_CONTENT = new Set(['form', 'button', 'select', 'textarea', 'script', 'style', 'template', 'noscript']);

const SAFE_LINK = /^(?:https?:|mailto:|#)/i;
const SAFE_IMAGE = /^(?:https?:|blob:|data:image\/(?:png|jpe?g|gif|webp|avif|bmp);)/i;

/** Attributes that hold an address. */
const URL_ATTRS = ['href', 'src', 'xlink:href', 'cite', 'longdesc', 'action', 'formaction', 'poster', 'background'];
const LINK_TAGS = new Set(['A', 'AREA']);

const instances = new WeakMap<object, DOMPurify>();

/**
 * Every attribute that holds an address, on every element: links may point
 * to the web or mail, images to the web, our own blobs or inline raster
 * data; nothing else keeps an address (DOMPurify itself lets data: through
 * on media elements, even in attributes they ignore).
 */
function checkAddresses(el: Element): void {
  // One call for the names, then only the lookups that can find something:
  // most elements of an article carry an attribute (data-precis-block), and
  // under jsdom each of ten getAttribute calls is a trip through its wrappers.
  const names = el.getAttributeNames();
  for (const name of URL_ATTRS) {
    if (!names.includes(name)) continue;
    const value = el.getAttribute(name);
    if (value === null) continue;
    const safe = name === 'href' && LINK_TAGS.has(el.nodeName) ? SAFE_LINK : SAFE_IMAGE;
    if (!safe.test(value.trim()) || (name === 'href' && !LINK_TAGS.has(el.nodeName))) el.removeAttribute(name);
  }
  const srcset = names.includes('srcset') ? el.getAttribute('srcset') : null;
  if (srcset !== null && /(?:^|,)\s*(?!https?:)[a-z][a-z0-9+.-]*:/i.test(srcset)) el.removeAttribute('srcset');
}

function purifierFor(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (purify) return purify;
  purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (DROP_WITH_CONTENT.has(data.tagName)) node.textContent = '';
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    // Most elements of an article have no attribute left: skip the lookups.
    if (el.hasAttributes()) checkAddresses(el);
    if (el.nodeName === 'A') {
      el.setAttribute('rel', 'noopener noreferrer');
      // DOMPurify itself drops `target` (not on its list), so it comes back
      // last on every pass: put it last now, and one pass is already stable.
      el.removeAttribute('target');
      el.setAttribute('target', '_blank');
    }
  });
  instances.set(win, purify);
  return purify;
}

/**
 * Sanitizes article HTML for display. Relative links and images should be
 * made absolute before this (see `absolutizeUrls`); what is still relative
 * or uses another scheme is dropped.
 * @param html untrusted HTML
 * @param win the window whose DOM implementation parses it: jsdom's in Node;
 *   in a browser the global window is used when none is given (a cloned
 *   document has no `defaultView`).
 */
export function sanitizeHtml(html: string, win?: Window | null): string {
  const purify = purifierFor(hostWindow(win, 'sanitizeHtml'));
  // Text without markup comes back as it is, and is stable as it is.
  if (!html.includes('<')) return purify.sanitize(html, CONFIG);
  // The parsed and sanitized body, to check before serializing it.
  const body = purify.sanitize(html, DOM_CONFIG) as Element | null;
  // No body: markup that is nothing but head content (DOMPurify then returns '').
  return body ? stableOutput(purify, body, body.innerHTML) : '';
}

/**
 * Sanitizes the content of an element the caller owns (the extracted
 * article), in place, and returns it as HTML: the same result as
 * `sanitizeHtml(root.innerHTML)` without serializing and parsing the
 * article once more (issue #3's speed target). The element is changed.
 * (DOMPurify's node path, which copies the tree into a new document, was
 * slower under jsdom on most articles: a new document costs a millisecond
 * or more before the first node is copied.)
 * @param root an element whose content is untrusted
 * @param win as for `sanitizeHtml`
 */
export function sanitizeElement(root: Element, win?: Window | null): string {
  const host = hostWindow(win, 'sanitizeElement') as Window & typeof globalThis;
  const html = root.innerHTML;
  // A node of another window cannot be walked by this window's DOMPurify
  // (jsdom checks which window a node belongs to): take the string path.
  if (!(root instanceof host.Element) || !html.includes('<')) return sanitizeHtml(html, host);
  const purify = purifierFor(host);
  try {
    purify.sanitize(root, IN_PLACE_CONFIG);
  } catch {
    // DOMPurify refuses some roots in place (a clobbered form, say).
    return sanitizeHtml(html, host);
  }
  return stableOutput(purify, root, root.innerHTML);
}

/**
 * Whether the last sanitize call removed an `is` attribute: returning
 * nodes, DOMPurify then drops the element; returning a string, it keeps it
 * with is="" (WCXB page 0226's "Book Now" link).
 */
function removedIs(purify: DOMPurify): boolean {
  return purify.removed.some((r) => 'attribute' in r && r.attribute?.name === 'is');
}

function hostWindow(win: Window | null | undefined, name: string): Window {
  const host = win ?? (typeof window !== 'undefined' ? window : undefined);
  if (!host) throw new Error(`${name} needs a window (pass jsdom's in Node).`);
  return host;
}

/**
 * Some markup does not survive its own serialization ("<p><table><p>" nests
 * a <p> in a <p>, which parses differently the next time). What is stored
 * and what is rendered later must be the same tree, so output that might
 * parse differently is sanitized again until it no longer changes. Most
 * articles cannot (see `parsesBack`), and are sanitized once; the others
 * usually twice: a pass whose own tree parses back is the last one.
 * @param tree the sanitized tree `html` was serialized from
 */
function stableOutput(purify: DOMPurify, tree: Element, html: string): string {
  if (parsesBack(tree) && !UNSTABLE_CHARS.test(html)) return html;
  let out = html;
  for (let pass = 0; pass < 3; pass++) {
    if (!out.includes('<')) break;
    // As nodes, to check the tree; as a string, as before, when an `is` went.
    let body = purify.sanitize(out, DOM_CONFIG) as Element | null;
    let again = body ? body.innerHTML : '';
    if (removedIs(purify)) {
      body = null;
      again = purify.sanitize(out, CONFIG);
    }
    const stable = again === out || (body !== null && parsesBack(body) && !UNSTABLE_CHARS.test(again));
    out = again;
    if (stable) break;
  }
  return out;
}

/** Characters the parser rewrites (CR, NUL) and comments, which may not stay where they are. */
const UNSTABLE_CHARS = /[\r\0]|<!--/;

const CONFIG = {
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: true,
  ALLOW_ARIA_ATTR: true,
  // DOMPurify applies this pattern to every attribute it does not know as
  // safe, so it must pass plain values (dir="rtl", colspan="2", datetime):
  // it is DOMPurify's default with blob: added and fewer schemes. Addresses
  // are checked strictly in the afterSanitizeAttributes hook.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|blob):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  USE_PROFILES: { html: true },
};
const DOM_CONFIG = { ...CONFIG, RETURN_DOM: true } as const;
const IN_PLACE_CONFIG = { ...CONFIG, IN_PLACE: true } as const;

/**
 * Sanitized article HTML as nodes, for the one component that shows it
 * (components/SafeHtml.tsx). The sanitized string is parsed by DOMParser,
 * in an inert document where no script runs and nothing loads, then the
 * nodes are moved out: no HTML string ever meets an `innerHTML` sink in an
 * extension page (issue #10; AMO's linter flags every such assignment).
 * @param html untrusted HTML
 * @param win the window whose document receives the nodes (the global one by default)
 */
export function sanitizeToFragment(html: string, win?: Window | null): DocumentFragment {
  const host = hostWindow(win, 'sanitizeToFragment');
  const view = host as Window & typeof globalThis;
  const parsed = new view.DOMParser().parseFromString(sanitizeHtml(html, host), 'text/html');
  const fragment = host.document.createDocumentFragment();
  fragment.append(...Array.from(parsed.body.childNodes));
  return fragment;
}
