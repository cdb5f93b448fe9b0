/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F-scores as Google's `rouge_score` computes
 * them (the numbers papers on CNN/DailyMail report): lowercase, anything not
 * [a-z0-9] becomes a space, Porter stemming of tokens longer than 3
 * characters, and for Lsum the summary-level LCS over sentences split by
 * newlines (`_summary_level_lcs` in rouge_score/rouge_scorer.py).
 */
import { stemmer } from 'stemmer';

export interface RougeScore {
  precision: number;
  recall: number;
  fmeasure: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeLsum: RougeScore;
}

const stemCache = new Map<string, string>();

/** rouge_score's default tokenizer with stemming on. */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t.length > 0)
    .map((t) => {
      if (t.length <= 3) return t;
      let s = stemCache.get(t);
      if (s === undefined) {
        s = stemmer(t);
        stemCache.set(t, s);
      }
      return s;
    });
}

function score(hits: number, predTotal: number, refTotal: number): RougeScore {
  const precision = predTotal > 0 ? hits / predTotal : 0;
  const recall = refTotal > 0 ? hits / refTotal : 0;
  const fmeasure = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, fmeasure };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N between token lists: clipped n-gram overlap. */
export function rougeN(target: string[], prediction: string[], n: number): RougeScore {
  const t = ngramCounts(target, n);
  const p = ngramCounts(prediction, n);
  let hits = 0;
  for (const [k, c] of t) hits += Math.min(c, p.get(k) ?? 0);
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return score(hits, sum(p), sum(t));
}

/** Indices into `ref` of one longest common subsequence with `can` (rouge_score's `_backtrack_norec`). */
export function lcsIndices(ref: string[], can: string[]): number[] {
  const rows = ref.length + 1;
  const cols = can.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] =
        ref[i - 1] === can[j - 1]
          ? table[(i - 1) * cols + j - 1]! + 1
          : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const out: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (table[i * cols + j - 1]! > table[(i - 1) * cols + j]!) {
      j--;
    } else {
      i--;
    }
  }
  return out.reverse();
}

/** Summary-level ROUGE-L over sentence token lists (union LCS, clipped by token counts). */
export function rougeLsum(refSents: string[][], predSents: string[][]): RougeScore {
  const m = refSents.reduce((a, s) => a + s.length, 0);
  const n = predSents.reduce((a, s) => a + s.length, 0);
  if (m === 0 || n === 0) return score(0, n, m);
  const countR = new Map<string, number>();
  const countC = new Map<string, number>();
  for (const s of refSents) for (const t of s) countR.set(t, (countR.get(t) ?? 0) + 1);
  for (const s of predSents) for (const t of s) countC.set(t, (countC.get(t) ?? 0) + 1);
  let hits = 0;
  for (const r of refSents) {
    const union = new Set<number>();
    for (const c of predSents) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const t = r[i]!;
      if ((countC.get(t) ?? 0) > 0 && (countR.get(t) ?? 0) > 0) {
        hits++;
        countC.set(t, countC.get(t)! - 1);
        countR.set(t, countR.get(t)! - 1);
      }
    }
  }
  return score(hits, n, m);
}

/**
 * Scores a prediction against a target, each a string whose sentences are
 * separated by newlines (as rouge_score's Lsum expects).
 */
export function rouge(target: string, prediction: string): RougeScores {
  const t = rougeTokens(target);
  const p = rougeTokens(prediction);
  const sents = (s: string) =>
    s
      .split('\n')
      .filter((x) => x.length > 0)
      .map(rougeTokens);
  return {
    rouge1: rougeN(t, p, 1),
    rouge2: rougeN(t, p, 2),
    rougeLsum: rougeLsum(sents(target), sents(prediction)),
  };
}
