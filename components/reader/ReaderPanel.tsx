import type { ExtractedArticle } from '../../lib/types';
import { FaqList } from '../FaqList';
import { Icon } from '../Icon';
import { MainPoints } from '../MainPoints';

interface Props {
  article: ExtractedArticle;
  onPoint: (index: number) => void;
  onFaq: (anchor: string) => void;
  onListenPoints?: () => void;
}

/** The side panel: main points (each leads to its sentence) and the FAQ. */
export function ReaderPanel({ article, onPoint, onFaq, onListenPoints }: Props) {
  const { points, faq, lang, dir } = article;
  if (points.length === 0 && faq.length === 0) return null;
  return (
    <aside class="reader-panel" aria-label="Main points and FAQ">
      {points.length > 0 && (
        <section class="panel-section" aria-labelledby="points-title" data-testid="reader-points">
          <div class="panel-heading">
            <h2 id="points-title" class="panel-title">
              Main points
            </h2>
            {onListenPoints && (
              <button type="button" class="link-button" onClick={onListenPoints} data-testid="listen-points">
                <Icon name="speaker" size={14} />
                Listen
              </button>
            )}
          </div>
          <MainPoints points={points} source={article.pointsSource} onSelect={onPoint} lang={lang} dir={dir} />
        </section>
      )}
      {faq.length > 0 && (
        <section class="panel-section" aria-labelledby="faq-title" data-testid="reader-faq">
          <h2 id="faq-title" class="panel-title">
            FAQ
          </h2>
          <FaqList faq={faq} onShow={onFaq} lang={lang} dir={dir} />
        </section>
      )}
    </aside>
  );
}
