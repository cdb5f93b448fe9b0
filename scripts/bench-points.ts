/**
 * npm run bench:points [-- --write] — main points (issue #5) against the
 * newsroom highlights of ../shared/corpus/cnndm-dev: ROUGE-1/2/Lsum F (x100,
 * mean per article) of 3 Precis points, next to Lead-3 and plain TextRank
 * computed in the same run, with bootstrap 95% intervals; the difference to
 * Lead-3 on each half of the set as well, so that a change tuned on one half
 * can be checked on the other; and timings.
 *
 * `--write` rewrites the "points" section of docs/benchmarks.md; without it
 * the report is only printed.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pointsFromText } from '../lib/points';
import { contentWords } from '../lib/points/tokens';
import { rouge } from './metrics/rouge';
import { machineLine, writeBenchSection } from './bench-report';

interface Doc {
  id: string;
  sentences: string[];
  highlights: string[];
}

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'cnndm-dev', 'docs.jsonl');
const COUNT = 3;

/** Plain TextRank (Mihalcea & Tarau 2004): word-overlap graph, PageRank, top sentences in article order. */
export function textRank(sentences: string[], count: number): string[] {
  const words = sentences.map((s) => contentWords(s, 'en'));
  const n = sentences.length;
  const w: number[][] = words.map((a, i) =>
    words.map((b, j) => {
      if (i === j || a.length < 2 || b.length < 2) return 0;
      const set = new Set(b);
      const overlap = new Set(a.filter((x) => set.has(x))).size;
      return overlap / (Math.log(a.length) + Math.log(b.length));
    }),
  );
  const out = w.map((row) => row.reduce((a, b) => a + b, 0));
  let rank = new Array<number>(n).fill(1);
  for (let iter = 0; iter < 50; iter++) {
    rank = rank.map(
      (_, i) => 0.15 + 0.85 * w.reduce((acc, row, j) => acc + (out[j] ? (row[i]! * rank[j]!) / out[j]! : 0), 0),
    );
  }
  return rank
    .map((r, i) => [r, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, count)
    .map(([, i]) => i)
    .sort((a, b) => a - b)
    .map((i) => sentences[i]!);
}

/** Seeded PRNG (mulberry32), so the intervals are the same from run to run. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mean and bootstrap 95% interval of per-article scores. */
function bootstrap(values: number[], rounds = 2000): { mean: number; lo: number; hi: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const random = rng(5);
  const means: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let s = 0;
    for (let i = 0; i < values.length; i++) s += values[Math.floor(random() * values.length)]!;
    means.push(s / values.length);
  }
  means.sort((a, b) => a - b);
  return { mean, lo: means[Math.floor(rounds * 0.025)]!, hi: means[Math.floor(rounds * 0.975)]! };
}

