/**
 * npm run bench:robust — issue #9's robustness figures:
 *  1. every page of ../shared/corpus/{scrapinghub,wcxb-dev} through the CLI's
 *     code path (scripts/robust-cli.ts): ok, no article, too large, error,
 *     crash, and the time per page;
 *  2. a fixed sample of 100 of those pages through the built extension's
 *     popup in Chromium (scripts/robust-browser.ts): which state it shows,
 *     how fast, and any page where it shows nothing within 20 s (a hang);
 *  3. the generated 10 MB page (tests/helpers/huge-page.ts), in jsdom and in
 *     Chromium, against the 3 s target, with the page's longest stall.
 *
 *   npm run bench:robust [-- --limit N] [--skip-browser] [--browser-only] [--jobs N] [--no-build] [--no-lock]
 *
 * The browser part builds the e2e extension and uses it while holding
 * /tmp/precis-build.lock, since other work rebuilds it (--no-lock when the
 * caller already holds it, --no-build to use the build as it is). Only a
 * full run (no flag but --jobs) rewrites the `robust` section of docs/benchmarks.md.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../lib/extract';
import { hugePage, type HugePageOptions } from '../tests/helpers/huge-page';
import { machineLine, writeBenchSection } from './bench-report';
import { parseHtml, releaseDom } from './extract';
import { firstErrorLine, runCorpus, serveAsWorker, type CliOutcome, type CliStatus } from './robust-cli';
import { HANG_MS, runHuge, runSample, type HugeRun, type SampleOutcome } from './robust-browser';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const CORPORA = { scrapinghub: join(CORPUS, 'scrapinghub', 'html'), wcxb: join(CORPUS, 'wcxb-dev', 'html') };
const SAMPLE = 100;
const HUGE_RUNS = 3;
/**
 * Issue #9's 10 MB page (tests/helpers/huge-page.ts defaults: a million-word
 * article, 20,000 comments, 50,000 links, 5,000 levels), a 2.5 MB page with
 * the same links and nesting that Precis reads as an article, and a 10 MB
 * page made of elements rather than text.
 */
const HUGE_PAGES: { label: string; options: HugePageOptions }[] = [
  { label: '10 MB, text-heavy (`hugePage()`)', options: {} },
  { label: '2.5 MB', options: { paragraphs: 400, comments: 6000 } },
  { label: '10 MB, element-heavy', options: { paragraphs: 1600, comments: 24_000, depth: 5000, links: 200_000 } },
];
const TARGET_MS = 3000;
const LOCK = '/tmp/precis-build.lock';

