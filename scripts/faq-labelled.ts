/**
 * Question-level scoring of findFaq on real pages labelled by hand
 * (scripts/faq-labels.json, issue #4): the corpus pages that name an FAQ and
 * a sample of those that do not, each with the questions it shows as an FAQ.
 * Used by `npm run bench:faq`; the labels say how the pages were chosen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { norm } from '../tests/helpers/fixtures';

export const LABELS_FILE = join(import.meta.dirname, 'faq-labels.json');

/** One labelled page: `faq` lists the questions as the page shows them; empty when it shows no FAQ. */
export interface LabelledPage {
  page: string;
  url: string;
  signals: string[];
  faq: string[];
  note?: string;
}

interface LabelsFile {
  rule: string;
  labelled: string;
  pages: LabelledPage[];
}

/** A question of one page: missed (labelled, not found) or invented (found, not labelled). */
export interface PageQuestion {
  page: string;
  question: string;
}

export interface LabelledScore {
  pages: number;
  pagesWithFaq: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  missed: PageQuestion[];
  invented: PageQuestion[];
  /** Pages labelled as showing no FAQ where one was found. */
  inventedFaqPages: string[];
  times: number[];
}

/** Question text for matching: the fixtures' norm(), without a leading item number ("1.", "01.", "2:"), which pages write in or beside the question. */
function key(q: string): string {
  return norm(q).replace(/^\d{1,3}\s*[.:)]\s*/, '');
}

/** Scores `find` (the questions findFaq returns for a page, and its time) against the labels. */
export function scoreLabelled(
  corpusDir: string,
  find: (html: string, url: string) => { questions: string[]; ms: number },
): LabelledScore {
  const labels = JSON.parse(readFileSync(LABELS_FILE, 'utf8')) as LabelsFile;
  const score: LabelledScore = {
    pages: 0,
    pagesWithFaq: 0,
    tp: 0,
    fp: 0,
    fn: 0,
    precision: 1,
    recall: 1,
    f1: 1,
    missed: [],
    invented: [],
    inventedFaqPages: [],
    times: [],
  };
  for (const p of labels.pages) {
    const [corpus, file] = p.page.split('/');
    const html = gunzipSync(readFileSync(join(corpusDir, corpus!, 'html', file!))).toString('utf8');
    const { questions, ms } = find(html, p.url);
    score.pages += 1;
    score.times.push(ms);
    if (p.faq.length) score.pagesWithFaq += 1;
    const want = new Set(p.faq.map(key));
    const found = new Set(questions.map(key));
    for (const q of questions) {
      if (want.has(key(q))) score.tp += 1;
      else score.invented.push({ page: p.page, question: q });
    }
    for (const q of p.faq) if (!found.has(key(q))) score.missed.push({ page: p.page, question: q });
    if (!p.faq.length && questions.length) score.inventedFaqPages.push(p.page);
  }
  score.fp = score.invented.length;
  score.fn = score.missed.length;
  score.precision = score.tp + score.fp ? score.tp / (score.tp + score.fp) : 1;
  score.recall = score.tp + score.fn ? score.tp / (score.tp + score.fn) : 1;
  const { precision: p, recall: r } = score;
  score.f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return score;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const clip = (q: string) => q.replace(/\s+/g, ' ').slice(0, 120);

/** The markdown lines of the labelled-page result: the figures, then every missed and invented question. */
export function labelledMarkdown(s: LabelledScore): string[] {
  const list = (title: string, qs: PageQuestion[]) =>
    qs.length ? ['', `${title} (${qs.length}):`, '', ...qs.map((q) => `- ${q.page}: ${clip(q.question)}`)] : [];
  return [
    `Real pages labelled by hand (${s.pages} pages in \`scripts/faq-labels.json\`, ${s.pagesWithFaq} showing an FAQ): ` +
      `precision ${pct(s.precision)}, recall ${pct(s.recall)}, **F1 ${pct(s.f1)}** (target ≥ 95%); ` +
      `${s.tp} questions found, ${s.fp} invented, ${s.fn} missed; ` +
      `**${s.inventedFaqPages.length} of ${s.pages - s.pagesWithFaq} pages without an FAQ given one**` +
      (s.inventedFaqPages.length ? ` (${s.inventedFaqPages.join(', ')})` : '') +
      '.',
    ...list('Missed questions', s.missed),
    ...list('Invented questions', s.invented),
  ];
}
