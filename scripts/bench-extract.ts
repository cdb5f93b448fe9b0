/**
 * Extraction benchmark (issue #3): Precis next to Readability.js alone, in
 * the same jsdom, on ../shared/corpus/{scrapinghub,wcxb-dev}.
 *   npm run bench:extract [-- --limit N] [--only scrapinghub|wcxb] [--sample K [--offset O]] [--jobs N] [--dump DIR] [--write]
 * `--sample K` takes every K-th WCXB page (all page types stay represented); Scrapinghub stays whole.
 * `--offset O` starts the sample at the O-th page instead of the first: `--sample 6 --offset 1` scores
 * WCXB pages outside the official sample (offset 0) and the dev scripts' default sample (offset 3).
 * A full run (no --limit/--only) rewrites the `extract` section of docs/benchmarks.md.
 * Pages are shared among `--jobs` child processes (default: one per core);
 * each page is timed for both extractors inside the same process, each on
 * its own fresh parse, so the ratio stays fair when the machine is busy.
 * The pipeline's time is also broken down by step (lib/extract/timing.ts).
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract';
import { setStepTimer } from '../lib/extract/timing';
import { blockText } from '../lib/text/blocks';
import { machineLine, writeBenchSection } from './bench-report';
import { parseHtml } from './extract';
import {
  type Counts,
  type Prf,
  mean,
  meanPrf,
  quantile,
  sameTokens,
  shingleCorpusScore,
  shingleCounts,
  shinglePageF1,
  snippetShare,
  wordPrf,
} from './metrics/extraction';
import { type CorpusPage as Page, readCorpusPage, scrapinghubPages, wcxbPages } from './corpus';

// A full garbage collection before each timed run, so that neither extractor
// pays for the garbage of the parse or of the other one (whichever ran second
// used to be up to a third slower on the same page).
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

interface Run {
  text: string;
  ms: number;
  crashed: boolean;
  isArticle?: boolean;
  /** Precis found no article: its text is the page text it returned instead (`pageText`). */
  noArticle?: boolean;
  /** Milliseconds per pipeline step (Precis only). */
  steps?: Record<string, number>;
}

interface Result {
  page: Page;
  precis: Run;
  readability: Run;
  /** jsdom's CSS parser threw on the page, which was parsed again without its <style> blocks (as the CLI does). */
  stylesDropped?: boolean;
}

function parseArgs(argv: string[]) {
  const opts: {
    limit?: number;
    only?: 'scrapinghub' | 'wcxb';
    write: boolean;
    jobs: number;
    worker?: number;
    dump?: string;
    sample?: number;
    offset: number;
  } = {
    offset: 0,
    write: false,
    jobs: Math.max(1, Math.min(2, availableParallelism())),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--limit') opts.limit = Number(argv[++i]);
    else if (a === '--only') {
      const v = argv[++i];
      if (v !== 'scrapinghub' && v !== 'wcxb') throw new Error('--only takes scrapinghub or wcxb');
      opts.only = v;
    } else if (a === '--write') opts.write = true;
    else if (a === '--jobs') opts.jobs = Math.max(1, Number(argv[++i]));
    else if (a === '--worker') opts.worker = Number(argv[++i]);
    else if (a === '--sample') opts.sample = Math.max(1, Number(argv[++i]));
    else if (a === '--offset') opts.offset = Math.max(0, Number(argv[++i]));
    else if (a === '--dump') opts.dump = argv[++i];
    else throw new Error(`unknown option ${a}`);
  }
  if (opts.offset > 0 && opts.sample === undefined) throw new Error('--offset takes effect with --sample only');
  if (opts.limit === undefined && opts.only === undefined && opts.sample === undefined) opts.write = true;
  return opts;
}

/**
 * Runs both extractors on one page, each on a page loaded as the CLI loads
 * it (`parseHtml`: without its <style> blocks if jsdom's CSS parser throws
 * on them); a page jsdom cannot load even so counts as a crash of both.
 */
function runPage(page: Page, index: number): Result {
  try {
    return runBoth(page, index % 2 === 1);
  } catch (err) {
    process.stderr.write(`  ${page.corpus} ${page.id}: jsdom failed: ${(err as Error).message.split('\n')[0]}\n`);
    const failed: Run = { text: '', ms: 0, crashed: true };
    return { page, precis: failed, readability: { ...failed } };
  }
}

