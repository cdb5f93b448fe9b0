import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { saveTab } from '../utils/library-save-tab';
import { serveLibrary } from '../utils/library-service';
import { toolbarButton } from '../utils/platform';

/**
 * Wiring only: the context-menu entry that opens Precis on a page. Clicking
 * it grants activeTab for that tab, like the toolbar button does.
 */
export default defineBackground({
  // Firefox (MV2) runs an event page rather than a persistent one: Firefox
  // keeps an event page's context-menu entries across restarts, while
  // onInstalled does not fire again to recreate them (issue #10). Chrome's
  // MV3 service worker ignores this.
  persistent: false,
  main: () => {
    // Browser tests cannot click a context-menu entry or press a shortcut: they call the save (e2e build only).
    if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { __precisSaveTab: saveTab });

    // The popup's Save button saves through here (utils/library-messages.ts).
    serveLibrary();

    browser.runtime.onInstalled.addListener(() => {
      browser.contextMenus.create({ id: 'precis-read', title: 'Read with Precis', contexts: ['page', 'selection'] });
      browser.contextMenus.create({ id: 'precis-save', title: 'Save page to Precis', contexts: ['page', 'selection'] });
    });

    // Saving from the menu or Alt+Shift+S (issue #7): both grant activeTab for the tab.
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === 'precis-save' && tab?.id !== undefined) void saveTab(tab.id, tab.url);
    });
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === 'save-page' && tab?.id !== undefined) void saveTab(tab.id, tab.url);
    });

    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId !== 'precis-read' || tab?.id === undefined) return;
      const tabId = tab.id;
      // openPopup needs a focused window; when the browser refuses, open the same view in a tab.
      toolbarButton()
        .openPopup()
        .catch(() => browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`) }));
    });
  },
});
