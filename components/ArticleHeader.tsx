import type { ComponentChildren } from 'preact';
import type { ExtractedArticle } from '../lib/types';
import { formatDate } from '../lib/text/format';
import { SiteBadge } from './SiteBadge';

interface Props {
  article: ExtractedArticle;
  showReadingTime: boolean;
  /** Heading level of the title: 1 in the popup and the reader. */
  titleId?: string;
  /** The action buttons, shown under the metadata. */
  children?: ComponentChildren;
}

/** Site, title, standfirst, the byline · date · reading-time line, and the actions. */
export function ArticleHeader({ article, showReadingTime, titleId, children }: Props) {
  const date = formatDate(article.publishedTime, article.lang);
  const site = article.siteName ?? hostOf(article.url);
  return (
    <header class="article-header">
      <div lang={article.lang} dir={article.dir}>
        {site && (
          <p class="article-site">
            <SiteBadge site={site} />
            <span class="article-site-name" data-testid="article-site">
              {site}
            </span>
          </p>
        )}
        <h1 class="article-title" id={titleId} data-testid="article-title">
          {article.title}
        </h1>
        {article.standfirst && (
          <p class="article-standfirst" data-testid="article-standfirst">
            {article.standfirst}
          </p>
        )}
        <p class="article-meta" data-testid="article-meta">
          {article.byline && (
            <span class="article-byline" data-testid="article-byline">
              {article.byline}
            </span>
          )}
          {date && <time dateTime={article.publishedTime}>{date}</time>}
          {showReadingTime && article.readingMinutes > 0 && <span>{article.readingMinutes} min read</span>}
        </p>
      </div>
      {children}
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
