import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { ExtractedArticle } from '../lib/types';

/**
 * How the popup hands an article to the reader tab (issue #6).
 *
 * The popup already holds the extracted article, so it stores it in
 * `storage.session` and opens `reader.html?session=<key>`. Re-extracting in
 * the reader (`?tabId=N`) was the alternative; it was not chosen because it
 * would run extraction twice (STYLE.md: nothing re-extracts downstream of
 * lib/), could read a page that has since navigated or changed, and would
 * need the tab's activeTab grant to outlive the popup. Session storage lives
 * in memory only, is cleared when the browser closes, and is not readable by
 * content scripts. Reloading the reader tab keeps working; only the last few
 * hand-overs are kept.
 */

/** Where to open the reader and what to show first. */
export interface ReaderTarget {
  /** Key of an article handed over by the popup. */
  session?: string;
  /** Id of a saved article in the offline library. */
  id?: string;
  /** Index of the main point to scroll to and highlight. */
  point?: number;
  /** `data-precis-anchor` of the FAQ question to scroll to. */
  faq?: string;
}

const KEEP = 8;
const recent = storage.defineItem<string[]>('session:readerHandoffs', { fallback: [], version: 1 });
const articleItem = (key: string) =>
  storage.defineItem<ExtractedArticle | null>(`session:reader:${key}`, { fallback: null, version: 1 });

/** Stores an article for the reader and returns its key. */
export async function handOver(article: ExtractedArticle): Promise<string> {
  const key = crypto.randomUUID();
  await articleItem(key).setValue(article);
  const keys = [key, ...(await recent.getValue())];
  await Promise.all(keys.slice(KEEP).map((old) => articleItem(old).removeValue()));
  await recent.setValue(keys.slice(0, KEEP));
  return key;
}

/** The article handed over under `key`, or null when the browser has since been restarted. */
export async function takeOver(key: string): Promise<ExtractedArticle | null> {
  return articleItem(key).getValue();
}

/** The reader page's address for `target`. */
export function readerUrl(target: ReaderTarget): string {
  const q = new URLSearchParams();
  if (target.session) q.set('session', target.session);
  if (target.id) q.set('id', target.id);
  if (target.point !== undefined) q.set('point', String(target.point));
  if (target.faq) q.set('faq', target.faq);
  return browser.runtime.getURL(`/reader.html?${q.toString()}` as '/reader.html');
}

/** Reads the target back from the reader's own address. */
export function readerTargetFrom(search: string): ReaderTarget {
  const q = new URLSearchParams(search);
  const point = q.get('point');
  return {
    session: q.get('session') ?? undefined,
    id: q.get('id') ?? undefined,
    point: point !== null && /^\d+$/.test(point) ? Number(point) : undefined,
    faq: q.get('faq') ?? undefined,
  };
}

/** Opens the reader in a new tab next to the current one. */
export async function openReader(article: ExtractedArticle, extra: Omit<ReaderTarget, 'session' | 'id'> = {}) {
  const session = await handOver(article);
  await browser.tabs.create({ url: readerUrl({ session, ...extra }) });
}