interface Options {
  limit?: number;
  skipBrowser: boolean;
  browserOnly: boolean;
  jobs: number;
  build: boolean;
  lock: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    skipBrowser: false,
    browserOnly: false,
    jobs: Math.min(2, availableParallelism()),
    build: true,
    lock: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const n = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${a} takes a whole number from 1`);
      return v;
    };
    if (a === '--limit') opts.limit = n();
    else if (a === '--jobs')
      opts.jobs = Math.min(2, n()); // two cores, shared with other work
    else if (a === '--skip-browser') opts.skipBrowser = true;
    else if (a === '--browser-only') opts.browserOnly = true;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--no-lock') opts.lock = false;
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

/** Every corpus page, sorted by corpus then name, so that every run sees the same order. */
function corpusFiles(limit?: number): { corpus: keyof typeof CORPORA; file: string }[] {
  return (Object.keys(CORPORA) as (keyof typeof CORPORA)[]).flatMap((corpus) =>
    readdirSync(CORPORA[corpus])
      .filter((f) => f.endsWith('.html.gz'))
      .sort()
      .slice(0, limit)
      .map((f) => ({ corpus, file: join(CORPORA[corpus], f) })),
  );
}

/** `count` pages spread evenly over the whole sorted list (both corpora): the same pages every run. */
function sampleOf<T>(all: T[], count: number): T[] {
  const n = Math.min(count, all.length);
  return Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]!);
}

const name = (file: string) => file.split('/').slice(-3).join('/').replace('/html/', '/');
const quantile = (xs: number[], q: number) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]! : NaN;
};
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '–');
/** Groups messages that differ only in their numbers. */
function grouped(messages: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of messages) {
    const key = m.replace(/\d[\d,.]*/g, 'N');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** Holds the build lock in a `flock` child until the returned function is called. */
async function holdLock(): Promise<() => void> {
  const child = spawn('flock', [LOCK, 'sh', '-c', 'echo locked; exec cat >/dev/null'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`flock ${LOCK} exited with ${code}`)));
  });
  return () => child.stdin.end();
}

function cliSection(results: CliOutcome[], seconds: number, jobs: number): string {
  const statuses: CliStatus[] = ['ok', 'no-article', 'too-large', 'error', 'crash'];
  const row = (label: string, rs: CliOutcome[]) => {
    const count = (s: CliStatus) => rs.filter((r) => r.status === s).length;
    const times = rs.filter((r) => r.status !== 'crash').map((r) => r.ms);
    return `| ${label} | ${rs.length} | ${statuses.map(count).join(' | ')} | ${ms(quantile(times, 0.5))} | ${ms(quantile(times, 0.95))} | ${ms(quantile(times, 1))} |`;
  };
  const by = (prefix: string) => results.filter((r) => r.file.includes(`/${prefix}/`));
  const notArticle = results.filter((r) => r.status === 'ok' && r.isArticle === false).length;
  const errors = grouped(results.filter((r) => r.status === 'error').map((r) => r.message ?? ''));
  const crashes = results.filter((r) => r.status === 'crash');
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 3);
  return `### Every corpus page through the CLI's code path

\`extractFile\` of scripts/extract.ts (jsdom; read, gunzip, parse, extract with 4 main points), ${jobs} worker processes, ${seconds.toFixed(0)} s in all. A crash is an exception escaping \`extractFile\`, a worker process dying, or no answer within 60 s.

| corpus | pages | ok | no article | too large | error | crash | median | p95 | slowest |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${row('scrapinghub', by('scrapinghub'))}
${row('wcxb-dev', by('wcxb-dev'))}
${row('**all**', results)}

${notArticle} of the ok pages gave an article marked as not article-like (listing, product, forum...). Slowest pages: ${slowest.map((r) => `${name(r.file)} ${ms(r.ms)}`).join(', ')}.

Errors: ${errors.length ? errors.map(([m, c]) => `${c} × “${m}”`).join('; ') : 'none'}.

Crashes: ${crashes.length ? crashes.map((r) => `${name(r.file)}: ${r.message}`).join('; ') : '**none**'}.`;
}

function sampleSection(outcomes: SampleOutcome[], cli: Map<string, CliOutcome>): string {
  const count = (s: SampleOutcome['state']) => outcomes.filter((o) => o.state === s).length;
  const hangs = outcomes.filter((o) => o.state === 'hang');
  const errors = outcomes.filter((o) => o.errors.length > 0 && o.state !== 'hang');
  const messages = grouped(outcomes.filter((o) => o.state === 'message').map((o) => o.text));
  const times = outcomes.map((o) => o.ms);
  const corpora = ['scrapinghub', 'wcxb-dev'].map(
    (c) => `${outcomes.filter((o) => o.file.includes(`/${c}/`)).length} ${c}`,
  );
  let agreement = '';
  const paired = outcomes.filter((o) => cli.has(o.file) && o.state !== 'hang');
  if (paired.length) {
    const differ = paired.filter((o) => (o.state === 'article') !== (cli.get(o.file)!.status === 'ok'));
    agreement = `\n\nThe popup and the CLI agree on article or no article for ${paired.length - differ.length} of ${paired.length} pages${
      differ.length
        ? `; they differ on ${differ.map((o) => `${name(o.file)} (popup: ${o.state}, CLI: ${cli.get(o.file)!.status})`).join(', ')}`
        : ''
    }.`;
  }
  return `### ${outcomes.length} corpus pages through the extension in Chromium

${outcomes.length} pages spread evenly over the sorted list of both corpora (${corpora.join(', ')}), served gunzipped on 127.0.0.1, each opened in a tab and read by the popup (opened as a tab aimed at it). Time: popup navigation start to the frame after the title or the state message entered the popup's DOM (injecting the extraction script and extracting in the page included).

| shown | pages |
| --- | ---: |
| article title | ${count('article')} |
| state message | ${count('message')} |
| neither within ${HANG_MS / 1000} s (hang) | ${count('hang')} |

Time to title or message: median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}, slowest ${ms(quantile(times, 1))}. Longest popup stall (20 ms heartbeat): median ${ms(
    quantile(
      outcomes.map((o) => o.popupStallMs),
      0.5,
    ),
  )}, slowest ${ms(
    quantile(
      outcomes.map((o) => o.popupStallMs),
      1,
    ),
  )}.

Messages: ${messages.length ? messages.map(([m, c]) => `${c} × “${m}”`).join('; ') : 'none'}.

Hangs: ${hangs.length ? hangs.map((o) => `${name(o.file)} (${o.errors.join('; ')}; popup showed “${o.text}”)`).join('; ') : '**none**'}.

Errors in the popup or crashes of a tab: ${errors.length ? errors.map((o) => `${name(o.file)}: ${o.errors.join('; ')}`).join('; ') : 'none'}.${agreement}`;
}

