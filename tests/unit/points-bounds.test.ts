import { describe, expect, it } from 'vitest';
import { choosePoints, MAX_RANKED, type Candidate } from '../../lib/points/rank';

const candidate = (order: number, words: string[]): Candidate => ({
  raw: `Sentence ${order}.`,
  text: `Sentence ${order}.`,
  block: order,
  order,
  words,
  quality: 1,
  score: 0,
});

describe('main points on a very long article', () => {
  it(`ranks only the first ${MAX_RANKED} sentences, so the quadratic graph stays small`, () => {
    // Sentences without content words are never chosen; only those past the window have any.
    const cands = Array.from({ length: MAX_RANKED + 50 }, (_, i) =>
      candidate(i, i < MAX_RANKED ? [] : ['council', 'budget', `topic${i}`]),
    );
    expect(choosePoints(cands, 4)).toEqual([]);
    expect(choosePoints(cands.slice(MAX_RANKED - 10), 4)).toHaveLength(4);
  });
});
