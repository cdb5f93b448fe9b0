/**
 * Scores the sentences of an article and chooses the main points (issue #5).
 *
 * score = position prior × (1 + centrality + title overlap) × penalties,
 * then greedy MMR so that no two points say the same thing, shown in article
 * order. Position dominates on purpose: in news the first sentences alone beat
 * centrality methods (../shared/corpus/README.md); centrality and the title
 * decide between sentences of the opening, and bring forward a later sentence
 * that the rest of the article keeps coming back to.
 */
import { splitSentences } from './split';
import { contentWords, wordCount } from './tokens';
import { stripDateline, trimSentence } from './trim';

/** A run of article text that may give points: a paragraph or list item. */
export interface TextUnit {
  text: string;
  /** `data-precis-block` index of the element, when there is one. */
  block?: number;
}

/** A sentence that may become a point. */
export interface Candidate {
  /** The sentence as it stands in its unit's text. */
  raw: string;
  /** The sentence as shown: trimmed (dateline, connective, attribution). */
  text: string;
  block?: number;
  /** Order in the article, from 0. */
  order: number;
  /** Content words of the sentence (dateline aside, before trimming). */
  words: string[];
  /** Multiplier in (0, 1]: 1 for a sentence that reads well on its own. */
  quality: number;
  score: number;
}

/** Tuning: a handful of general constants, not fitted per document. */
export interface RankOptions {
  /** Sentences after which the position prior has halved. */
  positionHalfLife: number;
  /** Weight of centrality in the sentence score. */
  centrality: number;
  /** Weight of overlap with the title and headings. */
  title: number;
  /** MMR trade-off: share of the score kept against similarity to points already chosen. */
  mmr: number;
  /** Two sentences this similar (cosine) say the same thing: the later one is dropped. */
  duplicate: number;
}

export const DEFAULT_RANK: RankOptions = {
  positionHalfLife: 3,
  centrality: 1,
  title: 1,
  mmr: 0.7,
  duplicate: 0.6,
};

/**
 * Cuts units into candidate sentences, with their shown text and quality:
 * the first `MAX_RANKED` of them, as only those are ranked (`choosePoints`).
 */
export function candidates(units: TextUnit[], lang?: string): Candidate[] {
  const out: Candidate[] = [];
  for (const unit of units) {
    if (out.length >= MAX_RANKED) break;
    for (const span of splitSentences(unit.text, lang)) {
      if (out.length >= MAX_RANKED) break;
      const raw = span.text;
      // Rank on all the sentence says: trimming (an aside, ", officials
      // said") changes how a point reads, not which sentences are points.
      // Scoring the trimmed text made the choice swing with what the trimmer
      // happened to cut.
      const sentence = stripDateline(raw);
      const words = contentWords(sentence, lang);
      out.push({
        raw,
        // Trimmed when it is read: only the few sentences chosen are shown,
        // and trimming every candidate cost a tenth of choosing (issue #3).
        get text() {
          return trimSentence(raw, lang);
        },
        block: unit.block,
        order: out.length,
        words,
        quality: quality(sentence, words.length, lang),
        score: 0,
      });
    }
  }
  return out;
}

