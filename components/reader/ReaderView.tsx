import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SettingsButton } from '../SettingsButton';
import { useReadAloud } from '../../hooks/useReadAloud';
import { useSetting } from '../../hooks/useSetting';
import { skipForReading } from '../../lib/speech/items';
import { findTextRange } from '../../lib/text/locate';
import type { ExtractedArticle } from '../../lib/types';
import { clearHighlight, setHighlight } from '../../utils/highlight';
import { keepInView } from '../../utils/keep-in-view';
import type { ReaderTarget } from '../../utils/reader-handoff';
import { ArticleHeader } from '../ArticleHeader';
import { CopyMarkdownButton } from '../CopyMarkdownButton';
import { Icon } from '../Icon';
import { SafeHtml } from '../SafeHtml';
import { collectOutline, Outline, type OutlineItem } from './Outline';
import { ReadAloudBar } from './ReadAloudBar';
import { ReaderPanel } from './ReaderPanel';
import { ReadingControls } from './ReadingControls';

export const POINT_HIGHLIGHT = 'precis-point';

interface Props {
  article: ExtractedArticle;
  target: ReaderTarget;
}

function smooth(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

/** The full-tab reader: toolbar, outline, article, side panel and read-aloud player. */
export function ReaderView({ article, target }: Props) {
  const body = useRef<HTMLDivElement>(null);
  const [outline, setOutline] = useState<OutlineItem[]>([]);
  /** Stops keeping the last point or question jumped to in view (utils/keep-in-view.ts). */
  const stopKeeping = useRef<() => void>(() => undefined);
  useEffect(() => () => stopKeeping.current(), []);
  const [showReadingTime] = useSetting('showReadingTime');
  const speech = useReadAloud(body, article);

  useLayoutEffect(() => {
    if (body.current) setOutline(collectOutline(body.current));
    document.title = `${article.title} · Precis`;
  }, [article]);

  /** Scrolls to main point `index` and highlights its sentence. */
  const showPoint = useCallback(
    (index: number, behavior: ScrollBehavior = smooth()) => {
      const point = article.points[index];
      const root = body.current;
      if (!point || !root) return;
      const block = point.block !== undefined ? root.querySelector(`[data-precis-block="${point.block}"]`) : null;
      const range = findTextRange(block ?? root, point.sentence ?? point.text, skipForReading);
      const where = block ?? range?.startContainer.parentElement;
      if (!where) return;
      setHighlight(POINT_HIGHLIGHT, range, where);
      where.scrollIntoView({ block: 'center', behavior });
      stopKeeping.current();
      stopKeeping.current = keepInView(where, () => where.scrollIntoView({ block: 'center' }));
      root.dataset.point = String(index);
    },
    [article],
  );

  /** Scrolls to a FAQ question where it stands in the article, shown for the moment. */
  const showFaq = useCallback((anchor: string, behavior: ScrollBehavior = smooth()) => {
    const root = body.current;
    const question = root?.querySelector(`[data-precis-anchor="${CSS.escape(anchor)}"]`);
    if (!root || !question) return;
    root.querySelector('.article-body')?.classList.add('faq-shown');
    clearHighlight(POINT_HIGHLIGHT);
    setHighlight(POINT_HIGHLIGHT, findTextRange(question, question.textContent ?? ''), question);
    question.scrollIntoView({ block: 'start', behavior });
    stopKeeping.current();
    stopKeeping.current = keepInView(question, () => question.scrollIntoView({ block: 'start' }));
  }, []);

  // Opened from a point or a question in the popup: go there at once.
  useEffect(() => {
    if (target.point !== undefined) showPoint(target.point, 'auto');
    else if (target.faq) showFaq(target.faq, 'auto');
  }, [target, showPoint, showFaq]);

  const reading = speech.state !== null;
  return (
    <div class={`reader${reading ? ' is-reading' : ''}`}>
      <header class="reader-bar">
        <a class="brand" href={article.url} target="_blank" rel="noopener noreferrer" title="Open the original page">
          <span class="brand-mark" aria-hidden="true">
            P
          </span>
          <span>Precis</span>
        </a>
        <div class="reader-actions" role="toolbar" aria-label="Reader">
          {/* Save for offline (components/SaveButton.tsx, issue #7) may go here, as in the popup. */}
          {speech.available && (
            <button
              type="button"
              class="button"
              data-testid="read-aloud"
              aria-pressed={reading}
              onClick={() => (reading ? speech.stop() : void speech.start(false))}
            >
              <Icon name="speaker" />
              <span>{reading ? 'Stop reading' : 'Listen'}</span>
            </button>
          )}
          <ReadingControls />
          <CopyMarkdownButton article={article} />
          <button type="button" class="icon-button" aria-label="Print" title="Print" onClick={() => window.print()}>
            <Icon name="printer" />
          </button>
          <SettingsButton />
        </div>
      </header>
      <div class="reader-layout" dir={article.dir}>
        <div class="reader-outline">
          <Outline items={outline} />
        </div>
        <main class="reader-main" ref={body} data-testid="reader-main">
          <article aria-labelledby="reader-title">
            <ArticleHeader article={article} showReadingTime={showReadingTime} titleId="reader-title" />
            <SafeHtml
              html={article.html}
              class="article-body"
              testId="reader-body"
              lang={article.lang}
              dir={article.dir}
            />
            <footer class="reader-source">
              <a href={article.canonicalUrl ?? article.url} target="_blank" rel="noopener noreferrer">
                <Icon name="external" size={14} />
                <span>Read the original</span>
              </a>
            </footer>
          </article>
        </main>
        <ReaderPanel
          article={article}
          onPoint={showPoint}
          onFaq={showFaq}
          onListenPoints={speech.available ? () => void speech.start(true) : undefined}
        />
      </div>
      <ReadAloudBar speech={speech} hasPoints={article.points.length > 0} />
    </div>
  );
}
