import { describe, expect, it } from 'vitest';
import { lcsIndices, rouge, rougeTokens } from '../../scripts/metrics/rouge';

describe('ROUGE as rouge_score computes it', () => {
  it('lowercases, splits on anything not a-z0-9, and stems only tokens longer than 3 characters', () => {
    expect(rougeTokens("The Running dogs' RUNS, 3.5km!")).toEqual(['the', 'run', 'dog', 'run', '3', '5km']);
    // "was" and "has" are 3 letters: not stemmed (Porter would make them "wa", "ha").
    expect(rougeTokens('was has')).toEqual(['was', 'has']);
  });

  it('scores ROUGE-1 and ROUGE-2 by clipped n-gram overlap', () => {
    // 5 of 6 unigrams match; bigrams: "the cat", "on the", "the mat" of 5.
    const r = rouge('the cat sat on the mat', 'the cat was on the mat');
    expect(r.rouge1.fmeasure).toBeCloseTo(5 / 6);
    expect(r.rouge2.precision).toBeCloseTo(3 / 5);
    expect(r.rouge2.recall).toBeCloseTo(3 / 5);
  });

  it('clips repeated words to their count in the reference', () => {
    // Prediction "the the the" against "the cat": 1 hit; P = 1/3, R = 1/2.
    const r = rouge('the cat', 'the the the');
    expect(r.rouge1.precision).toBeCloseTo(1 / 3);
    expect(r.rouge1.recall).toBeCloseTo(1 / 2);
    expect(r.rouge1.fmeasure).toBeCloseTo(0.4);
  });

  it('computes summary-level LCS over newline-split sentences (Lin 2004, section 3.2)', () => {
    // r1 = w1..w5 against c1, c2: union LCS w1 w2 w3 w5 (4); r2 = w6 w7 w8 against c1: 3.
    // Hits 7 of 8 reference and 10 candidate tokens.
    const r = rouge('w1 w2 w3 w4 w5\nw6 w7 w8', 'w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5');
    expect(r.rougeLsum.recall).toBeCloseTo(7 / 8);
    expect(r.rougeLsum.precision).toBeCloseTo(7 / 10);
  });

  it('differs from ROUGE-1 when order matters', () => {
    const r = rouge('a b c d', 'd c b a');
    expect(r.rouge1.fmeasure).toBeCloseTo(1);
    expect(r.rougeLsum.fmeasure).toBeCloseTo(1 / 4);
  });

  it('backtracks one longest common subsequence', () => {
    expect(lcsIndices(['a', 'b', 'c', 'd'], ['a', 'c', 'd'])).toEqual([0, 2, 3]);
  });

  it('gives zero, not NaN, for empty texts', () => {
    expect(rouge('', 'a b').rouge1.fmeasure).toBe(0);
    expect(rouge('a b', '').rougeLsum.fmeasure).toBe(0);
  });
});
