import type { MainPoint, PointsSource } from '../lib/types';

interface Props {
  points: MainPoint[];
  source: PointsSource;
  onSelect?: (point: MainPoint) => void;
}

/** The article's main points, in article order. */
export function MainPoints({ points, source, onSelect }: Props) {
  if (points.length === 0) return null;
  return (
    <section class="main-points" data-testid="main-points" aria-labelledby="main-points-title">
      <h2 id="main-points-title">Main points</h2>
      {source === 'page-summary' && <p class="points-source">From the page’s own summary</p>}
      <ul>
        {points.map((p, i) => (
          <li key={i}>
            {onSelect ? (
              <button type="button" class="point-link" onClick={() => onSelect(p)}>
                {p.text}
              </button>
            ) : (
              p.text
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