interface JsdomHuge {
  elements: number;
  parseMs: number;
  extractMs: number;
  result: string;
}

interface HugeFigures {
  label: string;
  options: HugePageOptions;
  bytes: number;
  jsdom?: JsdomHuge;
  chromium?: Awaited<ReturnType<typeof runHuge>>;
}

/** A huge page in jsdom, parsed and extracted as the CLI does, each step timed. */
function hugeInJsdom(html: string): JsdomHuge {
  let started = performance.now();
  const dom = parseHtml(html, 'http://127.0.0.1/huge/');
  const parseMs = performance.now() - started;
  const elements = dom.window.document.getElementsByTagName('*').length;
  started = performance.now();
  const result = extractArticle(dom.window.document, { points: 4 });
  const extractMs = performance.now() - started;
  releaseDom(dom);
  return {
    elements,
    parseMs,
    extractMs,
    result: result.ok ? `article “${result.article.title}”` : `${result.kind}: “${result.message}”`,
  };
}

/** Runs hugeInJsdom in a child process; a child that dies is reported as the result. */
function hugeInChild(index: number): JsdomHuge {
  const run = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--huge-jsdom', String(index)], {
    encoding: 'utf8',
    maxBuffer: 2 ** 20,
  });
  if (run.status === 0) return JSON.parse(run.stdout) as JsdomHuge;
  const last = firstErrorLine(run.stderr);
  const result = `**crash**: process died (${run.signal ?? `exit code ${run.status}`}) ${last}`;
  return { elements: NaN, parseMs: NaN, extractMs: NaN, result };
}

function hugeSection(pages: HugeFigures[]): string {
  const verdict = (x: number) => (Number.isFinite(x) && x <= TARGET_MS ? 'met' : '**missed**');
  const lines = ['| page | where | result | time | target ≤ 3 s |', '| --- | --- | --- | ---: | --- |'];
  const stalls: string[] = [];
  for (const p of pages) {
    const label = `${p.label}, ${(p.bytes / 2 ** 20).toFixed(1)} MiB`;
    if (p.jsdom) {
      const j = p.jsdom;
      lines.push(
        `| ${label} | jsdom: parse (\`parseHtml\`) | ${j.elements.toLocaleString('en')} elements | ${ms(j.parseMs)} | |`,
      );
      lines.push(
        `| ${label} | jsdom: \`extractArticle\` | ${j.result} | ${ms(j.extractMs)} | ${verdict(j.extractMs)} |`,
      );
    }
    const runs = p.chromium?.runs ?? [];
    for (const [i, r] of runs.entries()) {
      const shown = r.state === 'hang' ? `**nothing** (${r.errors.join('; ')})` : `${r.state}: “${r.text}”`;
      lines.push(`| ${label} | Chromium popup, opening ${i + 1} | ${shown} | ${ms(r.ms)} | ${verdict(r.ms)} |`);
    }
    if (runs.length) {
      const list = (f: (r: HugeRun) => number) => runs.map((r) => ms(f(r))).join(', ');
      stalls.push(
        `- ${label}: the page's longest stall ${list((r) => r.pageStallMs)}; the popup's longest stall ${list((r) => r.popupStallMs)}; afterwards the page answered a query of its links in ${list((r) => r.answerMs)}.`,
      );
    }
  }
  const visibility = pages.find((p) => p.chromium)?.chromium?.visibility ?? '';
  const stallText = stalls.length
    ? `\n\nResponsiveness while the popup read the page (the page's 10 ms setTimeout heartbeat, installed after load; the page was ${visibility} meanwhile; the popup's 20 ms heartbeat; a stall is the longest gap between beats):\n\n${stalls.join('\n')}`
    : '';
  return `### The huge page

tests/helpers/huge-page.ts: a long article, thousands of comments, 5,000 levels of nesting, tens of thousands of links. ${pages
    .map((p) => `${p.label}: ${JSON.stringify(p.options)}`)
    .join(
      '; ',
    )}. Chromium times run from popup navigation start to the frame after the title or message, ${HUGE_RUNS} openings, each on a freshly loaded tab.

${lines.join('\n')}${stallText}`;
}

