/**
 * Dumps everything extractArticle returns for chosen corpus pages, and
 * compares two dumps: a speed change must leave every field alone (issue #3).
 *   node --import tsx scripts/extract-dump.ts dump OUT.json [--sh N] [--wcxb-every K] [--wcxb-offset O]
 *   node --import tsx scripts/extract-dump.ts compare A.json B.json
 * `--sh N` takes every N-th Scrapinghub page (default 4); WCXB pages whose index % K === O (default 12, 0).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../lib/extract';
import { readCorpusPage, scrapinghubPages, wcxbPages } from './corpus';

function pages(args: Map<string, number>): { key: string; file: string; url: string }[] {
  const sh = scrapinghubPages()
    .sort((a, b) => a.id.localeCompare(b.id))
    .filter((_, i) => i % (args.get('sh') ?? 4) === 0);
  const every = args.get('wcxb-every') ?? 12;
  const offset = args.get('wcxb-offset') ?? 0;
  const wc = wcxbPages().filter((_, i) => i % every === offset);
  return [...sh, ...wc].map((p) => ({
    key: `${p.corpus === 'scrapinghub' ? 'sh' : 'wcxb'}-${p.id}`,
    file: p.file,
    url: p.url,
  }));
}

function dump(out: string, args: Map<string, number>): void {
  const results: Record<string, unknown> = {};
  for (const p of pages(args)) {
    let html: string;
    try {
      html = readCorpusPage(p.file);
    } catch {
      continue;
    }
    const url = /^https?:\/\//.test(p.url) ? p.url : 'http://fakehost/';
    try {
      const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
      results[p.key] = extractArticle(dom.window.document, { url, fallbackText: true });
      dom.window.close();
    } catch (err) {
      results[p.key] = { jsdomFailed: String(err) };
    }
  }
  writeFileSync(out, JSON.stringify(results));
  process.stdout.write(`${Object.keys(results).length} pages -> ${out}\n`);
}

function compare(a: string, b: string): void {
  const A = JSON.parse(readFileSync(a, 'utf8')) as Record<string, Record<string, unknown>>;
  const B = JSON.parse(readFileSync(b, 'utf8')) as Record<string, Record<string, unknown>>;
  let differ = 0;
  for (const key of Object.keys(A)) {
    const x = A[key]!;
    const y = B[key];
    if (!y) {
      process.stdout.write(`${key}: missing\n`);
      differ++;
      continue;
    }
    const xa = (x.article ?? x) as Record<string, unknown>;
    const ya = (y.article ?? y) as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(xa), ...Object.keys(ya), 'ok', 'kind'])];
    const changed = fields.filter((f) => {
      const xv = f === 'ok' || f === 'kind' ? x[f] : xa[f];
      const yv = f === 'ok' || f === 'kind' ? y[f] : ya[f];
      return JSON.stringify(xv) !== JSON.stringify(yv);
    });
    if (changed.length) {
      differ++;
      process.stdout.write(`${key}: ${changed.join(', ')}\n`);
    }
  }
  process.stdout.write(`${differ} of ${Object.keys(A).length} pages differ\n`);
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'compare') compare(rest[0]!, rest[1]!);
else if (mode === 'dump') {
  const args = new Map<string, number>();
  for (let i = 1; i < rest.length; i += 2) args.set(rest[i]!.replace(/^--/, ''), Number(rest[i + 1]));
  dump(rest[0]!, args);
} else throw new Error('usage: extract-dump.ts dump OUT.json [...] | compare A.json B.json');
