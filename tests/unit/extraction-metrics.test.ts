import { describe, expect, it } from 'vitest';
import {
  meanPrf,
  precisionRecall,
  quantile,
  sameTokens,
  shingleCorpusScore,
  shingleCounts,
  shingles,
  snippetShare,
  wordPrf,
} from '../../scripts/metrics/extraction';

describe('Scrapinghub shingle metric', () => {
  it('counts 4-token shingles, case kept, punctuation ignored', () => {
    expect([...shingles('A b, c d e.').entries()]).toEqual([
      ['A\u0001b\u0001c\u0001d', 1],
      ['b\u0001c\u0001d\u0001e', 1],
    ]);
  });
  it('gives a text shorter than four tokens one shingle of all its tokens', () => {
    expect(shingles('one two').size).toBe(1);
  });
  it('normalises tp, fp and fn to sum to one', () => {
    // truth a b c d e: shingles abcd, bcde; predicted a b c d x: abcd, bcdx.
    const c = shingleCounts('a b c d e', 'a b c d x');
    expect(c.tp).toBeCloseTo(1 / 3);
    expect(c.fp).toBeCloseTo(1 / 3);
    expect(c.fn).toBeCloseTo(1 / 3);
    expect(precisionRecall(c)).toEqual({ precision: 0.5, recall: 0.5 });
  });
  it('scores a perfect page 1 and an empty extraction 0', () => {
    expect(precisionRecall(shingleCounts('a b c d e', 'a b c d e'))).toEqual({ precision: 1, recall: 1 });
    expect(precisionRecall(shingleCounts('a b c d e', ''))).toEqual({ precision: 0, recall: 0 });
  });
  it('takes F1 of the mean precision and the mean recall', () => {
    // page 1: P 1, R 1; page 2: tp 1/3, fp 0, fn 2/3 -> P 1, R 1/3. Means P 1, R 2/3 -> F1 0.8.
    const s = shingleCorpusScore([
      { tp: 1, fp: 0, fn: 0 },
      { tp: 1 / 3, fp: 0, fn: 2 / 3 },
    ]);
    expect(s.precision).toBeCloseTo(1);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(0.8);
  });
  it('calls a page accurate only when the token sequences match', () => {
    expect(sameTokens('Hello, world!', 'Hello world')).toBe(true);
    expect(sameTokens('Hello world', 'hello world')).toBe(false);
  });
});

describe('WCXB bag-of-words metric', () => {
  it('matches lowercased word multisets', () => {
    // truth: the x2, cat; predicted: the, cat, dog. tp 2, fp 1, fn 1.
    const p = wordPrf('The cat the', 'the CAT dog');
    expect(p.precision).toBeCloseTo(2 / 3);
    expect(p.recall).toBeCloseTo(2 / 3);
    expect(p.f1).toBeCloseTo(2 / 3);
  });
  it('agrees perfectly on two empty texts and scores 0 for an empty extraction', () => {
    expect(wordPrf('', '').f1).toBe(1);
    expect(wordPrf('some words', '').f1).toBe(0);
  });
  it('averages F1 per page', () => {
    expect(meanPrf([wordPrf('a b', 'a b'), wordPrf('a b', '')]).f1).toBe(0.5);
  });
  it('finds snippets by words, ignoring case and punctuation', () => {
    expect(snippetShare('Hello, big World. Bye', ['big world', 'missing one'])).toBe(0.5);
    expect(snippetShare('anything', [])).toBeUndefined();
  });
});

describe('quantile', () => {
  it('takes the nearest rank', () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
  });
});
