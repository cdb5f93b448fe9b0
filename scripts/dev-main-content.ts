/**
 * Dev runner for issue #3 (non-article pages and recall): scores chosen WCXB
 * pages and says, per page, where words were lost. Off the official sample
 * by default (`--sample 6` takes indices divisible by 6; this takes index % 6
 * === `--rem`, default 3), so that rules are studied on other pages.
 *   node --import tsx scripts/dev-main-content.ts [--rem R] [--mod K] [--types a,b] [--ids 0001,0002] [--out FILE]
 * Per page: Precis's F1/P/R, Readability alone, and the main-content region
 * alone (findMainRegion + keepContentBlocks on a prepared parse), with what
 * Precis returned (Readability's pick, the region, or no article).
 */
import { writeFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../lib/extract';
import { prepareDocument } from '../lib/extract/prepare';
import { boundNesting } from '../lib/extract/bounds';
import { unwrapContentNoscript } from '../lib/extract/noscript';
import { placeStreamedContent } from '../lib/extract/streamed';
import { findMainRegion, pickCoverage } from '../lib/extract/main-content';
import { keepContentBlocks } from '../lib/extract/main-content-blocks';
import { blockText } from '../lib/text/blocks';
import { wordPrf, type Prf } from './metrics/extraction';
import { readCorpusPage, wcxbPages } from './corpus';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const mod = Number(arg('--mod') ?? 6);
const rem = Number(arg('--rem') ?? 3);
const types = arg('--types')?.split(',');
const ids = arg('--ids')?.split(',');
const out = arg('--out');
/** Precis only: no Readability-alone or region-alone runs. */
const fast = args.includes('--fast');

const all = wcxbPages();
/** `--half 0|1`: the first or second half of the chosen pages, to share them between two processes. */
const half = arg('--half');
const rows: unknown[] = [];
const r3 = (p: Prf) => [p.f1, p.precision, p.recall].map((x) => Number(x.toFixed(3)));
const chosen = all.filter((p, i) => (ids ? ids.includes(p.id) : i % mod === rem));
const mid = Math.ceil(chosen.length / 2);
const mine = half === undefined ? chosen : half === '0' ? chosen.slice(0, mid) : chosen.slice(mid);
for (const { id, type, truth, url: pageUrl, file } of mine) {
  if (types && !types.includes(type)) continue;
  let html: string;
  try {
    html = readCorpusPage(file);
  } catch {
    continue;
  }
  const url = /^https?:\/\//.test(pageUrl) ? pageUrl : 'http://fakehost/';
  // Each parse's window is closed when the page is done: 200 open windows outgrow Node's heap.
  const windows: Array<{ close(): void }> = [];
  const parse = () => {
    const { window } = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    windows.push(window);
    return window.document;
  };
  const res = extractArticle(parse(), { url, fallbackText: true });
  const precis = res.ok ? res.article.text : res.kind === 'no-article' ? (res.pageText ?? '') : '';
  const mode = res.ok ? (res.article.isArticle ? 'article' : 'flagged') : res.kind;
  const parsed = fast ? null : new Readability<Element>(parse(), { serializer: (el) => el as Element }).parse();
  const readability = parsed?.content ? blockText(parsed.content) : '';
  const doc = parse();
  // The steps the pipeline runs before findMainRegion: a page whose content
  // is its <noscript> fallback (a forum's crawler view) has a region only then.
  if (!fast) {
    boundNesting(doc.body);
    unwrapContentNoscript(doc.body);
    placeStreamedContent(doc.body);
    prepareDocument(doc);
  }
  const region = fast ? undefined : findMainRegion(doc);
  const kept = region && keepContentBlocks(region);
  const regionText = kept ? blockText(kept.el) : '';
  const row = {
    id,
    type,
    mode,
    coverage: Number(pickCoverage(regionText, precis).toFixed(3)),
    swapped: precis.length > 0 && precis === regionText,
    precis: r3(wordPrf(truth, precis)),
    readability: r3(wordPrf(truth, readability)),
    region: r3(wordPrf(truth, regionText)),
    words: {
      truth: truth.split(/\s+/).length,
      precis: precis.split(/\s+/).length,
      region: regionText.split(/\s+/).length,
    },
  };
  for (const window of windows) window.close();
  rows.push(row);
  process.stdout.write(JSON.stringify(row) + '\n');
}
if (out) writeFileSync(out, JSON.stringify(rows, null, 1));
