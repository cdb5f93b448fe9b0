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
 * articles cannot (see `parsesBack`), and are sanitized once.
 */
function stableOutput(purify: DOMPurify, root: Element, html: string): string {
  if (parsesBack(root) && !UNSTABLE_CHARS.test(html)) return html;
  let out = html;
  for (let pass = 0; pass < 3; pass++) {
    const again = purify.sanitize(out, CONFIG);
    if (again === out) break;
    out = again;
  }
  return out;
}

/** Characters the parser rewrites (CR, NUL) and comments, which may not stay where they are. */
const UNSTABLE_CHARS = /[\r\0]|<!--/;

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements whose parsing has no rule that could move them: anything else is re-checked. */
const PLAIN = new Set(
  (
    'a abbr acronym address article aside audio b bdi bdo big blockquote br canvas caption center cite code col ' +
    'colgroup data dd del details dfn dir div dl dt em fieldset figcaption figure font footer h1 h2 h3 h4 h5 h6 ' +
    'header hgroup hr i img ins kbd label legend li main map mark menu meter nav ol output p picture pre progress ' +
    'q rp rt ruby s samp search section small source span strike strong sub summary sup table tbody td tfoot th ' +
    'thead time tr track tt u ul var video wbr'
  ).split(' '),
);
/** Start tags that close an open <p> (HTML's "in body" rules; table only outside quirks mode, counted anyway). */
const CLOSES_P = new Set(
  (
    'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header ' +
    'hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form li dd dt plaintext ' +
    'table hr xmp'
  ).split(' '),
);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
/** Where each table part may stand, and what a table part may hold. */
const TABLE_PARENT: Record<string, string> = {
  caption: 'table',
  colgroup: 'table',
  thead: 'table',
  tbody: 'table',
  tfoot: 'table',
  tr: 'tbody thead tfoot',
  td: 'tr',
  th: 'tr',
  col: 'colgroup',
};
const TABLE_CHILDREN: Record<string, string> = {
  table: 'caption colgroup thead tbody tfoot',
  thead: 'tr',
  tbody: 'tr',
  tfoot: 'tr',
  tr: 'td th',
  colgroup: 'col',
};
/** HTML's "special" elements among PLAIN, which stop the search for an open <li>, <dd> or <dt>. */
const SPECIAL = new Set(
  (
    'address article aside blockquote br caption center col colgroup dd details dir div dl dt fieldset figcaption ' +
    'figure footer h1 h2 h3 h4 h5 h6 header hgroup hr img li main menu nav ol p pre search section source summary ' +
    'table tbody td tfoot th thead tr track ul wbr'
  ).split(' '),
);

/**
 * Whether the HTML parser, given `root`'s serialized content, builds the
 * same tree again: true only when no parsing rule can apply that moves or
 * closes an element early (a block in a <p>, a link in a link, an <li> in an
 * <li>, a stray table part, a newline opening a <pre>, an element outside
 * the plain set...). False means "parse it and see". The property tests in
 * tests/unit/sanitize*.test.ts check that a true answer is always right.
 */
export function parsesBack(root: Element): boolean {
  const stack: Array<[Node, number]> = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push([c, 0]);
  // Depth-first; each node carries whether a <p> or an <a> is open around it (IN_P | IN_A).
  while (stack.length > 0) {
    const [node, open] = stack.pop()!;
    if (node.nodeType === 3) {
      const parent = node.parentNode as Element;
      if (parent !== root && TABLE_CHILDREN[parent.localName] && /[^\t\n\f\r ]/.test(node.nodeValue ?? '')) {
        return false;
      }
      continue;
    }
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    const tag = el.localName;
    if (el.namespaceURI !== HTML_NS || !PLAIN.has(tag)) return false;
    const parent = el.parentNode as Element;
    const parentTag = parent === root ? '' : parent.localName;
    if ((open & IN_P && CLOSES_P.has(tag)) || (open & IN_A && tag === 'a')) return false;
    if (VOID.has(tag) && el.firstChild) return false;
    if (HEADINGS.has(tag) && HEADINGS.has(parentTag)) return false;
    const place = TABLE_PARENT[tag];
    if (place ? !place.split(' ').includes(parentTag) : TABLE_CHILDREN[parentTag]) return false;
    if ((tag === 'rt' || tag === 'rp') && parentTag !== 'ruby') return false;
    if ((tag === 'li' || tag === 'dd' || tag === 'dt') && closesOpenItem(el, root)) return false;
    if (tag === 'pre') {
      const first = el.firstChild;
      if (first && first.nodeType === 3 && /^(?:$|\n)/.test(first.nodeValue ?? '')) return false;
    }
    const next = open | (tag === 'p' ? IN_P : 0) | (tag === 'a' ? IN_A : 0);
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push([c, next]);
  }
  return true;
}

const IN_P = 1;
const IN_A = 2;

/** An <li> (or <dd>/<dt>) start tag closes an open one found before a special element other than div, p or address. */
function closesOpenItem(el: Element, root: Element): boolean {
  const list = el.localName === 'li';
  for (let a = el.parentElement; a && a !== root; a = a.parentElement) {
    const t = a.localName;
    if (list ? t === 'li' : t === 'dd' || t === 'dt') return true;
    if (SPECIAL.has(t) && t !== 'div' && t !== 'p' && t !== 'address') return false;
  }
  return false;
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