async function main(): Promise<void> {
  if (serveAsWorker()) return;
  const hugeArg = process.argv.indexOf('--huge-jsdom');
  if (hugeArg > 0) {
    // A child: one huge page in jsdom, so that running out of memory is a finding, not the end of the run.
    process.stdout.write(JSON.stringify(hugeInJsdom(hugePage(HUGE_PAGES[Number(process.argv[hugeArg + 1])]!.options))));
    return;
  }
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const loadBefore = loadavg()[0]!;
  const all = corpusFiles(opts.limit);
  const sections: string[] = [];

  const cli = new Map<string, CliOutcome>();
  const huge: (HugeFigures & { html: string })[] = HUGE_PAGES.map((p) => {
    const html = hugePage(p.options);
    return { ...p, html, bytes: Buffer.byteLength(html) };
  });
  if (!opts.browserOnly) {
    process.stderr.write(`CLI: ${all.length} pages, ${opts.jobs} jobs\n`);
    const t = performance.now();
    const results = await runCorpus(
      all.map((p) => p.file),
      opts.jobs,
      import.meta.filename,
      (done) => done % 100 === 0 && process.stderr.write(`  ${done}/${all.length}\n`),
    );
    results.sort((a, b) => a.file.localeCompare(b.file));
    for (const r of results) cli.set(r.file, r);
    sections.push(cliSection(results, (performance.now() - t) / 1000, opts.jobs));
    for (const [i, p] of huge.entries()) {
      process.stderr.write(`jsdom: ${p.label}\n`);
      p.jsdom = hugeInChild(i);
    }
  }

  if (!opts.skipBrowser) {
    const release = opts.lock ? await holdLock() : () => undefined;
    try {
      if (opts.build) {
        process.stderr.write('Building the e2e extension\n');
        execFileSync('npm', ['run', 'build:e2e'], { cwd: ROOT, stdio: 'ignore' });
      }
      const sample = sampleOf(all, opts.limit ?? SAMPLE).map((p) => p.file);
      process.stderr.write(`Chromium: ${sample.length} pages\n`);
      const outcomes = await runSample(sample, (done, o) => {
        if (o.state === 'hang' || o.errors.length)
          process.stderr.write(`  ${name(o.file)}: ${o.state} ${o.errors.join('; ')}\n`);
        if (done % 10 === 0) process.stderr.write(`  ${done}/${sample.length}\n`);
      });
      sections.push(sampleSection(outcomes, cli));
      for (const p of huge) {
        process.stderr.write(`Chromium: ${p.label}\n`);
        p.chromium = await runHuge(HUGE_RUNS, p.html);
      }
    } finally {
      release();
    }
  }
  sections.push(hugeSection(huge));

  const md = `## Robustness (issue #9, \`npm run bench:robust\`)

${machineLine()} Load average ${loadBefore.toFixed(1)} when the run started, ${loadavg()[0]!.toFixed(1)} at its end (other work on the machine inflates these times); ${((performance.now() - started) / 1000).toFixed(0)} s in all. Chromium \`/usr/bin/chromium\`, headless, the e2e build.

${sections.join('\n\n')}`;
  process.stdout.write(md + '\n');
  if (opts.limit === undefined && !opts.skipBrowser && !opts.browserOnly) {
    writeBenchSection('robust', md);
    process.stdout.write('\nWrote the robust section of docs/benchmarks.md\n');
  }
}

await main();
