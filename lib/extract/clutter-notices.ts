/**
 * The publisher's notices around a story (issue #3): affiliate disclosures,
 * comment-moderation rules, copyright and citation footers, and "follow our
 * coverage" / "write to the reporter" lines. Each is a short block of its
 * own, worded as a notice, and only counts at the article's edges, where
 * pages put them: a paragraph about affiliate links, moderators or
 * copyright in the body of a story stays.
 */

/** The kinds of notice these rules know. */
export type NoticeKind = 'disclosure' | 'moderation' | 'rights' | 'follow';

/** Where a block stands among the article's blocks. */
export interface NoticeContext {
  words: number;
  index: number;
  total: number;
  /** First and last block of prose (see `proseSpan`): a notice never stands between the two. */
  span?: readonly [number, number];
}

/** How many blocks from either end of the article count as its edge. */
const EDGE_BLOCKS = 4;

/** "This post may contain affiliate links", "Purchases made through our links may earn us a commission". */
const DISCLOSURE =
  /\baffiliate\b[^.]{0,60}\b(?:links?|commissions?|programs?|partnerships?)\b|\bmay (?:earn|receive|get) (?:us |me )?(?:a |an )?(?:small )?(?:affiliate )?(?:share of (?:the )?(?:sales|revenue)|commissions?)\b|\b(?:has|have) been compensated by\b/i;

/** Comments, in a few languages, and their moderation: "Comments ... will not be approved by the moderator". */
const COMMENTS = /\b(?:comments?|comentários?|comentarios?|commentaires?|kommentare?|commenti)\b/i;
const MODERATION = /\bmodera(?:t|d|ç|c|z)/i;

/** "This document is subject to copyright", "The contents of this site are ©2019 ...". */
const RIGHTS =
  /\b(?:subject to copyright|all rights reserved|no part (?:of \w+ )?may be reproduced|without (?:the )?(?:prior )?written permission|(?:the )?contents of this (?:site|website|page) are\b)|^citation:[^]*\bretrieved\b/i;

/**
 * "Follow Newsbeat on Instagram, Facebook ...", "Follow AP's full coverage of Brexit at ...".
 * "Follow us on ..." is an engagement prompt, wherever it stands (clutter-rules.ts).
 */
const FOLLOW =
  /^follow\b(?! (?:us|him|her|them|me)\b)[^.]{1,60}?\bon (?:twitter|x|facebook|instagram|youtube|tiktok|linkedin|threads|snapchat|bluesky)\b|^follow\b[^.]{0,40}\b(?:full |complete |latest )?coverage\b/i;
/** "More AP NBA: https://apnews.com/NBA", "Write to Al Root at allen.root@dowjones.com". */
const MORE_AT = /^more\b[^:.]{1,40}:\s*https?:\/\/\S+/i;
const WRITE_TO = /^(?:write|e-?mail) to [^@.]{2,60} at [\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/i;

/** Prose: a block at least this long that is not itself a notice. */
const PROSE_WORDS = 25;

/**
 * The first and last blocks of prose: the article's edges are outside
 * them. A short article's fourth block is still in its body (fixture
 * clutter-notices).
 */
export function proseSpan(texts: string[], wordCount: (text: string) => number): [number, number] {
  const prose = (text: string) => {
    const words = wordCount(text);
    return words >= PROSE_WORDS && !notice(text, words);
  };
  const first = texts.findIndex(prose);
  return [first, first < 0 ? -1 : texts.findLastIndex(prose)];
}

/** The kind of notice `text` (whitespace-normalised) is, or undefined. */
export function noticeKind(text: string, ctx: NoticeContext): NoticeKind | undefined {
  const { words, index, total, span } = ctx;
  if (words > 45) return undefined;
  if (index >= EDGE_BLOCKS && index < total - EDGE_BLOCKS) return undefined;
  if (span && span[0] < index && index < span[1]) return undefined;
  return notice(text, words);
}

function notice(text: string, words: number): NoticeKind | undefined {
  if (words > 45) return undefined;
  if (words <= 40 && COMMENTS.test(text) && MODERATION.test(text)) return 'moderation';
  if (words <= 25 && (FOLLOW.test(text) || MORE_AT.test(text) || WRITE_TO.test(text))) return 'follow';
  if (DISCLOSURE.test(text)) return 'disclosure';
  if (RIGHTS.test(text)) return 'rights';
  return undefined;
}
