import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { noHtmlSinks } from './scripts/no-html-sinks';

// Least privilege (issue #2, #9): the popup injects the extraction script
// into the tab the reader clicked on, through `activeTab`. No host access.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // noHtmlSinks: no innerHTML sink left in third-party code either (issue #10, web-ext lint).
  vite: () => ({ plugins: [preact(), noHtmlSinks()] }),
  // npm run zip:firefox also writes the sources zip AMO asks for: what
  // `npm ci && npm run build:firefox` needs (README, "Release packages");
  // WXT leaves out node_modules, .output and dot files by itself.
  zip: { excludeSources: ['tests/**', 'docs/**', '.cache/**'] },
  manifest: ({ mode, browser, manifestVersion }) => ({
    name: 'Precis',
    description:
      'Read the article, its main points and its FAQ; keep it offline. Private: nothing leaves your machine.',
    // Chrome's MV3 background has no DOM: a save from the context menu or
    // Alt+Shift+S reads the page in an offscreen document (utils/offscreen.ts).
    // No warning is shown for it; Firefox's background page has a DOM.
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      'unlimitedStorage',
      ...(manifestVersion === 3 ? ['offscreen'] : []),
    ],
    // Saving images offline (issue #7) fetches them from wherever they are
    // hosted; asked for on the first save with images on, never up front.
    ...(manifestVersion === 2
      ? { optional_permissions: ['<all_urls>'] }
      : { optional_host_permissions: ['<all_urls>'] }),
    // Browser tests cannot click the toolbar button, which is what grants
    // activeTab; only their build may read pages served on 127.0.0.1.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    // public/icon/<size>.png (rendered from assets/icon.svg by npm run icons)
    // become `icons` by themselves; the toolbar button names its own sizes.
    // In MV2 WXT writes the popup into `browser_action` and drops `action`.
    [manifestVersion === 2 ? 'browser_action' : 'action']: {
      default_title: 'Read with Precis',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
    },
    // Alt+Shift+R opens Precis; changeable on the browser's shortcuts page (issue #6).
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open Precis on this page',
      },
      'save-page': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save this page to the Precis library' },
    },
    // Firefox stays on Manifest V2 (WXT's default; issue #10). MV2 is fully
    // supported by Firefox with no end date, and there it grants declared
    // host permissions at install, while MV3 Firefox treats them as
    // optional and off. The APIs Precis uses exist in MV2 Firefox:
    // `scripting` (102), `storage.session` (115), `browserAction` (what
    // `action` is called there; see utils/platform.ts). 140 is the oldest
    // ESR still supported and the first to know `data_collection_permissions`.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'precis@precis-reader.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android knows data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