/** Pronouns and determiners that point back to a sentence the reader will not see. */
const LEADING_PRONOUN = /^(?:he|she|they|it|his|her|their|its|this|that|these|those|him|them|such)\b/i;
const QUOTE_OPEN = /^["“‘«„]/;

/**
 * Photo captions left in the text: "Sherwood (right) sits on the bench with
 * Ferdinand (centre)", "Scroll down for video ...", "Click here ...". Body
 * prose says "(pictured)" too, so that alone is not a caption.
 */
const CAPTION =
  /\((?:(?:far |top |bottom |centre |center )?(?:left|right|centre|center)|above|below|inset|file photo|stock image)\)|^(?:scroll down for video|click here|watch the video)\b/i;

/**
 * Sentences shorter than this (in words) rarely carry a main point on their
 * own: kickers ("Soon, America will be too fat to fight."), fragments ("The
 * tallest and fastest coaster in the world."), stubs left by a bad split.
 * Newsroom highlights run 10-25 words. Raising the bar from 6 to 10 words took
 * ROUGE-1 over Lead-3 on ../shared/corpus/cnndm-dev from +1.04 to +1.40, and
 * helped both halves of the set (docs 0-49 +1.35 -> +1.70, 50-99 +0.73 ->
 * +1.10); 9 to 14 words do about as well, 16 worse.
 */
const SHORT_WORDS = 10;
/** Longer than this, a sentence is a run-on that makes a poor bullet point. */
const LONG_WORDS = 45;

/**
 * How well a sentence stands alone as a point. Questions, quotations,
 * fragments, run-ons and sentences opening on a pronoun are kept as
 * candidates but rank lower.
 */
function quality(sentence: string, contentCount: number, lang?: string): number {
  let q = 1;
  const count = wordCount(sentence, lang);
  if (/[?？]["”’»)]*$/.test(sentence)) q *= 0.2;
  if (/[:：]$/.test(sentence)) q *= 0.2;
  if (QUOTE_OPEN.test(sentence)) q *= 0.5;
  if (contentCount < 3 || count < SHORT_WORDS) q *= 0.4;
  else if (count > LONG_WORDS) q *= 0.6;
  if (LEADING_PRONOUN.test(sentence)) q *= 0.7;
  if (CAPTION.test(sentence)) q *= 0.3;
  return q;
}

/**
 * A sparse TF-IDF vector, unit length: its words, as numbers the article's
 * sentences share, and their weights, in the order the sentence first uses them.
 */
interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Sparse TF-IDF vectors, unit length, over the article's sentences. */
function vectors(cands: Candidate[]): SparseVector[] {
  const df = new Map<string, number>();
  for (const c of cands) for (const w of new Set(c.words)) df.set(w, (df.get(w) ?? 0) + 1);
  // Each word's number: its place among the article's words.
  const ids = new Map<string, number>();
  for (const w of df.keys()) ids.set(w, ids.size);
  const n = cands.length;
  return cands.map((c) => {
    const v = new Map<string, number>();
    for (const w of c.words) v.set(w, (v.get(w) ?? 0) + 1);
    let norm = 0;
    for (const [w, tf] of v) {
      const x = tf * Math.log(1 + n / df.get(w)!);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return { ids: Int32Array.from(v.keys(), (w) => ids.get(w)!), weights: Float64Array.from(v.values()) };
  });
}

/**
 * The cosine of every pair of sentences, at [i * n + j] and [j * n + i]
 * (0 on the diagonal). Each pair's sum runs over the shorter vector's words
 * in its order (the first one's when both are as long), looked up in the
 * other, so every score is the same to the last bit as over maps of words;
 * the lookups read the other vector spread over an array indexed by word,
 * one vector at a time, instead of a map: the graph takes up to 31,000 of
 * these sums (issue #3's speed target), and the chosen points' rows are
 * then read from the matrix: one typed array of at most 250 x 250 numbers
 * (500 kB outside the heap's numbers, where the earlier matrix of arrays
 * was garbage the collector had to walk).
 */
function similarities(vecs: SparseVector[]): Float64Array {
  const n = vecs.length;
  let words = 0;
  for (const v of vecs) for (const id of v.ids) words = Math.max(words, id + 1);
  const spread = new Float64Array(words);
  const sim = new Float64Array(n * n);
  // The shorter vector's words in the spread one; a word it lacks adds 0, which leaves the sum as it was.
  const dot = ({ ids, weights }: SparseVector): number => {
    let s = 0;
    for (let k = 0; k < ids.length; k++) s += weights[k]! * spread[ids[k]!]!;
    return s;
  };
  for (let b = 0; b < n; b++) {
    const { ids, weights } = vecs[b]!;
    const len = ids.length;
    for (let k = 0; k < len; k++) spread[ids[k]!] = weights[k]!;
    // The pairs where vecs[b] is looked up: an earlier sentence no longer, a later one shorter.
    for (let i = 0; i < b; i++) if (vecs[i]!.ids.length <= len) sim[i * n + b] = sim[b * n + i] = dot(vecs[i]!);
    for (let j = b + 1; j < n; j++) if (vecs[j]!.ids.length < len) sim[b * n + j] = sim[j * n + b] = dot(vecs[j]!);
    for (let k = 0; k < len; k++) spread[ids[k]!] = 0;
  }
  return sim;
}

/** What else than the sentences the ranking may use. */
export interface RankContext {
  /** Content words of the title. */
  titleWords?: string[];
  /** Content words of the headings, which count half as much as the title's. */
  headingWords?: string[];
  /** Indices of candidates that must be points (the standfirst's sentences). */
  forced?: number[];
  options?: RankOptions;
}

/** At most this many sentences (about 5,000 words) are ranked. */
export const MAX_RANKED = 250;

/**
 * Ranks candidates and returns up to `count` of them, in article order.
 */
export function choosePoints(all: Candidate[], count: number, context: RankContext = {}): Candidate[] {
  const options = context.options ?? DEFAULT_RANK;
  // The similarity graph is quadratic: a 37,000-word page took 1.4 s. Main
  // points come from the first few thousand words anyway (the position prior
  // gives later sentences almost no weight), so only those are ranked.
  const cands = all.length > MAX_RANKED ? all.slice(0, MAX_RANKED) : all;
  const n = cands.length;
  if (n === 0 || count <= 0) return [];
  const sim = similarities(vectors(cands));
  // Centrality: how much the rest of the article comes back to a sentence
  // (LexRank's degree, on similarities rather than a threshold). Each
  // sentence adds its similarities in article order (the same sums to the
  // last bit as a row of the matrix).
  const degree = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = sim[i * n + j]!;
      degree[i]! += s;
      degree[j]! += s;
    }
  }
  const maxDegree = Math.max(...degree) || 1;
  const title = new Set(context.titleWords);
  const headings = new Set(context.headingWords);
  for (const [i, c] of cands.entries()) {
    const position = Math.pow(0.5, i / options.positionHalfLife);
    const centrality = degree[i]! / maxDegree;
    const titleShare = title.size ? c.words.filter((w) => title.has(w)).length / title.size : 0;
    const headingShare =
      headings.size && c.words.length ? c.words.filter((w) => headings.has(w)).length / c.words.length : 0;
    const overlap = titleShare + 0.5 * headingShare;
    c.score = (position + 0.05) * (1 + options.centrality * centrality + options.title * overlap) * c.quality;
  }

  // MMR: each next point is the best-scoring sentence that does not repeat one already chosen.
  const chosen: number[] = (context.forced ?? []).filter((i) => i < n).slice(0, count);
  const maxScore = Math.max(...cands.map((c) => c.score)) || 1;
  while (chosen.length < Math.min(count, n)) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (chosen.includes(i) || cands[i]!.words.length === 0) continue;
      const redundancy = chosen.reduce((m, j) => Math.max(m, sim[j * n + i]!), 0);
      if (redundancy >= options.duplicate) continue;
      const value = options.mmr * (cands[i]!.score / maxScore) - (1 - options.mmr) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
  }
  return chosen.sort((a, b) => a - b).map((i) => cands[i]!);
}
