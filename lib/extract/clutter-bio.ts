/**
 * Author boxes Readability keeps at the foot of an article (issue #3): a
 * name, perhaps a role, and a few lines about the writer ("Emiliano Bellini
 * / Emiliano joined pv magazine in March 2017 ..."), or a lone "Dallas
 * Robinson is a freelance writer living in Minneapolis". Only the article's
 * tail is read, and a page that repeats the shape through its body (a list
 * of people profiled one by one) is left alone.
 */
import type { TextBlock } from '../text/blocks';
import { holdsOnly, wordCount } from './clutter-rules';

/** A sentence about a named person: "Trevor Daugherty is ...", "Jeff Foust (jeff@...) is ...", "Autumn founded ...". */
const BIO_START =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?:\s*\([^)]{1,60}\))?,?\s+(is|was|joined|has|had|founded|writes|covers|lives|loves|started|holds|graduated|spent|grew|began)\b/u;

/** "... is a freelance travel writer": the sentence names the writer's trade. */
const TRADE =
  /^(?:is|was) (?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:writer|journalist|reporter|editor|correspondent|author|blogger|contributor|columnist|freelancer|photographer|photojournalist|producer|publisher|podcaster|critic)s?\b/iu;

const ABOUT_AUTHOR = /^about (?:the )?(?:author|writer|contributor)s?:?$/i;

/** How far from the end an author box may start. */
const TAIL_BLOCKS = 8;

/** Removes author boxes from the end of the article, in place, given its text blocks in order. */
export function removeAuthorBoxes(blocks: TextBlock[]): void {
  const n = blocks.length;
  if (n < 4) return;
  const boxes = blocks.map((_, i) => authorBoxAt(blocks, i)).filter((box) => box !== undefined);
  // The same shape in the article's first half: profiles, not an author box.
  if (boxes.length === 0 || boxes.some((box) => box.bio < n / 2)) return;
  const from = n - TAIL_BLOCKS;
  for (const box of boxes) {
    if (box.bio < from || (!box.named && box.bio < n - 3)) continue;
    let start = box.start;
    if (start > 0 && ABOUT_AUTHOR.test(blocks[start - 1]!.text)) start--;
    for (let i = start; i <= box.bio; i++) removeBlock(blocks[i]!);
  }
}

interface Box {
  /** First block of the box (its name line, or the bio itself). */
  start: number;
  /** The block about the writer. */
  bio: number;
  /** Whether a name line above the bio names the same person. */
  named: boolean;
}

/** The author box whose bio is block `i`, if it is one. */
function authorBoxAt(blocks: TextBlock[], i: number): Box | undefined {
  const text = blocks[i]!.text;
  const words = wordCount(text);
  if (words < 5 || words > 120) return undefined;
  const m = BIO_START.exec(text);
  if (!m) return undefined;
  const first = m[1]!.split(/\s/)[0]!;
  // A name line up to three blocks above, with only short role lines ("Senior Editor") between.
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const line = blocks[j]!.text;
    if (wordCount(line) > 12 || /[.!?]$/.test(line)) break;
    if (wordCount(line) <= 4 && line.split(/\s/)[0] === first) return { start: j, bio: i, named: true };
  }
  const rest = text.slice(m.index + m[0].length - m[2]!.length);
  return TRADE.test(rest) ? { start: i, bio: i, named: false } : undefined;
}

/** Removes a block's element when the element holds that block alone. */
function removeBlock(block: TextBlock): void {
  if (holdsOnly(block.el, block.text)) block.el.remove();
}
