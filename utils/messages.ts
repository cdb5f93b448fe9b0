import { browser } from 'wxt/browser';
import type { PageCopy } from '../lib/extract/snapshot';
import type { ExtractedArticle } from '../lib/types';
import { isExtractResult, isPageCopy } from '../lib/validate';

/**
 * Every message between Precis's own pages, declared once: what each one
 * carries, what its answer is, how a receiver checks it, and one way to send
 * and one way to answer them. (The page script answers through
 * scripting.executeScript instead: lib/extract/snapshot.ts.)
 */

export const EXTRACT_COPY = 'precis:extract-copy';
export const SAVE_ARTICLE = 'precis:save-article';
export const FIND_SAVED = 'precis:find-saved';
export const IMAGE_ACCESS = 'precis:image-access';

export type Request =
  /** To Chrome's offscreen document: read the article from a copied page (utils/offscreen.ts). */
  | { type: typeof EXTRACT_COPY; snapshot: PageCopy; options: unknown }
  /** To the background: save an article, with images when `imageAccess` (utils/library-service.ts). */
  | { type: typeof SAVE_ARTICLE; article: ExtractedArticle; imageAccess: boolean }
  /** To the background: is an article from this address saved? */
  | { type: typeof FIND_SAVED; url: string }
  /** To the background: may Precis download every image of this article? */
  | { type: typeof IMAGE_ACCESS; article: ExtractedArticle };

export type SaveReply = { ok: true; note?: string } | { ok: false; message: string };

/** What each request is answered with; the sender checks it again on receipt. */
export interface Replies {
  [EXTRACT_COPY]: unknown;
  [SAVE_ARTICLE]: SaveReply;
  [FIND_SAVED]: boolean;
  [IMAGE_ACCESS]: boolean;
}

type RequestOf<K extends Request['type']> = Extract<Request, { type: K }>;

const isArticle = (v: unknown): v is ExtractedArticle => isExtractResult({ ok: true, article: v });

/** True when `v` is one of the requests above, well formed. */
export function isRequest(v: unknown): v is Request {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  switch (m.type) {
    case EXTRACT_COPY:
      return isPageCopy(m.snapshot);
    case SAVE_ARTICLE:
      return isArticle(m.article) && typeof m.imageAccess === 'boolean';
    case FIND_SAVED:
      return typeof m.url === 'string';
    case IMAGE_ACCESS:
      return isArticle(m.article);
    default:
      return false;
  }
}

export function isSaveReply(v: unknown): v is SaveReply {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return r.ok === true ? r.note === undefined || typeof r.note === 'string' : typeof r.message === 'string';
}

/** Sends a request to the other pages of Precis; the one that handles its type answers. */
export function send<R extends Request>(request: R): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

/**
 * Answers the requests this page handles, from Precis's own pages only; a
 * request of another type is left to the page that handles it.
 */
export function answer(handlers: {
  [K in Request['type']]?: (request: RequestOf<K>) => Promise<Replies[K]> | Replies[K];
}): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id || !isRequest(message)) return undefined;
    const handler = handlers[message.type] as ((r: Request) => Promise<unknown> | unknown) | undefined;
    if (!handler) return undefined;
    Promise.resolve()
      .then(() => handler(message))
      .then(sendResponse, (err: unknown) =>
        sendResponse({ ok: false, message: err instanceof Error ? err.message : String(err) }),
      );
    return true; // the answer may come later
  });
}