/**
 * Each extractor gets its own fresh parse of the page, with a window, and
 * neither is timed for parsing (the extension gets an already parsed page)
 * nor for collecting the garbage that came before it.
 * Which one runs first alternates from page to page, so that neither always
 * pays for the garbage the other left.
 */
function runBoth(page: Page, precisFirst: boolean): Result {
  const html = readCorpusPage(page.file);
  // A few WCXB pages have no URL in their ground truth: give them a fixed one.
  const url = /^https?:\/\//.test(page.url) ? page.url : 'http://fakehost/';
  let stylesDropped = false;
  const parse = () => parseHtml(html, url, () => (stylesDropped = true));
  const readability: Run = { text: '', ms: 0, crashed: false };
  const precis: Run = { text: '', ms: 0, crashed: false, steps: {} };
  const runReadability = () => {
    const dom = parse();
    collectGarbage();
    try {
      const t0 = performance.now();
      try {
        const parsed = new Readability<Element>(dom.window.document, { serializer: (el) => el as Element }).parse();
        readability.text = parsed?.content ? blockText(parsed.content) : '';
      } catch {
        readability.crashed = true;
      }
      readability.ms = performance.now() - t0;
    } finally {
      dom.window.close();
    }
  };
  const runPrecis = () => {
    const dom = parse();
    const steps = precis.steps!;
    setStepTimer((step, ms) => (steps[step] = (steps[step] ?? 0) + ms));
    collectGarbage();
    try {
      const t0 = performance.now();
      // As the extension asks: a page without an article still gives its main content (issue #3).
      const result = extractArticle(dom.window.document, { url, fallbackText: true });
      precis.ms = performance.now() - t0;
      if (result.ok) {
        precis.text = result.article.text;
        precis.isArticle = result.article.isArticle;
      } else if (result.kind === 'no-article') {
        precis.text = result.pageText ?? '';
        precis.isArticle = false;
        precis.noArticle = true;
      } else if (result.kind === 'error') precis.crashed = true;
    } finally {
      setStepTimer(undefined);
      dom.window.close();
    }
  };
  if (precisFirst) {
    runPrecis();
    runReadability();
  } else {
    runReadability();
    runPrecis();
  }
  return { page, precis, readability, ...(stylesDropped ? { stylesDropped } : {}) };
}

const f3 = (x: number) => x.toFixed(3);
const f1ms = (x: number) => x.toFixed(1);

function pageF1(r: Result, which: 'precis' | 'readability'): number {
  return r.page.corpus === 'scrapinghub'
    ? shinglePageF1(r.page.truth, r[which].text)
    : wordPrf(r.page.truth, r[which].text).f1;
}

