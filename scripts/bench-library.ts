/**
 * npm run bench:library — the offline library (issue #7) with 5,000 saved
 * articles, in Chromium with the built extension (the e2e build, whose
 * library page exposes its module to tests). Measures:
 *  - open: navigation start of library.html to the first paint of the list;
 *  - search per keystroke: the index query alone, and keystroke to list updated;
 *  - save without image downloads: saveArticle() of a new article into the full library.
 * Articles are generated from the corpora's text (cnndm-dev sentences and
 * Scrapinghub article bodies), imported through a backup file.
 * Run after `npm run build:e2e`, under the build lock:
 *   flock /tmp/precis-build.lock sh -c 'npm run build:e2e && npm run bench:library'
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/harness';
import { machineLine, writeBenchSection } from './bench-report';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from '../lib/library/backup-format';
import { articleKeys } from '../lib/library/records';
import type { ExtractedArticle } from '../lib/types';

const N = Number(process.env.BENCH_ARTICLES ?? 5000);
const OPEN_RUNS = 20;
const SAVE_RUNS = 30;
const QUERIES = ['shenzhen', 'president obama', 'climate change', 'police said', 'footbal'];
const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

function corpusTexts(): string[][] {
  const cnn = readFileSync(join(CORPUS, 'cnndm-dev', 'docs.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { sentences: string[] }).sentences);
  const zyte = Object.values(
    JSON.parse(readFileSync(join(CORPUS, 'scrapinghub', 'ground-truth.json'), 'utf8')) as Record<
      string,
      { articleBody: string }
    >,
  ).map((d) => d.articleBody.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20));
  return [...cnn, ...zyte].filter((s) => s.length >= 5);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Article `i`: one corpus text and half of another, so that no two are the same. */
function makeArticle(i: number, texts: string[][]): ExtractedArticle {
  const a = texts[i % texts.length]!;
  const b = texts[(i * 7 + 3) % texts.length]!;
  const sentences = [...a, ...b.slice(0, Math.ceil(b.length / 2))];
  const paras: string[] = [];
  for (let k = 0; k < sentences.length; k += 3) paras.push(sentences.slice(k, k + 3).join(' '));
  const text = paras.join('\n\n');
  const words = text.split(/\s+/).length;
  const site = `site${i % 40}.example`;
  return {
    url: `https://${site}/news/${i}`,
    title: `${a[0]!.replace(/^\(CNN\)/, '').slice(0, 90)} (${i})`,
    siteName: site,
    byline: `Writer ${i % 113}`,
    lang: 'en',
    publishedTime: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
    excerpt: a[0]!.slice(0, 200),
    html: paras.map((p, k) => `<p data-precis-block="${k}">${esc(p)}</p>`).join('\n'),
    text,
    wordCount: words,
    readingMinutes: Math.max(1, Math.round(words / 230)),
    faq: [],
    points: a.slice(0, 3).map((s, k) => ({ text: s, block: k })),
    pointsSource: 'scored',
    isArticle: true,
  };
}

