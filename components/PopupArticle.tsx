import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ExtractedArticle } from '../lib/types';
import { openReader } from '../utils/reader-handoff';
import { setHighlight } from '../utils/highlight';
import { ArticleHeader } from './ArticleHeader';
import { Collapsible } from './Collapsible';
import { CopyMarkdownButton } from './CopyMarkdownButton';
import { FaqList } from './FaqList';
import { Icon } from './Icon';
import { MainPoints } from './MainPoints';
import { LazySafeHtml as SafeHtml } from './LazySafeHtml';

interface Props {
  article: ExtractedArticle;
  showReadingTime: boolean;
  showArticle: boolean;
}

/** Performance mark the UI benchmark reads (scripts/bench-ui.ts): title and points are on screen. */
export const PAINT_MARK = 'precis:first-content';

/** Runs `fn` after the browser has painted the current frame. */
function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * The popup's article: header and actions, then main points, FAQ and the
 * clean article, each collapsible. Title and points paint first; the body,
 * the heaviest part, is added in the next frame (issue #6, first useful paint).
 */
export function PopupArticle({ article, showReadingTime, showArticle }: Props) {
  const [bodyReady, setBodyReady] = useState(false);
  const [faqShown, setFaqShown] = useState<string | undefined>();
  const bodyRef = useRef<HTMLDivElement>(null);

  // A layout effect runs before the browser paints this render, so the mark
  // follows the very frame that shows title and points; a plain effect runs
  // only after that frame, and its afterPaint waited a whole frame more.
  useLayoutEffect(
    () =>
      afterPaint(() => {
        performance.mark(PAINT_MARK);
        setBodyReady(true);
      }),
    [],
  );

  // "Show in article": reveal the FAQ inside the body, then scroll to the question.
  useEffect(() => {
    if (!faqShown || !bodyReady) return;
    // After the next paint: the article section may have been collapsed until now.
    return afterPaint(() => {
      const target = bodyRef.current?.querySelector(`[data-precis-anchor="${CSS.escape(faqShown)}"]`);
      if (!target) return;
      target.scrollIntoView({ block: 'start' });
      setHighlight('precis-faq', null, target);
    });
  }, [faqShown, bodyReady]);

  const open = (extra: { point?: number } = {}) => void openReader(article, extra).then(() => window.close());
  const { lang, dir } = article;

  return (
    <article class="reading" aria-labelledby="popup-title">
      <ArticleHeader article={article} showReadingTime={showReadingTime} titleId="popup-title">
        <div class="actions" role="group" aria-label="Article actions">
          {/* Save for offline (components/SaveButton.tsx, issue #7) goes first in this group. */}
          <button type="button" class="button primary" data-testid="open-reader" onClick={() => open()}>
            <Icon name="reader" />
            <span>Open in reader</span>
          </button>
          <CopyMarkdownButton article={article} />
        </div>
      </ArticleHeader>
      {!article.isArticle && (
        <p class="notice" role="note">
          This page doesn’t look like an article; this is its main content.
        </p>
      )}
      {article.points.length > 0 && (
        <Collapsible id="points" title="Main points" count={article.points.length} testId="section-points">
          <MainPoints
            points={article.points}
            source={article.pointsSource}
            onSelect={(point) => open({ point })}
            actionLabel="Open in reader at this sentence"
            lang={lang}
            dir={dir}
          />
        </Collapsible>
      )}
      {article.faq.length > 0 && (
        <Collapsible id="faq" title="FAQ" count={article.faq.length} testId="section-faq">
          <FaqList faq={article.faq} onShow={showArticle ? setFaqShown : undefined} lang={lang} dir={dir} />
        </Collapsible>
      )}
      {showArticle && (
        <Collapsible id="article" title="Article" testId="section-article" forceOpen={faqShown !== undefined}>
          <div ref={bodyRef}>
            {bodyReady ? (
              <SafeHtml
                html={article.html}
                class={`article-body${faqShown ? ' faq-shown' : ''}`}
                testId="article-body"
                lang={lang}
                dir={dir}
              />
            ) : (
              <p class="body-pending">Loading the article…</p>
            )}
          </div>
        </Collapsible>
      )}
    </article>
  );
}
