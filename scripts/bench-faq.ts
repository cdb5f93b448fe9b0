/**
 * `npm run bench:faq` (issue #4): question-level precision, recall and F1 of
 * findFaq over the labelled fixture pages, and, over the shared corpora
 * (which have few FAQs and no FAQ labels), every page where an FAQ was found,
 * so that a person can check each for invented FAQs. Median time per page.
 *
 * Writes its section of docs/benchmarks.md and the full hit list to
 * docs/bench-faq-hits.md. Corpus pages found to be false positives on review
 * are listed in scripts/bench-faq-review.json and counted here.
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { findFaq } from '../lib/faq';
import type { FaqEntry } from '../lib/types';
import { FIXTURES_DIR, fixtureNames, norm, readFixture } from '../tests/helpers/fixtures';
import { machineLine, writeBenchSection } from './bench-report';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const HITS_FILE = join(import.meta.dirname, '..', 'docs', 'bench-faq-hits.md');
const REVIEW_FILE = join(import.meta.dirname, 'bench-faq-review.json');

interface Run {
  faq: FaqEntry[];
  ms: number;
}

function run(html: string, url: string): Run {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const start = performance.now();
    const faq = findFaq(dom.window.document);
    return { faq, ms: performance.now() - start };
  } finally {
    dom.window.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** Labelled fixtures: matches questions by normalised text. */
