import { browser } from 'wxt/browser';
import { library } from './library-db';
import {
  FIND_SAVED,
  IMAGE_ACCESS,
  SAVE_ARTICLE,
  isLibraryRequest,
  type LibraryRequest,
  type SaveReply,
} from './library-messages';
import { hasImageAccess, saveArticle, skippedSummary } from './library-save';

/** The background's answer to a request of utils/library-messages.ts. */
async function answer(request: LibraryRequest): Promise<SaveReply | boolean> {
  switch (request.type) {
    case SAVE_ARTICLE: {
      const result = await saveArticle(request.article, request.imageAccess);
      return result.ok ? { ok: true, note: skippedSummary(result.skipped, result.textOnly) } : result;
    }
    case FIND_SAVED:
      return (await library.findByUrl(request.url)) !== undefined;
    case IMAGE_ACCESS:
      return hasImageAccess(request.article);
  }
}

/** Answers the popup's library requests (background only). */
export function serveLibrary(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id || !isLibraryRequest(message)) return undefined;
    answer(message).then(sendResponse, (err: unknown) =>
      sendResponse({ ok: false, message: `Precis could not save this article: ${String(err)}` } satisfies SaveReply),
    );
    return true; // the answer comes later
  });
}