function backupOf(articles: ExtractedArticle[]): BackupFile {
  const now = Date.now();
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    articles: articles.map((article, i) => ({
      entry: {
        id: `bench${i}`,
        url: article.url,
        keys: articleKeys(article),
        title: article.title,
        siteName: article.siteName,
        byline: article.byline,
        lang: article.lang,
        publishedTime: article.publishedTime,
        excerpt: article.excerpt,
        readingMinutes: article.readingMinutes,
        wordCount: article.wordCount,
        savedAt: now - i * 60_000,
        updatedAt: now - i * 60_000,
        read: i % 3 === 0,
        tags: [article.siteName!, ...(i % 5 === 0 ? ['later'] : [])],
        notes: '',
        imageCount: 0,
        imageBytes: 0,
        skippedImages: [],
      },
      article,
      images: [],
    })),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function openLibrary(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('precis:library-list-painted').length > 0, null, {
    timeout: 60_000,
  });
  const [painted, start, read, dcl] = await page.evaluate(() => [
    performance.getEntriesByName('precis:library-list-painted')[0]!.startTime,
    performance.getEntriesByName('precis:library-start')[0]?.startTime ?? 0,
    performance.getEntriesByName('precis:library-newest-read')[0]?.startTime ?? 0,
    (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  ]);
  if (process.env.BENCH_DEBUG) console.log({ painted, start, read, dcl });
  return painted;
}

async function main(): Promise<void> {
  const texts = corpusTexts();
  const articles = Array.from({ length: N }, (_, i) => makeArticle(i, texts));
  const backup = JSON.stringify(backupOf(articles));
  console.log(`${N} articles from ${texts.length} corpus texts; backup ${(backup.length / 2 ** 20).toFixed(1)} MB`);

  const ext = await launchWithExtension();
  try {
    const url = `chrome-extension://${ext.extensionId}/library.html`;
    let page = await ext.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => '__precisLibrary' in globalThis);
    const t0 = Date.now();
    console.log(
      `load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(', ')}`,
    );
    const imported = await page.evaluate(async (text) => {
      const hook = (
        globalThis as unknown as { __precisLibrary: { library: { importBackup(t: string): Promise<unknown> } } }
      ).__precisLibrary;
      return hook.library.importBackup(text);
    }, backup);
    console.log('import', imported, `${Date.now() - t0} ms`);

    // First open after the import builds and persists the search index; time that separately.
    const buildMs = await page.evaluate(async () => {
      const hook = (
        globalThis as unknown as {
          __precisLibrary: {
            library: unknown;
            searchModule(): Promise<{ LibrarySearch: new (l: unknown) => { load(): Promise<void> } }>;
          };
        }
      ).__precisLibrary;
      const { LibrarySearch } = await hook.searchModule();
      const t = performance.now();
      await new LibrarySearch(hook.library).load();
      return performance.now() - t;
    });

    // Each open in a fresh tab, once the previous one is closed and the process is idle again.
    await page.close();
    const opens: number[] = [];
    for (let i = 0; i < OPEN_RUNS; i++) {
      const tab = await ext.context.newPage();
      await new Promise((r) => setTimeout(r, 500));
      opens.push(await openLibrary(tab, url));
      // Let the page finish loading its search index before the next open.
      await tab.waitForFunction(() => performance.getEntriesByName('precis:library-search-ready').length > 0, null, {
        timeout: 120_000,
      });
      await tab.close();
    }
    page = await ext.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('precis:library-search-ready').length > 0, null, {
      timeout: 120_000,
    });

    // Search: index load time from the snapshot, then per-keystroke query times.
    const search = await page.evaluate(async (queries) => {
      const hook = (
        globalThis as unknown as {
          __precisLibrary: {
            library: unknown;
            searchModule(): Promise<{
              LibrarySearch: new (l: unknown) => { load(): Promise<void>; search(q: string): string[] };
            }>;
          };
        }
      ).__precisLibrary;
      const { LibrarySearch } = await hook.searchModule();
      const s = new LibrarySearch(hook.library);
      let t = performance.now();
      await s.load();
      const loadMs = performance.now() - t;
      const perKey: number[] = [];
      const hits: Record<string, number> = {};
      for (let round = 0; round < 3; round++) {
        for (const q of queries) {
          for (let k = 1; k <= q.length; k++) {
            t = performance.now();
            const r = s.search(q.slice(0, k));
            perKey.push(performance.now() - t);
            hits[q] = r.length;
          }
        }
      }
      return { loadMs, perKey, hits };
    }, QUERIES);

    // Keystroke to list updated, through the page's own search box (index loaded first).
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="library-list"]')?.children.length ?? 0) > 0,
    );
    const typing = await page.evaluate(async (queries) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="library-search"]')!;
      const out: number[] = [];
      for (const q of queries) {
        for (let k = 1; k <= q.length; k++) {
          const t = performance.now();
          input.value = q.slice(0, k);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => setTimeout(r, 0));
          out.push(performance.now() - t);
        }
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 50));
      }
      return out;
    }, QUERIES);

    // Save without image downloads, into the full library.
    const extra = Array.from({ length: SAVE_RUNS }, (_, i) => makeArticle(N + i, texts));
    const saves = await page.evaluate(async (list) => {
      const hook = (
        globalThis as unknown as {
          __precisLibrary: {
            saveModule(): Promise<{ saveArticle(a: unknown, images: boolean): Promise<{ ok: boolean }> }>;
          };
        }
      ).__precisLibrary;
      const { saveArticle } = await hook.saveModule();
      const out: number[] = [];
      for (const a of list) {
        const t = performance.now();
        const r = await saveArticle(a, false);
        if (!r.ok) throw new Error('save failed');
        out.push(performance.now() - t);
      }
      return out;
    }, extra);
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

    const rows = [
      ['Open library to first list paint', median(opens), pct(opens, 95), 200],
      ['Search, index query per keystroke', median(search.perKey), pct(search.perKey, 95), 20],
      ['Search, keystroke to list updated', median(typing), pct(typing, 95), 20],
      ['Save without image downloads', median(saves), pct(saves, 95), 100],
    ] as const;
    const table = [
      '| Measure | Median | p95 | Target | Met (p95) |',
      '| --- | --- | --- | --- | --- |',
      ...rows.map(
        ([name, m, p, target]) =>
          `| ${name} | ${ms(m)} | ${ms(p)} | ≤ ${target} ms | ${p <= target ? 'yes' : '**no**'} |`,
      ),
    ].join('\n');
    const md = [
      '## Offline library (issue #7)',
      '',
      `\`npm run bench:library\`: ${N.toLocaleString('en')} saved articles generated from the corpora's text (cnndm-dev sentences and Scrapinghub article bodies, ${(backup.length / N / 1024).toFixed(1)} KB of JSON each), imported through a backup; Chromium ${(await ext.context.browser()?.version()) ?? '(persistent context)'} headless with the e2e build. ${OPEN_RUNS} opens, ${QUERIES.length} queries typed letter by letter (${search.perKey.length} keystrokes), ${SAVE_RUNS} saves.`,
      '',
      table,
      '',
      `- Open: from navigation start to the first paint of the list (a mark in the task after the frame that follows its first render). The page reads the newest 50 list records, paints them, then reads the rest and loads the search index.`,
      `- Search index: built from all articles once after the import in ${ms(buildMs)}; later opens load the persisted snapshot in ${ms(search.loadMs)} (after the first paint, titles and sites are matched until it is ready).`,
      `- Queries: ${QUERIES.map((q) => `“${q}” → ${search.hits[q]} results`).join(', ')}. Prefix matching from the second letter, typo tolerance from the fourth.`,
      `- Keystroke to list updated: input event to the re-rendered list (up to 50 rows), flushed with a zero timeout.`,
      `- Save: \`saveArticle()\` (settings read, one IndexedDB transaction with the journal record) of articles of ~${Math.round(extra.reduce((n, a) => n + a.text.length, 0) / extra.length / 1024)} KB text into the full library; no image download. Run in the open library page, which re-reads the saved entry and updates its search index after each save, as it does when you save with the library open.`,
      `- Storage used by the library afterwards: ${(usage / 2 ** 20).toFixed(0)} MB.`,
      '',
      `${machineLine()} Load average during the run: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(', ')} (other builds and tests shared the machine).`,
    ].join('\n');
    console.log(md);
    writeBenchSection('library', md);
  } finally {
    await ext.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