function summarize(results: Result[]): string {
  const lines: string[] = [];
  const sh = results.filter((r) => r.page.corpus === 'scrapinghub');
  const wc = results.filter((r) => r.page.corpus === 'wcxb');

  if (sh.length) {
    lines.push(`### Scrapinghub article-extraction benchmark (${sh.length} pages, 4-token shingles)`, '');
    lines.push('| Extractor | F1 | Precision | Recall | Accuracy |', '|---|---|---|---|---|');
    for (const which of ['precis', 'readability'] as const) {
      const counts: Counts[] = sh.map((r) => shingleCounts(r.page.truth, r[which].text));
      const s = shingleCorpusScore(counts);
      const acc = mean(sh.map((r) => (sameTokens(r.page.truth, r[which].text) ? 1 : 0)));
      lines.push(`| ${label(which)} | ${f3(s.f1)} | ${f3(s.precision)} | ${f3(s.recall)} | ${f3(acc)} |`);
    }
    lines.push('');
  }

  if (wc.length) {
    lines.push(`### WCXB dev split (${wc.length} pages, bag-of-words F1 averaged per page)`, '');
    lines.push(
      '| Page type | Pages | Precis F1 | P | R | Readability F1 | P | R | Precis not-article flag (of which no article) |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    const types = [...new Set(wc.map((r) => r.page.type))].sort();
    for (const type of [...types, 'all']) {
      const rs = type === 'all' ? wc : wc.filter((r) => r.page.type === type);
      const p: Prf = meanPrf(rs.map((r) => wordPrf(r.page.truth, r.precis.text)));
      const b: Prf = meanPrf(rs.map((r) => wordPrf(r.page.truth, r.readability.text)));
      const flagged = rs.filter((r) => r.precis.isArticle === false).length;
      const noArticle = rs.filter((r) => r.precis.noArticle).length;
      lines.push(
        `| ${type === 'all' ? '**all**' : type} | ${rs.length} | ${f3(p.f1)} | ${f3(p.precision)} | ${f3(p.recall)} | ${f3(b.f1)} | ${f3(b.precision)} | ${f3(b.recall)} | ${flagged} (${noArticle}) |`,
      );
    }
    const snip = (which: 'precis' | 'readability', key: 'withSnippets' | 'withoutSnippets') =>
      mean(wc.map((r) => snippetShare(r[which].text, r.page[key])).filter((x): x is number => x !== undefined));
    lines.push(
      '',
      'Precis is scored on its article text or, where it finds no article, on the main content it returns instead (`pageText`, with `fallbackText: true` as in the extension).',
      '',
      `Snippets: \`with\` found ${f3(snip('precis', 'withSnippets'))} (Readability ${f3(snip('readability', 'withSnippets'))}); ` +
        `\`without\` (boilerplate) kept ${f3(snip('precis', 'withoutSnippets'))} (Readability ${f3(snip('readability', 'withoutSnippets'))}).`,
      '',
    );
  }

  const worse = results
    .map((r) => ({ r, p: pageF1(r, 'precis'), b: pageF1(r, 'readability') }))
    .filter((x) => x.p < x.b - 0.05)
    .sort((a, b) => a.p - a.b - (b.p - b.b));
  lines.push(`### Pages where Precis is worse than Readability by more than 0.05: ${worse.length}`, '');
  for (const w of worse) {
    lines.push(`- ${w.r.page.corpus} ${w.r.page.id} (${w.r.page.type}): ${f3(w.p)} vs ${f3(w.b)}`);
  }
  lines.push('');

  const restyled = results.filter((r) => r.stylesDropped);
  if (restyled.length > 0) {
    lines.push(
      `Loaded without their \`<style>\` blocks, for both extractors (jsdom's CSS parser threw on them; \`parseHtml\`, as the CLI loads pages): ${restyled.length} (${restyled.map((r) => r.page.id).join(', ')}).`,
      '',
    );
  }
  const crashes = (which: 'precis' | 'readability') => results.filter((r) => r[which].crashed);
  lines.push(
    `Crashes: Precis ${crashes('precis').length}${
      crashes('precis').length
        ? ` (${crashes('precis')
            .map((r) => r.page.id)
            .join(', ')})`
        : ''
    }, ` + `Readability ${crashes('readability').length}.`,
    '',
  );

  const timedResults = results.filter((r) => !r.precis.crashed && !r.readability.crashed);
  const ms = (which: 'precis' | 'readability') => timedResults.map((r) => r[which].ms);
  const ratio = quantile(ms('precis'), 0.5) / Math.max(1e-9, quantile(ms('readability'), 0.5));
  const pageRatios = timedResults.map((r) => r.precis.ms / Math.max(1e-9, r.readability.ms));
  lines.push(
    '| Time per page (ms, parse excluded) | median | p95 |',
    '|---|---|---|',
    `| Precis, whole pipeline (extractArticle: prepare, Readability, clutter, sanitize, FAQ, points) | ${f1ms(quantile(ms('precis'), 0.5))} | ${f1ms(quantile(ms('precis'), 0.95))} |`,
    `| Readability.js alone (\`parse()\` + block text, on its own fresh parse of the page) | ${f1ms(quantile(ms('readability'), 0.5))} | ${f1ms(quantile(ms('readability'), 0.95))} |`,
    '',
    `Median time ratio Precis / Readability: ${ratio.toFixed(2)}× ` +
      `(per page: median ${quantile(pageRatios, 0.5).toFixed(2)}×, p95 ${quantile(pageRatios, 0.95).toFixed(2)}×).`,
    '',
    ...stepTable(timedResults),
  );
  return lines.join('\n');
}

/** Where the pipeline's time goes: each step's mean and median, and its share of the mean page. */
function stepTable(results: Result[]): string[] {
  const total = mean(results.map((r) => r.precis.ms));
  const names = [...new Set(results.flatMap((r) => Object.keys(r.precis.steps ?? {})))];
  const rows = names.map((name) => {
    const each = results.map((r) => r.precis.steps?.[name] ?? 0);
    return { name, mean: mean(each), median: quantile(each, 0.5) };
  });
  const accounted = rows.reduce((sum, r) => sum + r.mean, 0);
  rows.sort((a, b) => b.mean - a.mean);
  rows.push({ name: '(between steps)', mean: total - accounted, median: NaN });
  rows.push({ name: 'Readability.js alone, for scale', mean: mean(results.map((r) => r.readability.ms)), median: NaN });
  return [
    '| Pipeline step | mean ms | median ms | share of the pipeline |',
    '|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${f1ms(r.mean)} | ${Number.isNaN(r.median) ? '' : f1ms(r.median)} | ${((100 * r.mean) / Math.max(1e-9, total)).toFixed(0)}% |`,
    ),
  ];
}

