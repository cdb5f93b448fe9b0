import type { MainPoint, PointsSource } from '../lib/types';
import { Icon } from './Icon';

interface Props {
  points: MainPoint[];
  source: PointsSource;
  /** Called with the point's index; each point is then a button. */
  onSelect?: (index: number) => void;
  /** Label of the action a point performs, for assistive technology. */
  actionLabel?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** The article's main points, in article order; each can lead to its sentence in the article. */
export function MainPoints({ points, source, onSelect, actionLabel = 'Show in article', lang, dir }: Props) {
  if (points.length === 0) return null;
  return (
    <div class="main-points" data-testid="main-points">
      {source === 'page-summary' && <p class="points-source">From the page’s own summary</p>}
      <ol class="points-list" lang={lang} dir={dir}>
        {points.map((p, i) => (
          <li key={i}>
            {onSelect ? (
              <button
                type="button"
                class="point-link"
                data-testid={`point-${i}`}
                title={actionLabel}
                onClick={() => onSelect(i)}
              >
                <span class="point-text">{p.text}</span>
                <Icon name="arrow" size={14} />
                <span class="visually-hidden">({actionLabel})</span>
              </button>
            ) : (
              <span class="point-text">{p.text}</span>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
