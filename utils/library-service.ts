import { library } from './library-db';
import { answer, FIND_SAVED, IMAGE_ACCESS, SAVE_ARTICLE } from './messages';
import { hasImageAccess, saveArticle, skippedSummary } from './library-save';

/** Answers the popup's library requests (utils/library-messages.ts); background only. */
export function serveLibrary(): void {
  answer({
    [SAVE_ARTICLE]: async ({ article, imageAccess }) => {
      const result = await saveArticle(article, imageAccess);
      return result.ok ? { ok: true, note: skippedSummary(result.skipped, result.textOnly) } : result;
    },
    [FIND_SAVED]: async ({ url }) => (await library.findByUrl(url)) !== undefined,
    [IMAGE_ACCESS]: ({ article }) => hasImageAccess(article),
  });
}