function label(which: 'precis' | 'readability'): string {
  return which === 'precis' ? 'Precis' : 'Readability.js 0.6.0 (block text)';
}

/** Runs pages in this process, or shares them among child processes and gathers the results. */
async function runAll(pages: Page[], jobs: number, args: string[]): Promise<Result[]> {
  if (jobs <= 1) {
    return pages.map((page, i) => {
      if ((i + 1) % 100 === 0) process.stderr.write(`  ${i + 1}/${pages.length} pages\n`);
      return runPage(page, i);
    });
  }
  const results: Result[] = [];
  await Promise.all(
    Array.from({ length: jobs }, (_, w) => {
      const child = fork(import.meta.filename, [...args, '--worker', String(w), '--jobs', String(jobs)], {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      return new Promise<void>((resolve, reject) => {
        child.on('message', (r: Result) => {
          results.push(r);
          if (results.length % 100 === 0) process.stderr.write(`  ${results.length}/${pages.length} pages\n`);
        });
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${w} exited with ${code}`))));
      });
    }),
  );
  return results;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opts = parseArgs(argv);
  let pages = [
    ...(opts.only !== 'wcxb' ? scrapinghubPages() : []),
    ...(opts.only !== 'scrapinghub' ? wcxbPages() : []),
  ];
  if (opts.limit !== undefined) {
    const byCorpus = (c: Page['corpus']) => pages.filter((p) => p.corpus === c).slice(0, opts.limit);
    pages = [...byCorpus('scrapinghub'), ...byCorpus('wcxb')];
  }
  if (opts.sample !== undefined) {
    const k = opts.sample;
    // Scrapinghub is small: always whole. WCXB: every k-th page, so every page type stays in.
    pages = [
      ...pages.filter((p) => p.corpus === 'scrapinghub'),
      ...pages.filter((p) => p.corpus === 'wcxb').filter((_, i) => i % k === opts.offset % k),
    ];
  }
  if (opts.worker !== undefined) {
    // A child: every jobs-th page, each result sent back as soon as it is done.
    for (let i = opts.worker; i < pages.length; i += opts.jobs) process.send!(runPage(pages[i]!, i));
    return;
  }
  const started = performance.now();
  const results = await runAll(
    pages,
    opts.jobs,
    argv.filter((a) => a !== '--write'),
  );
  results.sort((a, b) => a.page.corpus.localeCompare(b.page.corpus) || a.page.id.localeCompare(b.page.id));
  if (opts.dump) {
    // For looking at what each extractor kept: DIR/<corpus>-<id>.{precis,readability,truth}.txt
    mkdirSync(opts.dump, { recursive: true });
    for (const r of results) {
      const base = join(opts.dump, `${r.page.corpus}-${r.page.id}`);
      writeFileSync(`${base}.precis.txt`, r.precis.text);
      writeFileSync(`${base}.readability.txt`, r.readability.text);
      writeFileSync(`${base}.truth.txt`, r.page.truth);
    }
  }
  const md = summarize(results);
  process.stdout.write(md + '\n');
  process.stdout.write(
    `\n(${((performance.now() - started) / 1000).toFixed(0)} s for ${pages.length} pages, ${opts.jobs} jobs)\n`,
  );
  if (opts.write) {
    writeBenchSection(
      'extract',
      `## Extraction (\`npm run bench:extract\`)\n\n${machineLine()} Arguments: \`${argv.join(' ') || '(none: every page)'}\`.\n\n${md}\n\n` +
        'Scrapinghub metric as in its benchmark; WCXB metric as in ../shared/corpus/README.md. ' +
        'Precis runs with `fallbackText: true`, as the extension does: where it finds no article, the page text it returns instead (`pageText`, the main content) is scored. ' +
        "Both extractors read the same jsdom document; Readability's text is taken with `lib/text/blocks.ts`.",
    );
    process.stdout.write('Wrote the extract section of docs/benchmarks.md\n');
  }
}

await main();
