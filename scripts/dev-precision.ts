/**
 * Precision study of article pages (issue #3): runs Precis alone (no
 * Readability, no timing) on chosen pages and prints per-page precision and
 * recall, worst precision first, with the text each page kept but its truth
 * lacks. For iterating on WCXB pages outside the official sample.
 *   node --import tsx scripts/dev-precision.ts [--only scrapinghub|wcxb] [--shift S] [--every K]
 *     [--types article,documentation] [--ids a,b,c] [--out DIR] [--top N]
 * WCXB pages are those whose index i has i % K === S (K 6, S 3 by default:
 * beside the official sample, which is S 0).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../lib/extract';
import {
  type Counts,
  mean,
  precisionRecall,
  shingleCorpusScore,
  shingleCounts,
  wordPrf,
  f1,
} from './metrics/extraction';
import { type CorpusPage as Page, readCorpusPage, scrapinghubPages, wcxbPages } from './corpus';

function args() {
  const a = process.argv.slice(2);
  const get = (name: string) => {
    const i = a.indexOf(name);
    return i >= 0 ? a[i + 1] : undefined;
  };
  return {
    only: get('--only'),
    shift: Number(get('--shift') ?? 3),
    every: Number(get('--every') ?? 6),
    types: (get('--types') ?? 'article,documentation').split(','),
    ids: get('--ids')?.split(','),
    out: get('--out'),
    top: Number(get('--top') ?? 25),
  };
}

function pages(opts: ReturnType<typeof args>): Page[] {
  const out: Page[] = [];
  if (opts.only !== 'wcxb') out.push(...scrapinghubPages());
  if (opts.only !== 'scrapinghub') {
    out.push(
      ...wcxbPages().filter((p, i) =>
        opts.ids ? opts.ids.includes(p.id) : i % opts.every === opts.shift && opts.types.includes(p.type),
      ),
    );
  }
  return opts.ids ? out.filter((p) => opts.ids!.includes(p.id)) : out;
}

function run(page: Page): string {
  const url = /^https?:\/\//.test(page.url) ? page.url : 'http://fakehost/';
  let dom: JSDOM;
  try {
    dom = new JSDOM(readCorpusPage(page.file), { url, virtualConsole: new VirtualConsole() });
  } catch {
    return ''; // jsdom cannot load it: scored as an empty extraction, as the benchmark does
  }
  try {
    const r = extractArticle(dom.window.document, { url, fallbackText: true, points: 0, faq: false });
    return r.ok ? r.article.text : r.kind === 'no-article' ? (r.pageText ?? '') : '';
  } catch {
    return '';
  } finally {
    dom.window.close();
  }
}

/** Lines of the extraction none of whose 4-token shingles is in the truth: what precision loses. */
function extraLines(truth: string, text: string): string[] {
  const tok = (s: string) => s.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
  const t = tok(truth);
  const set = new Set<string>();
  for (let i = 0; i + 4 <= t.length; i++) set.add(t.slice(i, i + 4).join(' '));
  const words = new Set(t.map((w) => w.toLowerCase()));
  return text.split(/\n+/).filter((line) => {
    const l = tok(line);
    if (l.length < 4) return l.length > 0 && !l.every((w) => words.has(w.toLowerCase()));
    for (let i = 0; i + 4 <= l.length; i++) if (set.has(l.slice(i, i + 4).join(' '))) return false;
    return true;
  });
}

function main() {
  const opts = args();
  const list = pages(opts);
  const rows: { page: Page; p: number; r: number; counts?: Counts; extra: string[] }[] = [];
  for (const page of list) {
    const text = run(page);
    if (opts.out) {
      mkdirSync(opts.out, { recursive: true });
      writeFileSync(join(opts.out, `${page.corpus}-${page.id}.precis.txt`), text);
      writeFileSync(join(opts.out, `${page.corpus}-${page.id}.truth.txt`), page.truth);
    }
    const extra = extraLines(page.truth, text);
    if (page.corpus === 'scrapinghub') {
      const counts = shingleCounts(page.truth, text);
      const { precision, recall } = precisionRecall(counts);
      rows.push({ page, p: precision, r: recall, counts, extra });
    } else {
      const s = wordPrf(page.truth, text);
      rows.push({ page, p: s.precision, r: s.recall, extra });
    }
  }
  for (const corpus of ['scrapinghub', 'wcxb'] as const) {
    const rs = rows.filter((x) => x.page.corpus === corpus);
    if (!rs.length) continue;
    if (corpus === 'scrapinghub') {
      const s = shingleCorpusScore(rs.map((x) => x.counts!));
      console.log(
        `scrapinghub ${rs.length} pages: F1 ${s.f1.toFixed(4)} P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)}`,
      );
    } else {
      for (const type of [...new Set(rs.map((x) => x.page.type))]) {
        const ts = rs.filter((x) => x.page.type === type);
        const fs = ts.map((x) => f1(x.p, x.r));
        console.log(
          `wcxb ${type} ${ts.length} pages: F1 ${mean(fs).toFixed(4)} P ${mean(ts.map((x) => x.p)).toFixed(4)} R ${mean(ts.map((x) => x.r)).toFixed(4)}`,
        );
      }
    }
    for (const x of [...rs].sort((a, b) => a.p - b.p).slice(0, opts.top)) {
      console.log(`  ${x.page.id} ${x.page.type} P ${x.p.toFixed(3)} R ${x.r.toFixed(3)}`);
      for (const line of x.extra.slice(0, 12)) console.log(`      + ${line.slice(0, 160)}`);
    }
  }
  if (opts.out)
    writeFileSync(
      join(opts.out, 'scores.json'),
      JSON.stringify(rows.map((x) => ({ corpus: x.page.corpus, id: x.page.id, type: x.page.type, p: x.p, r: x.r }))),
    );
}

main();
