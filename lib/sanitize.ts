import createDOMPurify, { type DOMPurify } from 'dompurify';

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

function purifierFor(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (purify) return purify;
  purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (DROP_WITH_CONTENT.has(data.tagName)) node.textContent = '';
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    // Every attribute that holds an address, on every element: links may
    // point to the web or mail, images to the web, our own blobs or inline
    // raster data; nothing else keeps an address (DOMPurify itself lets
    // data: through on media elements, even in attributes they ignore).
    for (const name of URL_ATTRS) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      const safe = name === 'href' && LINK_TAGS.has(el.nodeName) ? SAFE_LINK : SAFE_IMAGE;
      if (!safe.test(value.trim()) || (name === 'href' && !LINK_TAGS.has(el.nodeName))) el.removeAttribute(name);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset !== null && /(?:^|,)\s*(?!https?:)[a-z][a-z0-9+.-]*:/i.test(srcset)) el.removeAttribute('srcset');
    if (el.nodeName === 'A') {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
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
  const host = win ?? (typeof window !== 'undefined' ? window : undefined);
  if (!host) throw new Error("sanitizeHtml needs a window (pass jsdom's in Node).");
  const purify = purifierFor(host);
  // Some markup does not survive its own serialization ("<p><table><p>" nests
  // a <p> in a <p>, which parses differently the next time). Sanitize the
  // output again until it no longer changes, so what is stored and what is
  // rendered later are the same tree.
  let out = purify.sanitize(html, CONFIG);
  for (let pass = 0; pass < 3; pass++) {
    const again = purify.sanitize(out, CONFIG);
    if (again === out) break;
    out = again;
  }
  return out;
}

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
  const host = win ?? (typeof window !== 'undefined' ? window : undefined);
  if (!host) throw new Error("sanitizeToFragment needs a window (pass jsdom's in Node).");
  const view = host as Window & typeof globalThis;
  const parsed = new view.DOMParser().parseFromString(sanitizeHtml(html, host), 'text/html');
  const fragment = host.document.createDocumentFragment();
  fragment.append(...Array.from(parsed.body.childNodes));
  return fragment;
}
