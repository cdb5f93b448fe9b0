import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleHeader } from '../../components/ArticleHeader';
import { FaqList } from '../../components/FaqList';
import { MainPoints } from '../../components/MainPoints';
import { SafeHtml } from '../../components/SafeHtml';
import { Skeleton } from '../../components/Skeleton';
import { StateMessage } from '../../components/StateMessage';
import { useSetting } from '../../hooks/useSetting';
import { useTabArticle } from '../../hooks/useTabArticle';
import { useTheme } from '../../hooks/useTheme';

const FAILURE_TITLES = {
  forbidden: 'Precis can’t read this page',
  'no-article': 'No article found on this page',
  'too-large': 'This page is too large',
  error: 'Something went wrong',
} as const;

export function App() {
  useTheme();
  const { state, retry } = useTabArticle();
  const [showReadingTime] = useSetting('showReadingTime');
  const [showArticle] = useSetting('showArticle');
  const [showPageText, setShowPageText] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && window.close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div class="popup">
      <nav class="toolbar" aria-label="Precis">
        <span class="brand">Precis</span>
        <button
          type="button"
          class="icon-button"
          data-testid="open-settings"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          Settings
        </button>
      </nav>
      <main>
        {state.status === 'loading' && <Skeleton />}
        {state.status === 'failed' && (
          <StateMessage
            title={FAILURE_TITLES[state.kind]}
            message={
              state.kind === 'no-article'
                ? 'This page doesn’t look like an article Precis can clean up.'
                : state.message
            }
            kind={state.kind === 'error' ? 'error' : 'info'}
          >
            <div class="state-actions">
              {state.kind === 'no-article' && state.pageText && !showPageText && (
                <button type="button" data-testid="show-page-text" onClick={() => setShowPageText(true)}>
                  Show the page text anyway
                </button>
              )}
              {(state.kind === 'error' || state.kind === 'no-article') && (
                <button type="button" onClick={retry}>
                  Try again
                </button>
              )}
            </div>
            {showPageText && state.kind === 'no-article' && (
              <div class="page-text" data-testid="page-text">
                {state.pageText?.split('\n\n').map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
              </div>
            )}
          </StateMessage>
        )}
        {state.status === 'ready' && (
          <article class="reading">
            <ArticleHeader article={state.article} showReadingTime={showReadingTime} />
            {!state.article.isArticle && (
              <p class="notice" role="note">
                This page doesn’t look like an article; this is its main content.
              </p>
            )}
            <MainPoints points={state.article.points} source={state.article.pointsSource} />
            <FaqList faq={state.article.faq} />
            {showArticle && (
              <SafeHtml
                html={state.article.html}
                class="article-body"
                testId="article-body"
                lang={state.article.lang}
                dir={state.article.dir}
              />
            )}
          </article>
        )}
      </main>
    </div>
  );
}