function scoreFixtures() {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let answersRight = 0;
  const times: number[] = [];
  const rows: string[] = [];
  for (const name of fixtureNames()) {
    const { html, expected } = readFixture(name);
    if (!expected.faq) continue;
    const { faq, ms } = run(html, expected.url ?? 'http://fakehost/article/');
    times.push(ms);
    const want = new Map(expected.faq.map((f) => [norm(f.question), norm(f.answer)]));
    let pageTp = 0;
    for (const f of faq) {
      const answer = want.get(norm(f.question));
      if (answer === undefined) continue;
      pageTp += 1;
      if (answer === norm(f.answer)) answersRight += 1;
    }
    tp += pageTp;
    fp += faq.length - pageTp;
    fn += want.size - pageTp;
    if (pageTp !== faq.length || pageTp !== want.size) {
      rows.push(`| ${name} | ${want.size} | ${faq.length} | ${pageTp} |`);
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1, answersRight, times, rows, pages: times.length };
}

interface Hit {
  corpus: string;
  file: string;
  url: string;
  questions: string[];
  sources: string[];
}

function corpusUrls(corpus: string): (file: string) => string {
  if (corpus === 'scrapinghub') {
    const truth = JSON.parse(readFileSync(join(CORPUS, corpus, 'ground-truth.json'), 'utf8')) as Record<
      string,
      { url?: string }
    >;
    return (file) => truth[file.replace(/\.html\.gz$/, '')]?.url ?? 'http://fakehost/';
  }
  return (file) => {
    const p = join(CORPUS, corpus, 'ground-truth', file.replace(/\.html\.gz$/, '.json'));
    return existsSync(p)
      ? ((JSON.parse(readFileSync(p, 'utf8')) as { url?: string }).url ?? 'http://fakehost/')
      : 'http://fakehost/';
  };
}

interface Chunk {
  hits: Hit[];
  times: number[];
}

/** jsdom keeps memory of every window it made: each chunk of pages runs in a child process. */
const CHUNK = 120;

function corpusFiles(corpus: string): string[] {
  return readdirSync(join(CORPUS, corpus, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort();
}

async function scanCorpus(corpus: string): Promise<{ hits: Hit[]; times: number[]; pages: number }> {
  const files = corpusFiles(corpus);
  const hits: Hit[] = [];
  const times: number[] = [];
  for (let start = 0; start < files.length; start += CHUNK) {
    const chunk = await new Promise<Chunk>((resolve, reject) => {
      const child = fork(import.meta.filename, ['--chunk', corpus, String(start), String(start + CHUNK)], {
        execArgv: ['--import', 'tsx'],
      });
      child.once('message', (m) => resolve(m as Chunk));
      child.once('error', reject);
      child.once('exit', (code) => (code ? reject(new Error(`${corpus} chunk ${start} exited ${code}`)) : undefined));
    });
    hits.push(...chunk.hits);
    times.push(...chunk.times);
    process.stderr.write(`${corpus}: ${Math.min(start + CHUNK, files.length)}/${files.length}\n`);
  }
  return { hits, times, pages: files.length };
}

function scanChunk(corpus: string, from: number, to: number): Chunk {
  const dir = join(CORPUS, corpus, 'html');
  const urlOf = corpusUrls(corpus);
  const hits: Hit[] = [];
  const times: number[] = [];
  const files = corpusFiles(corpus).slice(from, to);
  for (const file of files) {
    const html = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    const url = urlOf(file);
    let result: Run;
    try {
      result = run(html, url);
    } catch (err) {
      console.error(`${corpus}/${file}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    times.push(result.ms);
    if (result.faq.length) {
      hits.push({
        corpus,
        file,
        url,
        questions: result.faq.map((f) => f.question),
        sources: [...new Set(result.faq.map((f) => f.source))],
      });
    }
  }
  return { hits, times };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const chunkAt = process.argv.indexOf('--chunk');
if (chunkAt > 0) {
  const [corpus, from, to] = process.argv.slice(chunkAt + 1);
  process.send!(scanChunk(corpus!, Number(from), Number(to)), () => process.exit(0));
} else {
  await main();
}

async function main(): Promise<void> {
  const fx = scoreFixtures();
  const corpora = ['scrapinghub', 'wcxb-dev'].filter((c) => existsSync(join(CORPUS, c, 'html')));
  const scans: { corpus: string; hits: Hit[]; times: number[]; pages: number }[] = [];
  for (const c of corpora) scans.push({ corpus: c, ...(await scanCorpus(c)) });
  const review = existsSync(REVIEW_FILE)
    ? (JSON.parse(readFileSync(REVIEW_FILE, 'utf8')) as { falsePositives: Record<string, string> })
    : { falsePositives: {} };
  const allHits = scans.flatMap((s) => s.hits);
  const reviewedFp = allHits.filter((h) => review.falsePositives[`${h.corpus}/${h.file}`]);

  const md = [
    '## FAQ (`npm run bench:faq`)',
    '',
    machineLine(),
    '',
    `Labelled fixtures (${fx.pages} pages in \`${FIXTURES_DIR.replace(/^.*\/tests\//, 'tests/')}\`, negatives included): ` +
      `precision ${pct(fx.precision)}, recall ${pct(fx.recall)}, **F1 ${pct(fx.f1)}** (target ≥ 95%); ` +
      `${fx.tp} questions found, ${fx.fp} invented, ${fx.fn} missed; ${fx.answersRight}/${fx.tp} answers exact (normalised).`,
    ...(fx.rows.length ? ['', '| fixture | expected | found | right |', '|---|---|---|---|', ...fx.rows] : []),
    '',
    '| corpus | pages | pages with an FAQ | reviewed false positives | median ms/page | p95 ms/page |',
    '|---|---|---|---|---|---|',
    ...scans.map((s) => {
      const sorted = [...s.times].sort((a, b) => a - b);
      const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
      const fps = reviewedFp.filter((h) => h.corpus === s.corpus).length;
      return `| ${s.corpus} | ${s.pages} | ${s.hits.length} | ${fps} | ${median(s.times).toFixed(1)} | ${p95.toFixed(1)} |`;
    }),
    `| fixtures | ${fx.pages} | | | ${median(fx.times).toFixed(1)} | |`,
    '',
    'Times are `findFaq` alone on a jsdom document (parsing excluded). Every corpus hit, with its questions, is in ' +
      '[bench-faq-hits.md](bench-faq-hits.md); pages judged false positives on review are listed in ' +
      '`scripts/bench-faq-review.json`.',
  ].join('\n');

  writeBenchSection('faq', md);

  const hitsMd = [
    '# FAQ hits on the shared corpora',
    '',
    'Written by `npm run bench:faq`. Each page where findFaq found an FAQ, for a person to check for invented FAQs.',
    '',
    ...allHits.map((h) => {
      const fpNote = review.falsePositives[`${h.corpus}/${h.file}`];
      return [
        `## ${h.corpus}/${h.file}${fpNote ? ' — FALSE POSITIVE' : ''}`,
        '',
        `<${h.url}> · ${h.questions.length} questions · ${h.sources.join(', ')}${fpNote ? ` · ${fpNote}` : ''}`,
        '',
        ...h.questions.map((q) => `- ${q.replace(/\s+/g, ' ').slice(0, 200)}`),
        '',
      ].join('\n');
    }),
  ].join('\n');
  writeFileSync(HITS_FILE, hitsMd);

  console.log(md);
}
