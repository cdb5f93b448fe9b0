import type { ExtractedArticle } from '../lib/types';
import { formatDate } from '../lib/text/format';

interface Props {
  article: ExtractedArticle;
  showReadingTime: boolean;
}

/** Site, title and the byline · date · reading-time line. */
export function ArticleHeader({ article, showReadingTime }: Props) {
  const date = formatDate(article.publishedTime, article.lang);
  const site = article.siteName ?? hostOf(article.url);
  return (
    <header class="article-header" lang={article.lang} dir={article.dir}>
      {site && <p class="article-site">{site}</p>}
      <h1 class="article-title" data-testid="article-title">
        {article.title}
      </h1>
      <p class="article-meta" data-testid="article-meta">
        {article.byline && (
          <span class="article-byline" data-testid="article-byline">
            {article.byline}
          </span>
        )}
        {date && <time dateTime={article.publishedTime}>{date}</time>}
        {showReadingTime && article.readingMinutes > 0 && <span>{article.readingMinutes} min read</span>}
      </p>
    </header>
  );
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
