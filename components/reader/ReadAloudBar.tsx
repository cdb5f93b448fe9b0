import type { ReadAloud } from '../../hooks/useReadAloud';
import { Icon } from '../Icon';

const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2];

/** The read-aloud player: shown while reading, at the bottom of the window. */
export function ReadAloudBar({ speech, hasPoints }: { speech: ReadAloud; hasPoints: boolean }) {
  const s = speech.state;
  if (!s) return null;
  const playing = s.status === 'playing';
  const rates = RATES.includes(speech.rate) ? RATES : [...RATES, speech.rate].sort((a, b) => a - b);
  return (
    <div class="read-aloud" role="region" aria-label="Read aloud" data-testid="read-aloud-bar">
      <button type="button" class="icon-button" onClick={speech.previous} aria-label="Previous sentence">
        <Icon name="prev" />
      </button>
      <button
        type="button"
        class="button primary round"
        onClick={speech.toggle}
        data-testid="read-aloud-toggle"
        aria-label={playing ? 'Pause' : 'Play'}
      >
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <button type="button" class="icon-button" onClick={speech.next} aria-label="Next sentence">
        <Icon name="next" />
      </button>
      <p class="read-aloud-status" aria-live="off" data-testid="read-aloud-status">
        {s.status === 'done'
          ? 'Finished'
          : `${speech.pointsOnly ? 'Point' : 'Sentence'} ${Math.max(1, s.index + 1)} of ${s.total}`}
      </p>
      <label class="read-aloud-rate">
        <span>Speed</span>
        <select
          value={String(speech.rate)}
          data-testid="read-aloud-rate"
          onChange={(e) => speech.setRate(Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {rates.map((r) => (
            <option key={r} value={String(r)}>
              {r}×
            </option>
          ))}
        </select>
      </label>
      {hasPoints && (
        <label class="read-aloud-points">
          <input
            type="checkbox"
            checked={speech.pointsOnly}
            data-testid="read-aloud-points-only"
            onChange={(e) => void speech.start((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>Main points only</span>
        </label>
      )}
      <button type="button" class="icon-button" onClick={speech.stop} aria-label="Stop reading aloud">
        <Icon name="stop" />
      </button>
    </div>
  );
}
