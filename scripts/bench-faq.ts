/**
 * `npm run bench:faq` (issue #4): question-level precision, recall and F1 of
 * findFaq over the labelled fixture pages and over real corpus pages labelled
 * by hand (scripts/faq-labels.json, scored in faq-labelled.ts), and, over the shared corpora
 * (which have few FAQs and no FAQ labels), every page where an FAQ was found,
 * so that a person can check each for invented FAQs. Median time per page.
 *
 *   npm run bench:faq [-- --write] [--dump DIR] [--labelled]
 * `--labelled` scores the labelled real pages only, for quick runs while changing lib/faq.
 * `--write` rewrites its section of docs/benchmarks.md and the full hit list
 * in docs/bench-faq-hits.md. `--dump DIR` writes, for a reviewer,
 * DIR/hits.md (each found pair with the start of its answer and where the
 * question stands in the page) and DIR/misses.md (pages with no FAQ found
 * that name one: an FAQ heading, FAQPage data, an "faq" class).
 * Review verdicts are kept in scripts/bench-faq-review.json and counted here.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { ANCHOR_ATTR, findFaq } from '../lib/faq';
import { isFaqHeading } from '../lib/faq/text';
import type { FaqEntry } from '../lib/types';
import { FIXTURES_DIR, fixtureNames, norm, readFixture } from '../tests/helpers/fixtures';
import { machineLine, writeBenchSection } from './bench-report';
import { labelledMarkdown, scoreLabelled } from './faq-labelled';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const HITS_FILE = join(import.meta.dirname, '..', 'docs', 'bench-faq-hits.md');
const REVIEW_FILE = join(import.meta.dirname, 'bench-faq-review.json');

interface Run {
  faq: FaqEntry[];
  ms: number;
  /** For --dump: where each question stands, and what names an FAQ on the page. */
  places?: string[];
  signals?: string[];
}

function run(html: string, url: string, dump = false): Run {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    const signals = dump ? faqSignals(doc, html) : undefined;
    const start = performance.now();
    const faq = findFaq(doc);
    const ms = performance.now() - start;
    const places = dump ? faq.map((f) => placeOf(doc, f.anchor)) : undefined;
    return { faq, ms, places, signals };
  } finally {
    dom.window.close();
  }
}

