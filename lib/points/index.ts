import type { MainPoint, PointsSource } from '../types';
import type { TextBlock } from '../text/blocks';
import { candidates, choosePoints, type RankOptions } from './rank';
import { contentWords } from './tokens';
import { summaryInBlocks, standfirstInBlocks, type SummaryItem } from './page-summary';
import { Ancestry, blockIndex, headingTexts, proseUnits } from './units';

export { findPageSummary } from './page-summary';
export { splitSentences } from './split';

/** What the main-points step reads. */
export interface PointsInput {
  title: string;
  lang?: string;
  /** The article's text blocks, each element carrying `data-precis-block`. */
  blocks: TextBlock[];
  /** How many points to choose. */
  count: number;
  /**
   * Items of the page's own summary list found on the whole page before
   * Readability ran (`findPageSummary`), for when the article lost the box.
   */
  pageSummary?: string[];
}

function toPoint(c: { text: string; block?: number; raw?: string; sentence?: string }): MainPoint {
  const sentence = c.raw ?? c.sentence;
  return {
    text: c.text,
    ...(c.block !== undefined ? { block: c.block } : {}),
    ...(sentence !== undefined ? { sentence } : {}),
  };
}

/**
 * Chooses the article's main points (issue #5): the page's own summary when
 * it has one ('page-summary'); else the standfirst and then the best
 * sentences ('standfirst'); else the best sentences ('scored'). Points are
 * in article order; each names the block it stands in and the sentence as
 * written there, for the reader to scroll to and highlight.
 */
export function pickPoints(input: PointsInput): { points: MainPoint[]; source: PointsSource } {
  const { blocks, count, lang } = input;
  if (count <= 0) return { points: [], source: 'none' };

  const summary = summaryInBlocks(blocks) ?? locate(input.pageSummary, blocks);
  if (summary?.length) return { points: summary.slice(0, count).map(toPoint), source: 'page-summary' };

  // The blocks' ancestors, looked up once for both passes over the blocks.
  const ancestry = new Ancestry();
  const units = proseUnits(blocks, ancestry);
  const standfirst = standfirstInBlocks(blocks);
  if (standfirst) {
    const index = blockIndex(standfirst.el);
    if (!units.some((u) => u.block === index && index !== undefined))
      units.unshift({ text: standfirst.text, block: index });
  }
  const cands = candidates(units, lang);
  const forced = standfirst ? cands.flatMap((c, i) => (c.block === blockIndex(standfirst.el) ? [i] : [])) : [];
  const chosen = choosePoints(cands, count, {
    titleWords: contentWords(input.title, lang),
    headingWords: headingTexts(blocks, ancestry).flatMap((h) => contentWords(h, lang)),
    forced,
  });
  if (!chosen.length) return { points: [], source: 'none' };
  return { points: chosen.map(toPoint), source: forced.length ? 'standfirst' : 'scored' };
}

/** Finds the article block of each item of a summary read from the whole page (`findPageSummary`). */
function locate(items: string[] | undefined, blocks: TextBlock[]): SummaryItem[] | undefined {
  if (!items?.length) return undefined;
  return items.map((text) => {
    const b = blocks.find((x) => x.text === text);
    return b ? { text, block: blockIndex(b.el), sentence: b.text } : { text };
  });
}

/**
 * Main points of plain text, without a DOM: the same candidates and scoring
 * as `pickPoints` on an article whose blocks are `paragraphs` (for the
 * benchmark and tests). `block` is the paragraph's index.
 */
export function pointsFromText(
  title: string,
  paragraphs: string[],
  count: number,
  lang?: string,
  options?: RankOptions,
): MainPoint[] {
  const cands = candidates(
    paragraphs.map((text, block) => ({ text, block })),
    lang,
  );
  return choosePoints(cands, count, { titleWords: contentWords(title, lang), options }).map(toPoint);
}
