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
    if (el.nodeName === 'A') {
      const href = el.getAttribute('href');
      if (href !== null && !SAFE_LINK.test(href.trim())) el.removeAttribute('href');
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
    if (el.nodeName === 'IMG' || el.nodeName === 'SOURCE') {
      const src = el.getAttribute('src');
      if (src !== null && !SAFE_IMAGE.test(src.trim())) el.removeAttribute('src');
      const srcset = el.getAttribute('srcset');
      if (srcset !== null && /(?:^|,)\s*(?!https?:)[a-z][a-z0-9+.-]*:/i.test(srcset)) {
        el.removeAttribute('srcset');
      }
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
  return purifierFor(host).sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: true,
    ALLOW_ARIA_ATTR: true,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|blob:|data:image\/|#)/i,
    USE_PROFILES: { html: true },
  });
}
