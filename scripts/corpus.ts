/**
 * The benchmark corpora in ../shared/corpus (never read by tests), as the
 * bench and dev scripts read them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

/** A gzipped corpus page, decoded in the charset its head declares (most are UTF-8). */
export function readCorpusPage(file: string): string {
  const buf = gunzipSync(readFileSync(file));
  const head = buf.subarray(0, 4096).toString('latin1');
  const label = /<meta[^>]+charset=["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (label && label !== 'utf-8' && label !== 'utf8') {
    try {
      return new TextDecoder(label).decode(buf);
    } catch {
      // Unknown label: fall back to UTF-8.
    }
  }
  return buf.toString('utf8');
}

/** A corpus page and its ground truth. */
export interface CorpusPage {
  corpus: 'scrapinghub' | 'wcxb';
  id: string;
  file: string;
  url: string;
  /** The page's main content, as its ground truth gives it. */
  truth: string;
  /** WCXB's page type; every Scrapinghub page is an article. */
  type: string;
  /** WCXB's snippets the extracted text should hold (`with`) and boilerplate it should not (`without`). */
  withSnippets: string[];
  withoutSnippets: string[];
}

/** Scrapinghub's 181 news pages, in its ground truth's order. */
export function scrapinghubPages(): CorpusPage[] {
  const dir = join(CORPUS, 'scrapinghub');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(truth)
    .filter(([id]) => existsSync(join(dir, 'html', `${id}.html.gz`)))
    .map(([id, t]) => ({
      corpus: 'scrapinghub' as const,
      id,
      file: join(dir, 'html', `${id}.html.gz`),
      url: t.url,
      truth: t.articleBody,
      type: 'article',
      withSnippets: [],
      withoutSnippets: [],
    }));
}

/** WCXB-dev's 1,497 pages, by id: a page's index here is the one `--sample` and the dev scripts' `% K` count. */
export function wcxbPages(): CorpusPage[] {
  const dir = join(CORPUS, 'wcxb-dev');
  return readdirSync(join(dir, 'ground-truth'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.json$/, '');
      const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', f), 'utf8')) as {
        url: string;
        _internal?: { page_type?: { primary?: string } };
        ground_truth: { main_content?: string; with?: string[]; without?: string[] };
      };
      return {
        corpus: 'wcxb' as const,
        id,
        file: join(dir, 'html', `${id}.html.gz`),
        url: gt.url,
        truth: gt.ground_truth.main_content ?? '',
        type: gt._internal?.page_type?.primary ?? 'unknown',
        withSnippets: gt.ground_truth.with ?? [],
        withoutSnippets: gt.ground_truth.without ?? [],
      };
    })
    .filter((p) => existsSync(p.file));
}
