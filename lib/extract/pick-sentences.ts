/**
 * Is Readability's pick written in sentences? (issue #3) On a shop's page
 * that reads as an article, the pick is sometimes not the product's text
 * but the longest run of words elsewhere: a review filter's list of
 * languages with their counts, a spec sheet, a size chart ("English Mostly
 * Positive (436,539) Simplified Chinese Mixed (258,405) ...", WCXB-dev
 * 3075, 3052, 3078: the pick 0.05 F1, the main content 0.6 to 0.8). An
 * article, even a short one among teasers, is paragraphs of sentences.
 * The other way round, on a page that is not an article, a long pick in
 * sentences that the main content leaves out is a text of its own, which
 * the main content does not replace (`standsApart`).
 */
import type { TextBlock } from '../text/blocks';
import { wordCount } from './clutter-rules';
import { hasParagraph } from './main-content-prose';

/** A sentence ends at one of these, before a space or the block's end. */
const SENTENCE_END = /[.!?。！？](?:["'”’)\]]*)(?=\s|$)/g;
/** A block reads as sentences with at least one end per this many words: a list of labels runs on without any. */
const WORDS_PER_SENTENCE = 40;
/** The share of the pick's words in such blocks below which the pick is not prose. */
export const MIN_SENTENCE_SHARE = 0.3;

/** How many of the blocks' words stand in blocks written in sentences. */
function wordsInSentences(blocks: TextBlock[]): number {
  let inSentences = 0;
  for (const { text } of blocks) {
    const n = wordCount(text);
    if (n === 0) continue;
    const ends = text.match(SENTENCE_END)?.length ?? 0;
    if (ends >= Math.ceil(n / WORDS_PER_SENTENCE)) inSentences += n;
  }
  return inSentences;
}

/** True when fewer than 30% of the pick's words (`blocks`, `words` in all) stand in blocks of sentences. */
export function lacksSentences(blocks: TextBlock[], words: number): boolean {
  return words > 0 && wordsInSentences(blocks) < words * MIN_SENTENCE_SHARE;
}

/**
 * True when the pick (`blocks`, `words` in all) is no story: it has no
 * paragraph (main-content-prose.ts: a service page's grid of one-line
 * blurbs, a thread's one-liners), or it is not written in sentences (a
 * review filter's languages and counts).
 */
export const notAStory = (blocks: TextBlock[], words: number): boolean =>
  !hasParagraph(blocks) || lacksSentences(blocks, words);

/** A pick with this many words in sentences is a text of its own: a category's guide, an essay. */
const TEXT_WORDS = 200;
/** ...and it stands apart from the main content when less than this share of its words is found there. */
const FOUND_SHARE = 0.5;

/**
 * True when the pick (`blocks`) is a text of its own that the main content
 * leaves out: 200 words or more in sentences, under half of its words
 * found in the main content (`found`, a share). A shop's category page
 * holds a buying guide beside its grid of products, outside the region the
 * grid fills (WCXB-dev 0644: the guide 0.77 F1, the grid 0.17): the grid
 * does not replace it.
 */
export function standsApart(blocks: TextBlock[], found: number): boolean {
  return found < FOUND_SHARE && wordsInSentences(blocks) >= TEXT_WORDS;
}
