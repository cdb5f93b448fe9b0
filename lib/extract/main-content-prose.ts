/**
 * Does the main content hold prose that Readability's pick lacks, in the
 * pick's own stretch of the page? (issue #3) On a page that reads as an
 * article, a pick of a few hundred words that covers little of the main
 * content is either a story among teasers and above its comments, which it
 * should stay, or one section of a longer text: Readability scores a page's
 * sections apart and keeps the best one with its siblings, so a service
 * page's or a guide's other sections, or the opening of a post split from
 * its body, are lost (WCXB-dev 0302, 0432, 0164, 0566: the pick 0.26 to
 * 0.49 F1, the main content 0.69 to 1). The two differ in what the rest is
 * and where it stands: teasers are short blocks, and comments come after
 * the story; the lost sections are paragraphs, before the pick or between
 * its own. But a section is part of the text: the pick must be found in
 * the main content, half of its words at least. A story whose region is
 * its comment thread alone is no section of it (WCXB-dev 0396, fixture
 * article-story-above-comments): only the sentences that comments quote
 * are found there, 5% of the story's words, and they stand after a
 * thousand words of comments as if they were the story's own end.
 */
import type { TextBlock } from '../text/blocks';
import { wordCount } from './clutter-rules';

/** A block of this many words is a paragraph of prose: a teaser, a caption or a spec line is shorter. */
const PROSE_WORDS = 40;
/** Pick blocks this long are matched inside longer blocks of the main content, and the other way round. */
const MATCH_WORDS = 8;
/** Prose lacked before the pick's end, as a share of the pick's words: a whole paragraph or more. */
const LACKED_SHARE = 0.2;
/** Prose's share of all the words the pick lacks: the rest is paragraphs, not a list of short items. */
const PROSE_SHARE = 0.4;
/** The pick's words found in the main content, as a share of them: the pick is part of it, not quoted in it. */
const FOUND_SHARE = 0.5;

/**
 * True when the main content's blocks (`main`) hold the pick (`pick`,
 * `pickWords` words), at least half of its words, and paragraphs that it
 * lacks before its last block, at least a fifth of its size, and what the
 * pick lacks is mostly such paragraphs.
 */
export function lacksProseOfPick(main: TextBlock[], pick: TextBlock[], pickWords: number): boolean {
  const texts = new Set(pick.map((b) => b.text));
  const long = pick.map((b) => b.text).filter((t) => wordCount(t) >= MATCH_WORDS);
  // Readability joins a post's lines into paragraphs and the clutter pass
  // trims blocks: match by containment too, but not a short line ("Reply"),
  // which any paragraph may contain.
  const inPick = (text: string, words: number) =>
    texts.has(text) || long.some((t) => text.includes(t) || (words >= MATCH_WORDS && t.includes(text)));
  // A passage quoted again is found once.
  const found = new Set<string>();
  let foundWords = 0;
  let lackedBefore = 0;
  let pendingProse = 0;
  let lacked = 0;
  let lackedProse = 0;
  for (const { text } of main) {
    const words = wordCount(text);
    if (words === 0) continue;
    if (inPick(text, words)) {
      if (!found.has(text)) foundWords += words;
      found.add(text);
      // Prose seen so far stands before one of the pick's blocks.
      lackedBefore += pendingProse;
      pendingProse = 0;
      continue;
    }
    lacked += words;
    if (words >= PROSE_WORDS) {
      lackedProse += words;
      pendingProse += words;
    }
  }
  return (
    foundWords >= pickWords * FOUND_SHARE &&
    lackedBefore >= pickWords * LACKED_SHARE &&
    lackedProse >= lacked * PROSE_SHARE
  );
}

/** True when one of the blocks is a paragraph of prose (PROSE_WORDS words or more). */
export const hasParagraph = (blocks: TextBlock[]): boolean => blocks.some((b) => wordCount(b.text) >= PROSE_WORDS);
