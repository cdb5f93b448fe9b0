/**
 * Extraction metrics of the two corpora in ../shared/corpus (see its README):
 * Scrapinghub's 4-token shingle matching and WCXB's bag-of-words F1.
 */

/** Counts of true positives, false positives and false negatives (or their shares). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of one page or of a corpus. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

// Python's `re.findall(r'\w+')` is Unicode-aware: letters, digits, marks and underscore.
const WORD_RE = /[\p{L}\p{N}\p{M}_]+/gu;

/** `\w+` tokens of a text, case kept (the Scrapinghub benchmark's tokenizer). */
export function wordTokens(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/**
 * The n-token shingles of a text, counted. Like the benchmark, a text shorter
 * than n tokens gives one shingle of all its tokens.
 */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = wordTokens(text);
  const k = Math.min(tokens.length, n);
  const out = new Map<string, number>();
  for (let i = 0; i + k <= tokens.length; i++) {
    const key = tokens.slice(i, i + k).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Multiset matching of two counted bags: tp/fp/fn, unnormalised. */
export function matchBags(truth: Map<string, number>, predicted: Map<string, number>): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, t] of truth) {
    const p = predicted.get(key) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
  }
  for (const [key, p] of predicted) fp += Math.max(0, p - (truth.get(key) ?? 0));
  return { tp, fp, fn };
}

/**
 * Scrapinghub's per-page score: shingle tp/fp/fn normalised to sum to 1, so
 * that long articles weigh no more than short ones.
 */
export function shingleCounts(truth: string, predicted: string, n = 4): Counts {
  const c = matchBags(shingles(truth, n), shingles(predicted, n));
  const sum = c.tp + c.fp + c.fn;
  return sum > 0 ? { tp: c.tp / sum, fp: c.fp / sum, fn: c.fn / sum } : c;
}

/** Per-page precision and recall from counts, as the Scrapinghub benchmark defines them at the edges. */
export function precisionRecall(c: Counts): { precision: number; recall: number } {
  if (c.fp === 0 && c.fn === 0) return { precision: 1, recall: 1 };
  if (c.tp === 0) return { precision: 0, recall: 0 };
  return { precision: c.tp / (c.tp + c.fp), recall: c.tp / (c.tp + c.fn) };
}

/** Harmonic mean of precision and recall (0 when both are 0). */
export function f1(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Scrapinghub corpus score: F1 of the mean per-page precision and the mean per-page recall. */
export function shingleCorpusScore(pages: Counts[]): Prf {
  if (pages.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const prs = pages.map(precisionRecall);
  const precision = mean(prs.map((p) => p.precision));
  const recall = mean(prs.map((p) => p.recall));
  return { precision, recall, f1: f1(precision, recall) };
}

/** Per-page Scrapinghub F1 (for comparing two extractors page by page). */
export function shinglePageF1(truth: string, predicted: string): number {
  const { precision, recall } = precisionRecall(shingleCounts(truth, predicted));
  return f1(precision, recall);
}

/** True when both texts have the same token sequence (the benchmark's accuracy). */
export function sameTokens(truth: string, predicted: string): boolean {
  const a = wordTokens(truth);
  const b = wordTokens(predicted);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

function bag(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of wordTokens(text.toLowerCase())) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

/**
 * WCXB's per-page score: bag-of-words precision, recall and F1 of lowercased
 * word tokens. An empty truth and an empty extraction agree perfectly.
 */
export function wordPrf(truth: string, predicted: string): Prf {
  const c = matchBags(bag(truth), bag(predicted));
  if (c.tp + c.fp + c.fn === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  return { precision, recall, f1: f1(precision, recall) };
}

/** Mean of per-page precision, recall and F1 (WCXB averages F1 per page). */
export function meanPrf(pages: Prf[]): Prf {
  return {
    precision: mean(pages.map((p) => p.precision)),
    recall: mean(pages.map((p) => p.recall)),
    f1: mean(pages.map((p) => p.f1)),
  };
}

/** Lowercases and collapses whitespace, for finding snippets in a text. */
function snippetNorm(s: string): string {
  return wordTokens(s.toLowerCase()).join(' ');
}

/** Share of `snippets` found in `text` (word-normalised); undefined when there are none. */
export function snippetShare(text: string, snippets: string[]): number | undefined {
  const usable = snippets.map(snippetNorm).filter((s) => s.length > 0);
  if (usable.length === 0) return undefined;
  const hay = ` ${snippetNorm(text)} `;
  return usable.filter((s) => hay.includes(` ${s} `)).length / usable.length;
}

/** Arithmetic mean; 0 for an empty list. */
export function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/** The q-quantile (0..1) of a list, by nearest rank. */
export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}
