/**
 * Is Readability's pick one of the page's repeated items (issue #3)? On a
 * forum thread or a Q&A page that does not declare itself an article,
 * Readability keeps one long post or one answer, a story's worth of words,
 * and the page then reads as an article; the other posts are lost. A story
 * among teasers (WCXB-dev 0396, 4281, 4456) looks the same by its words
 * alone: a pick of a few hundred words, a region several times larger. What
 * tells them apart is where the pick sits in the region: a post is one of
 * several siblings of the same kind (`div.answer`, `div.post`, `li.message`)
 * that each hold text; the story is one of a kind, beside teaser cards,
 * sidebars and a comments section that are built differently.
 */
import { commonAncestor } from '../faq/candidate';
import { textBlocks, type TextBlock } from '../text/blocks';
import { wordCount } from './clutter-rules';

/** Pick blocks shorter than this are not looked for in the region: a date or "Reply" is everywhere. */
const MIN_BLOCK_WORDS = 8;
/** At least this share of the pick's words must be found in the region's blocks. */
const FOUND_SHARE = 0.5;
/**
 * The item is looked for up to ancestors this many times the pick's size:
 * a post is its text with an author line, votes and a few comments, not a
 * column of the page.
 */
const ITEM_GROWTH = 3;
/** The pick's peers together hold at least this share of the pick's words: items, not empty shells. */
const PEER_SHARE = 0.25;

/**
 * Tag and first class of an element with a class: items repeat both, while
 * later classes mark states (`answer accepted-answer`, `post odd`); a
 * classless `<div>` says nothing.
 */
const kindOf = (el: Element): string | undefined => {
  const cls = el.getAttribute('class')?.trim().split(/\s+/)[0];
  return cls ? `${el.tagName} ${cls}` : undefined;
};

/**
 * True when the pick (Readability's blocks, `pickWords` words) is found in
 * the region `root` (a copy of the page's main content region, its classes
 * intact) inside one item that has siblings of the same tag and class that
 * hold text too: one post of a thread, one answer, one listing entry.
 */
export function pickIsOneOfPeers(root: Element, pick: TextBlock[], pickWords: number): boolean {
  const wanted = new Set(pick.map((b) => b.text).filter((t) => wordCount(t) >= MIN_BLOCK_WORDS));
  if (wanted.size === 0) return false;
  const blocks = textBlocks(root);
  const where = new Map<string, Element>();
  for (const b of blocks) if (!where.has(b.text)) where.set(b.text, b.el);
  const found: Element[] = [];
  let foundWords = 0;
  for (const text of wanted) {
    // Readability makes paragraphs of a post's lines split by <br>s (WCXB-dev
    // 0560, 1674): such a block of the pick is part of one of the region's.
    const el = where.get(text) ?? blocks.find((b) => b.text.includes(text))?.el;
    if (!el) continue;
    found.push(el);
    foundWords += wordCount(text);
  }
  if (foundWords < pickWords * FOUND_SHARE) return false;
  // Every found element lies in `root`, so their nearest common ancestor does too.
  for (let item = commonAncestor(found) ?? root; item !== root; item = item.parentElement ?? root) {
    const itemWords = wordCount(item.textContent ?? '');
    if (itemWords > pickWords * ITEM_GROWTH) return false;
    const kind = kindOf(item);
    if (!kind || !item.parentElement) continue;
    let peerWords = 0;
    for (let c = item.parentElement.firstElementChild; c; c = c.nextElementSibling) {
      if (c !== item && kindOf(c) === kind) peerWords += wordCount(c.textContent ?? '');
    }
    if (peerWords >= pickWords * PEER_SHARE) return true;
  }
  return false;
}
