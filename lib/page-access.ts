/**
 * Which pages the browser lets an extension read, and what to tell the
 * reader when it does not (issue #2). Pure: works on URLs and error texts.
 */

export type PageAccess = { ok: true } | { ok: false; reason: keyof typeof MESSAGES; message: string };

const BROWSER_SCHEMES =
  /^(?:chrome|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|resource|devtools|chrome-search|view-source):/i;
const STORES = [
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/chromewebstore\.google\.com/i,
  /^https:\/\/addons\.mozilla\.org/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
];

const MESSAGES = {
  'browser-page':
    'This is one of the browser’s own pages. Browsers do not let extensions read them, to keep them safe.',
  store: 'The browser’s extension store does not let extensions read its pages.',
  file: 'Precis cannot read files on your computer yet. To allow it, turn on “Allow access to file URLs” for Precis on the browser’s extensions page.',
  pdf: 'This is a PDF shown by the browser’s PDF viewer. Precis reads web pages, not PDF files.',
  source: 'This is the browser’s page-source view, which extensions may not read. Open the page itself and try again.',
  empty: 'This tab has no page in it yet. Open an article, then click Precis.',
  'error-page': 'This tab shows the browser’s error page: the site did not load. Reload it, then try again.',
} as const;

/** Says whether a page can be read, from its URL (when the browser tells us it). */
export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return { ok: true };
  const deny = (reason: keyof typeof MESSAGES): PageAccess => ({ ok: false, reason, message: MESSAGES[reason] });
  if (/^view-source:/i.test(url)) return deny('source');
  if (/^about:(?:blank|newtab)\b/i.test(url)) return deny('empty');
  if (BROWSER_SCHEMES.test(url)) return deny('browser-page');
  if (STORES.some((re) => re.test(url))) return deny('store');
  if (/^https?:\/\/[^?#]+\.pdf(?:[?#]|$)/i.test(url)) return deny('pdf');
  return { ok: true };
}

/**
 * Turns the browser's refusal to inject a script into a message a reader
 * understands, or undefined when the error is not about access.
 */
export function accessErrorMessage(error: string, url?: string): string | undefined {
  const byUrl = pageAccess(url);
  if (!byUrl.ok) return byUrl.message;
  if (/showing error page/i.test(error)) return MESSAGES['error-page'];
  if (/about:blank/i.test(error)) return MESSAGES.empty;
  if (/chrome:\/\/|cannot be scripted|chrome-extension:|about:|extensions gallery|webstore/i.test(error)) {
    return /gallery|webstore/i.test(error) ? MESSAGES.store : MESSAGES['browser-page'];
  }
  if (/file:|file url/i.test(error) || url?.startsWith('file:')) return MESSAGES.file;
  if (/pdf/i.test(error)) return MESSAGES.pdf;
  if (/Cannot access contents of|Missing host permission|permission/i.test(error)) {
    return 'The browser did not let Precis read this page. Click the Precis button in the toolbar while the page is open to allow it.';
  }
  return undefined;
}