/** Paired bootstrap interval of the difference between two systems. */
function pairedDiff(a: number[], b: number[]): { mean: number; lo: number; hi: number } {
  return bootstrap(a.map((x, i) => x - b[i]!));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

function main(): void {
  const docs = readFileSync(CORPUS, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Doc);

  const systems: Record<string, (d: Doc) => string[]> = {
    'Lead-3': (d) => d.sentences.slice(0, COUNT),
    TextRank: (d) => textRank(d.sentences, COUNT),
    Precis: (d) => pointsFromText('', d.sentences, COUNT, 'en').map((p) => p.text),
  };
  const scores: Record<string, { r1: number[]; r2: number[]; rl: number[] }> = {};
  const times: number[] = [];
  for (const [name, run] of Object.entries(systems)) {
    const s = (scores[name] = { r1: [] as number[], r2: [] as number[], rl: [] as number[] });
    for (const d of docs) {
      const t0 = performance.now();
      const picked = run(d);
      if (name === 'Precis') times.push(performance.now() - t0);
      const r = rouge(d.highlights.join('\n'), picked.join('\n'));
      s.r1.push(100 * r.rouge1.fmeasure);
      s.r2.push(100 * r.rouge2.fmeasure);
      s.rl.push(100 * r.rougeLsum.fmeasure);
    }
  }

  // A 2,000-word article: the corpus's sentences, in order, until 2,000 words.
  const long: string[] = [];
  let words = 0;
  for (const d of docs) {
    for (const s of d.sentences) {
      if (words >= 2000) break;
      long.push(s);
      words += s.split(/\s+/).length;
    }
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < long.length; i += 2) paragraphs.push(long.slice(i, i + 2).join(' '));
  for (let i = 0; i < 5; i++) pointsFromText('A title about the news', paragraphs, 4, 'en');
  // Wall time, and CPU time of this process, which a busy shared machine disturbs less.
  const longTimes: number[] = [];
  const longCpu: number[] = [];
  for (let i = 0; i < 30; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    pointsFromText('A title about the news', paragraphs, 4, 'en');
    longTimes.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    longCpu.push((c.user + c.system) / 1000);
  }

  const fmt = (b: { mean: number; lo: number; hi: number }) =>
    `${b.mean.toFixed(2)} [${b.lo.toFixed(2)}, ${b.hi.toFixed(2)}]`;
  const rows = Object.entries(scores).map(
    ([name, s]) => `| ${name} | ${fmt(bootstrap(s.r1))} | ${fmt(bootstrap(s.r2))} | ${fmt(bootstrap(s.rl))} |`,
  );
  const lead = scores['Lead-3']!;
  const precis = scores['Precis']!;
  const d1 = pairedDiff(precis.r1, lead.r1);
  const target = lead.r1.reduce((a, b) => a + b, 0) / lead.r1.length + 1.5;
  const met = d1.mean >= 1.5;
  const half = docs.length >> 1;
  const halves = (key: 'r1' | 'r2' | 'rl') =>
    [
      [0, half],
      [half, docs.length],
    ]
      .map(([from, to]) => {
        const d = pairedDiff(precis[key].slice(from, to), lead[key].slice(from, to));
        return `docs ${from}-${to! - 1} ${fmt(d)}`;
      })
      .join('; ');
  const md = [
    '## Main points (issue #5)',
    '',
    `${docs.length} CNN/Daily Mail articles (\`../shared/corpus/cnndm-dev\`), ${COUNT} points each against the newsroom highlights.`,
    'ROUGE F x100, mean per article, rouge_score tokenisation with Porter stemming (`scripts/metrics/rouge.ts`); bootstrap 95% intervals over articles.',
    'Precis runs `pointsFromText` with no title (the corpus has none), each corpus sentence given as one paragraph.',
    '',
    '| System | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `Precis − Lead-3, ROUGE-1 (paired bootstrap): ${fmt(d1)}. Target ROUGE-1 ≥ Lead-3 + 1.5 = ${target.toFixed(2)}: **${met ? 'met' : 'missed'}**.`,
    `Precis − Lead-3 on each half of the set: ROUGE-1 ${halves('r1')}; ROUGE-2 ${halves('r2')}; ROUGE-Lsum ${halves('rl')}.`,
    '',
    `Time: median ${median(times).toFixed(2)} ms per corpus article (${Math.round(docs.reduce((a, d) => a + d.sentences.join(' ').split(/\s+/).length, 0) / docs.length)} words on average); ` +
      `a ${words}-word article in ${paragraphs.length} paragraphs, 30 runs: wall median ${median(longTimes).toFixed(2)} ms, max ${Math.max(...longTimes).toFixed(2)} ms; ` +
      `CPU median ${median(longCpu).toFixed(2)} ms, max ${Math.max(...longCpu).toFixed(2)} ms (targets: under 15 ms, never over 50 ms). ` +
      `Load average at the end of the run: ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores.`,
    '',
    machineLine(),
  ].join('\n');
  console.log(md);
  if (process.argv.includes('--write')) writeBenchSection('points', md);
  else console.log('\n(not written: pass --write to rewrite docs/benchmarks.md)');
}

main();
