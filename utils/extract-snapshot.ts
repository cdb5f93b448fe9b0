import { extractArticlePausing } from '../lib/extract';
import type { PageCopy } from '../lib/extract/snapshot';
import type { ExtractOptions, ExtractResult } from '../lib/types';

/**
 * Reads the article from a copy of a page, in an extension page that has a
 * DOM (the popup, the reader, Chrome's offscreen document, Firefox's
 * background page). The heavy part of Precis: loaded on demand. It pauses
 * between steps, as it shares its thread with the popup.
 */
export function extractSnapshot(snapshot: PageCopy, options: ExtractOptions): Promise<ExtractResult> {
  const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
  return extractArticlePausing(doc, { ...options, url: snapshot.url, baseUrl: snapshot.baseUrl });
}
