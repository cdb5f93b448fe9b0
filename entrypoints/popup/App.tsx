import { useEffect, useState } from 'preact/hooks';
import { SettingsButton } from '../../components/SettingsButton';
import { browser } from 'wxt/browser';
import { Icon } from '../../components/Icon';
import { PopupArticle } from '../../components/PopupArticle';
import { SaveButton } from '../../components/SaveButton';
import { Skeleton } from '../../components/Skeleton';
import { StateMessage } from '../../components/StateMessage';
import { useSetting } from '../../hooks/useSetting';
import { useTabArticle } from '../../hooks/useTabArticle';
import { useTheme } from '../../hooks/useTheme';
import { useReadingStyle } from '../../hooks/useReadingStyle';
import { useTidyView } from '../../hooks/useTidyView';

const FAILURE_TITLES = {
  forbidden: 'Precis can’t read this page',
  'no-article': 'No article found on this page',
  'too-large': 'This page is too large',
  error: 'Something went wrong',
} as const;

export function App() {
  useTheme();
  useReadingStyle();
  const { state, retry } = useTabArticle();
  const view = useTidyView(state.status === 'ready' ? state.article : undefined);
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
        <span class="brand">
          <span class="brand-mark" aria-hidden="true">
            P
          </span>
          Precis
        </span>
        <SaveButton article={state.status === 'ready' ? state.article : undefined} />
        <a
          class="icon-button"
          data-testid="open-library-toolbar"
          href={browser.runtime.getURL('/library.html')}
          target="_blank"
          aria-label="Library of saved articles"
          title="Library of saved articles"
        >
          <Icon name="library" />
        </a>
        <SettingsButton />
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
                <button type="button" class="button" data-testid="show-page-text" onClick={() => setShowPageText(true)}>
                  Show the page text anyway
                </button>
              )}
              {(state.kind === 'error' || state.kind === 'no-article') && (
                <button type="button" class="button" onClick={retry}>
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
          <PopupArticle article={view ?? state.article} showReadingTime={showReadingTime} showArticle={showArticle} />
        )}
      </main>
    </div>
  );
}
