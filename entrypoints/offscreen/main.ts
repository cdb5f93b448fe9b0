import { browser } from 'wxt/browser';
import { readExtractOptions } from '../../lib/validate';
import { isOffscreenRequest } from '../../utils/offscreen';
import { extractSnapshot } from '../../utils/extract-snapshot';

/**
 * Chrome's offscreen document: a page with a DOM where the background reads
 * a page copied for a save from the context menu or Alt+Shift+S.
 */
browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (sender.id !== browser.runtime.id || !isOffscreenRequest(message)) return undefined;
  sendResponse(extractSnapshot(message.snapshot, readExtractOptions(message.options)));
  return undefined;
});
