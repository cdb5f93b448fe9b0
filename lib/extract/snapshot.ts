/**
 * A copy of a page's HTML, taken in the page and read elsewhere (issue #9):
 * the page's main thread only copies its DOM, and everything heavy runs in
 * the extension, on an inert parsed document no page script can touch.
 */

/** The page as copied: enough to parse it again and resolve its links. */
export interface PageCopy {
  /** The page's address when it was copied. */
  url: string;
  /** What the page's relative addresses resolve against (its `<base>`, else its address). */
  baseUrl: string;
  /**
   * The live DOM (after the page's scripts ran) serialized with its doctype,
   * without event-handler attributes and `<base>` elements, which an
   * extension page's security policy refuses (and reports) on parsing.
   */
  html: string;
}

/** What the script injected into a page sends back. */
export type PageSnapshot = ({ ok: true } & PageCopy) | { ok: false; kind: 'too-large'; message: string };

/**
 * Serializes a document as the snapshot's `html`: a copy, stripped of
 * event-handler attributes and `<base>` elements, and of the scripts and
 * style sheets nothing in Precis reads; the document is not changed.
 */
export function serializePage(doc: Document): string {
  // A copy of the whole document has no window: its images and media do not
  // load, while elements cloned into the live document would fetch their sources.
  const copy = (doc.cloneNode(true) as Document).documentElement;
  for (const base of Array.from(copy.getElementsByTagName('base'))) base.remove();
  stripHandlers(copy, doc);
  // Without its doctype a page would be parsed in quirks mode, which nests some elements differently.
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  return doctype + copy.outerHTML;
}

const isHandlerName = (name: string) =>
  name.length > 2 && (name.charCodeAt(0) | 32) === 111 && (name.charCodeAt(1) | 32) === 110; // "on…"

/**
 * Scripts and style sheets: Readability and Precis drop them unread, except
 * JSON-LD, which the metadata and the FAQ read. On news pages they are about
 * half the HTML (55% of the bytes of the Scrapinghub pages), which the copy
 * would otherwise carry through serializing, two messages and a parse
 * before the reader sees anything (issue #6).
 */
function isUnread(el: Element): boolean {
  if (el.localName === 'style') return true;
  return el.localName === 'script' && !/ld\+json/i.test(el.getAttribute('type') ?? '');
}

/**
 * Removes `on…` attributes and unread elements under `root`, including
 * inside `<template>` contents and `<noscript>`, whose content is text on a
 * page that runs scripts and becomes elements where the copy is parsed
 * without scripts.
 */
function stripHandlers(root: Element | DocumentFragment, doc: Document): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (isUnread(el)) {
      el.remove();
      continue;
    }
    if (el.hasAttributes()) {
      for (const name of el.getAttributeNames()) if (isHandlerName(name)) el.removeAttribute(name);
    }
    if (el.localName === 'template') stripHandlers((el as HTMLTemplateElement).content, doc);
    else if (el.localName === 'noscript' && el.childElementCount === 0 && /[<]/.test(el.textContent ?? '')) {
      // Parsed where nothing runs or loads, cleaned, and put back as the text it was.
      const Parser = doc.defaultView?.DOMParser ?? DOMParser;
      const parsed = new Parser().parseFromString(el.textContent ?? '', 'text/html');
      stripHandlers(parsed.body, doc);
      el.textContent = parsed.body.innerHTML;
    }
  }
}
