import type { ExtractedArticle } from '../lib/types';
import { takeOver, type ReaderTarget } from './reader-handoff';

/** What the reader tab shows: an article, or why there is none. */
export type ReaderLoad =
  | { status: 'loading' }
  | { status: 'ready'; article: ExtractedArticle; origin: 'live' | 'saved'; savedId?: string }
  | { status: 'failed'; message: string };

/**
 * A saved article (issue #7), its kept images resolved to `blob:` URLs, and
 * the function that frees them. The library module loads only for `?id=`.
 */
async function loadSavedArticle(id: string): Promise<{ article: ExtractedArticle; release: () => void } | null> {
  const { openSavedArticle } = await import('./library-render');
  return openSavedArticle(id);
}

/** Loads what `target` names: a hand-over from the popup or a saved article. */
export async function loadReaderArticle(target: ReaderTarget): Promise<ReaderLoad & { release?: () => void }> {
  if (target.session) {
    const article = await takeOver(target.session);
    if (article) return { status: 'ready', article, origin: 'live' };
    return {
      status: 'failed',
      message:
        'This article is no longer here: the browser was restarted since it was opened. Open it again from the page.',
    };
  }
  if (target.id) {
    const saved = await loadSavedArticle(target.id);
    if (saved)
      return { status: 'ready', article: saved.article, origin: 'saved', savedId: target.id, release: saved.release };
    return { status: 'failed', message: 'This saved article could not be found in your library.' };
  }
  return { status: 'failed', message: 'Open the reader from the Precis button on an article.' };
}
