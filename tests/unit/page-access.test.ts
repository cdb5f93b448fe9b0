import { describe, expect, it } from 'vitest';
import { accessErrorMessage, pageAccess } from '../../lib/page-access';

describe('pages the browser does not let Precis read', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['edge://flags', 'browser-page'],
    ['about:blank', 'empty'],
    ['view-source:https://example.com/', 'source'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/detail/x', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'store'],
    ['https://example.com/report.pdf', 'pdf'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
  ])('%s is refused as %s, with a message', (url, reason) => {
    const access = pageAccess(url);
    expect(access).toMatchObject({ ok: false, reason });
    if (!access.ok) expect(access.message.length).toBeGreaterThan(30);
  });

  it.each(['https://example.com/news/a', 'http://127.0.0.1:8080/x', 'https://example.com/pdf-guide/', undefined])(
    '%s may be read',
    (url) => {
      expect(pageAccess(url)).toEqual({ ok: true });
    },
  );

  it.each([
    ['Cannot access a chrome:// URL', undefined, /browser’s own pages/],
    ['The extensions gallery cannot be scripted.', undefined, /extension store/],
    [
      'Cannot access contents of url "file:///home/a.html". Extension manifest must request permission',
      'file:///home/a.html',
      /file URLs/,
    ],
    ['Frame with ID 0 is showing error page', 'https://down.example/', /error page/],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'https://example.com/',
      /Click the Precis button/,
    ],
  ])('explains "%s"', (error, url, expected) => {
    expect(accessErrorMessage(error, url)).toMatch(expected);
  });

  it('leaves unrelated errors to the caller', () => {
    expect(accessErrorMessage('Out of memory', 'https://example.com/')).toBeUndefined();
  });
});
