import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Least privilege (issue #2, #9): the popup injects the extraction script
// into the tab the reader clicked on, through `activeTab`. No host access.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode, browser, manifestVersion }) => ({
    name: 'Precis',
    description:
      'Read the article, its main points and its FAQ; keep it offline. Private: nothing leaves your machine.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'],
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
    action: { default_title: 'Read with Precis' },
    // Alt+Shift+R opens Precis; changeable on the browser's shortcuts page (issue #6).
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open Precis on this page',
      },
      'save-page': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save this page to the Precis library' },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'precis@precis-reader.org' } } } : {}),
  }),
});
