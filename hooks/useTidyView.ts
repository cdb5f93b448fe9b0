import { useMemo } from 'preact/hooks';
import type { ExtractedArticle } from '../lib/types';
import { tidyHtml } from '../lib/text/tidy';
import { useSetting } from './useSetting';

/**
 * The article as the reader sees it: with "Tidy obvious typos" on, its HTML
 * gets the fixes of lib/text/tidy.ts. A copy for display only: the article
 * that is saved or copied stays exactly as extracted (issue #8).
 */
export function useTidyView<A extends ExtractedArticle | undefined>(article: A): A {
  const [tidy] = useSetting('tidyTypos');
  return useMemo(
    () => (tidy && article ? { ...article, html: tidyHtml(article.html, window, article.lang) } : article),
    [tidy, article],
  );
}