/** What on a page says it has an FAQ, whether or not one was found (for the review of misses). */
function faqSignals(doc: Document, html: string): string[] {
  const out: string[] = [];
  if (/"@type"\s*:\s*(?:\[[^\]]*)?"FAQPage"/.test(html)) out.push('FAQPage JSON-LD');
  if (/itemtype=["'][^"']*FAQPage/i.test(html)) out.push('FAQPage microdata');
  const heads = Array.from(doc.querySelectorAll('h1,h2,h3,h4,h5,h6,strong,b'))
    .filter((h) => !h.closest('nav,footer,header,aside') && isFaqHeading(h.textContent ?? ''))
    .map((h) => `${h.tagName.toLowerCase()} "${(h.textContent ?? '').trim().slice(0, 50)}"`);
  if (heads.length) out.push(`heading ${heads.slice(0, 3).join(', ')}`);
  const faqClass = Array.from(doc.querySelectorAll('[class*="faq" i]')).filter(
    (el) => !el.closest('nav,footer,header'),
  );
  if (faqClass.length) out.push(`${faqClass.length} elements with an "faq" class`);
  return out;
}

/** The question element, its parent and the heading before it: enough to judge the markup without opening the page. */
function placeOf(doc: Document, anchor: string | undefined): string {
  const el = anchor ? doc.querySelector(`[${ANCHOR_ATTR}="${anchor}"]`) : null;
  if (!el) return 'not shown on the page';
  const name = (e: Element) => {
    const cls = (e.getAttribute('class') ?? '').trim().split(/\s+/).slice(0, 2).join('.');
    return e.tagName.toLowerCase() + (cls ? `.${cls}` : '');
  };
  let heading = '';
  const walker = doc.createTreeWalker(doc.body, 1);
  walker.currentNode = el;
  for (let n = walker.previousNode(); n; n = walker.previousNode()) {
    const e = n as Element;
    if (/^H[1-6]$/.test(e.tagName) && !el.contains(e) && !e.hasAttribute(ANCHOR_ATTR)) {
      heading = `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 50)}"`;
      break;
    }
  }
  return `${el.parentElement ? name(el.parentElement) + ' > ' : ''}${name(el)}${heading ? ` · after ${heading}` : ''}`;
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
  /** --dump only. */
  answers?: string[];
  places?: string[];
  ms?: number;
}

interface Miss {
  corpus: string;
  file: string;
  url: string;
  signals: string[];
}

/** Each page's address from the corpus' ground truth; a missing or empty one (WCXB 0551) becomes a placeholder, as jsdom needs one. */
function corpusUrls(corpus: string): (file: string) => string {
  if (corpus === 'scrapinghub') {
    const truth = JSON.parse(readFileSync(join(CORPUS, corpus, 'ground-truth.json'), 'utf8')) as Record<
      string,
      { url?: string }
    >;
    return (file) => truth[file.replace(/\.html\.gz$/, '')]?.url || 'http://fakehost/';
  }
  return (file) => {
    const p = join(CORPUS, corpus, 'ground-truth', file.replace(/\.html\.gz$/, '.json'));
    return existsSync(p)
      ? (JSON.parse(readFileSync(p, 'utf8')) as { url?: string }).url || 'http://fakehost/'
      : 'http://fakehost/';
  };
}

interface Chunk {
  hits: Hit[];
  misses: Miss[];
  times: number[];
}

/** jsdom keeps memory of every window it made: each chunk of pages runs in a child process. */
const CHUNK = 120;

function corpusFiles(corpus: string): string[] {
  return readdirSync(join(CORPUS, corpus, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort();
}

async function scanCorpus(
  corpus: string,
  dump: boolean,
): Promise<{ hits: Hit[]; misses: Miss[]; times: number[]; pages: number }> {
  const files = corpusFiles(corpus);
  const hits: Hit[] = [];
  const misses: Miss[] = [];
  const times: number[] = [];
  for (let start = 0; start < files.length; start += CHUNK) {
    const chunk = await new Promise<Chunk>((resolve, reject) => {
      const child = fork(
        import.meta.filename,
        ['--chunk', corpus, String(start), String(start + CHUNK), ...(dump ? ['--dump'] : [])],
        {
          execArgv: ['--import', 'tsx'],
        },
      );
      child.once('message', (m) => resolve(m as Chunk));
      child.once('error', reject);
      child.once('exit', (code) => (code ? reject(new Error(`${corpus} chunk ${start} exited ${code}`)) : undefined));
    });
    hits.push(...chunk.hits);
    misses.push(...chunk.misses);
    times.push(...chunk.times);
    process.stderr.write(`${corpus}: ${Math.min(start + CHUNK, files.length)}/${files.length}\n`);
  }
  return { hits, misses, times, pages: files.length };
}

function scanChunk(corpus: string, from: number, to: number, dump: boolean): Chunk {
  const dir = join(CORPUS, corpus, 'html');
  const urlOf = corpusUrls(corpus);
  const hits: Hit[] = [];
  const misses: Miss[] = [];
  const times: number[] = [];
  const files = corpusFiles(corpus).slice(from, to);
  for (const file of files) {
    const html = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    const url = urlOf(file);
    let result: Run;
    try {
      result = run(html, url, dump);
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
        ...(dump
          ? {
              answers: result.faq.map((f) => f.answer.replace(/\s+/g, ' ').slice(0, 160)),
              places: result.places,
              ms: result.ms,
            }
          : {}),
      });
    } else if (result.signals?.length) {
      misses.push({ corpus, file, url, signals: result.signals });
    }
  }
  return { hits, misses, times };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const chunkAt = process.argv.indexOf('--chunk');
if (chunkAt > 0) {
  const [corpus, from, to] = process.argv.slice(chunkAt + 1);
  const chunk = scanChunk(corpus!, Number(from), Number(to), process.argv.includes('--dump'));
  process.send!(chunk, () => process.exit(0));
} else {
  await main();
}

async function main(): Promise<void> {
  const write = process.argv.includes('--write');
  const dumpAt = process.argv.indexOf('--dump');
  const dumpDir = dumpAt > 0 ? process.argv[dumpAt + 1] : undefined;
  if (dumpAt > 0 && !dumpDir) throw new Error('--dump needs a directory');
  const fx = scoreFixtures();
  const real = scoreLabelled(CORPUS, (html, url) => {
    const { faq, ms } = run(html, url);
    return { questions: faq.map((f) => f.question), ms };
  });
  if (process.argv.includes('--labelled')) {
    console.log(labelledMarkdown(real).join('\n'));
    return;
  }
  const corpora = ['scrapinghub', 'wcxb-dev'].filter((c) => existsSync(join(CORPUS, c, 'html')));
  const scans: { corpus: string; hits: Hit[]; misses: Miss[]; times: number[]; pages: number }[] = [];
  for (const c of corpora) scans.push({ corpus: c, ...(await scanCorpus(c, !!dumpDir)) });
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
    ...labelledMarkdown(real),
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
    `| labelled real pages | ${real.pages} | ${real.pagesWithFaq} (labelled) | ${real.inventedFaqPages.length} | ${median(real.times).toFixed(1)} | |`,
    '',
    'Times are `findFaq` alone on a jsdom document (parsing excluded). Every corpus hit, with its questions, is in ' +
      '[bench-faq-hits.md](bench-faq-hits.md); pages judged false positives on review are listed in ' +
      '`scripts/bench-faq-review.json`.',
  ].join('\n');

  if (write) writeBenchSection('faq', md);

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
  if (write) writeFileSync(HITS_FILE, hitsMd);
  if (dumpDir)
    writeDump(
      dumpDir,
      allHits,
      scans.flatMap((s) => s.misses),
    );

  console.log(md);
  const slowest = scans
    .flatMap((s) => s.hits)
    .filter((h) => h.ms !== undefined)
    .sort((a, b) => b.ms! - a.ms!)
    .slice(0, 5);
  if (slowest.length)
    console.log(`\nSlowest pages with an FAQ: ${slowest.map((h) => `${h.file} ${h.ms!.toFixed(0)} ms`).join(', ')}`);
  if (!write) console.log('\n(not written: pass --write to rewrite docs/benchmarks.md and docs/bench-faq-hits.md)');
}

/** Review material: each pair with the start of its answer and its place in the page, and the pages that name an FAQ none was found on. */
function writeDump(dir: string, hits: Hit[], misses: Miss[]): void {
  mkdirSync(dir, { recursive: true });
  const hitsMd = hits.map((h) =>
    [
      `## ${h.corpus}/${h.file} · ${h.sources.join(', ')} · ${h.ms?.toFixed(1)} ms`,
      `<${h.url}>`,
      ...h.questions.map(
        (q, i) =>
          `- Q: ${q.replace(/\s+/g, ' ').slice(0, 160)}\n  A: ${h.answers?.[i] ?? ''}\n  at: ${h.places?.[i] ?? ''}`,
      ),
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'hits.md'), `# ${hits.length} pages with an FAQ found\n\n${hitsMd.join('\n')}`);
  const missMd = misses.map((m) => `- ${m.corpus}/${m.file} <${m.url}>: ${m.signals.join('; ')}`);
  writeFileSync(
    join(dir, 'misses.md'),
    `# ${misses.length} pages naming an FAQ where none was found\n\n${missMd.join('\n')}\n`,
  );
}
