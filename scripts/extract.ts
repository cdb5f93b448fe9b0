/**
 * Command-line front end over the same lib/ the extension runs (issue #2):
 *   npm run --silent extract -- [--format json|md|text] [--url URL] [--points N] FILE...
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../lib/extract';
import { articleToMarkdown } from '../lib/markdown';
import type { ExtractResult } from '../lib/types';

interface CliOptions {
  format: 'json' | 'md' | 'text';
  url?: string;
  points: number;
  files: string[];
}

const USAGE = 'usage: npm run --silent extract -- [--format json|md|text] [--url URL] [--points N] FILE...';

function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = { format: 'md', points: 4, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--format') {
      const f = value();
      if (f !== 'json' && f !== 'md' && f !== 'text') throw new Error(`unknown format "${f}"`);
      opts.format = f;
    } else if (arg === '--url') opts.url = value();
    else if (arg === '--points') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 20) throw new Error('--points takes a whole number from 0 to 20');
      opts.points = n;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else opts.files.push(arg);
  }
  if (opts.files.length === 0) throw new Error('no FILE given');
  return opts;
}

/** Reads a file as HTML: .html.gz is gunzipped, .txt becomes paragraphs. */
export function loadHtml(file: string): string {
  const raw = readFileSync(file);
  const data = file.endsWith('.gz') ? gunzipSync(raw) : raw;
  const text = data.toString('utf8');
  if (/\.txt(?:\.gz)?$/i.test(file)) {
    const paragraphs = text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const [first = '', ...rest] = paragraphs;
    return `<!doctype html><html><head><title>${esc(first)}</title></head><body><article><h1>${esc(first)}</h1>${rest
      .map((p) => `<p>${esc(p)}</p>`)
      .join('')}</article></body></html>`;
  }
  return text;
}

/**
 * Parses a page in a fresh jsdom. jsdom's CSS parser throws on some valid
 * stylesheets (calc() in a media query, seen on a Scrapinghub page);
 * extraction never reads stylesheets, so the page is parsed again without
 * its <style> blocks rather than failing; `onRetry` hears when it was.
 */
export function parseHtml(html: string, url: string, onRetry?: () => void): JSDOM {
  const options = { url, virtualConsole: new VirtualConsole() };
  try {
    return new JSDOM(html, options);
  } catch {
    onRetry?.();
    return new JSDOM(html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, ''), options);
  }
}

/**
 * Closes a jsdom window. close() empties the body recursively, which
 * overflows the stack on a page nested thousands of levels deep that was
 * refused as too large before its nesting was bounded (the 10 MB page of
 * npm run bench:robust): the result stands, and the garbage collector takes
 * the document instead.
 */
export function releaseDom(dom: JSDOM): void {
  try {
    dom.window.close();
  } catch {
    // See above: nothing is left to release that the collector will not take.
  }
}

/** Extracts one file in its own jsdom, released afterwards. */
export function extractFile(file: string, url: string | undefined, points: number): ExtractResult {
  const dom = parseHtml(loadHtml(file), url ?? pathToFileURL(resolve(file)).href);
  try {
    return extractArticle(dom.window.document, { points, url: url ?? undefined });
  } finally {
    releaseDom(dom);
  }
}

function jsonRecord(file: string, result: ExtractResult) {
  const a = result.ok ? result.article : undefined;
  return {
    file,
    ok: result.ok,
    ...(result.ok ? {} : { error: result.message }),
    title: a?.title ?? null,
    byline: a?.byline ?? null,
    siteName: a?.siteName ?? null,
    lang: a?.lang ?? null,
    dir: a?.dir ?? null,
    publishedTime: a?.publishedTime ?? null,
    excerpt: a?.excerpt ?? null,
    readingMinutes: a?.readingMinutes ?? 0,
    wordCount: a?.wordCount ?? 0,
    text: a?.text ?? '',
    html: a?.html ?? '',
    faq: (a?.faq ?? []).map((f) => ({ question: f.question, answer: f.answer })),
    points: (a?.points ?? []).map((p) => ({ text: p.text })),
  };
}

function main(): number {
  let opts: CliOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`extract: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  let failures = 0;
  opts.files.forEach((file, i) => {
    let result: ExtractResult;
    try {
      result = extractFile(file, opts.url, opts.points);
    } catch (err) {
      result = { ok: false, kind: 'error', message: `cannot read ${file}: ${(err as Error).message}` };
    }
    if (!result.ok) failures++;
    if (opts.format === 'json') {
      process.stdout.write(JSON.stringify(jsonRecord(file, result)) + '\n');
    } else if (!result.ok) {
      process.stderr.write(`extract: ${file}: ${result.message}\n`);
    } else {
      if (i > 0) process.stdout.write('\n---\n\n');
      const body = opts.format === 'md' ? articleToMarkdown(result.article) : result.article.text;
      process.stdout.write(body + '\n');
    }
  });
  return failures === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main();
}
