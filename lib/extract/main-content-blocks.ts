/**
 * Keeps the content blocks of a main content region (issue #3). Furniture
 * (menus, sidebars, share bars) goes first, by what it is. Then, as in
 * jusText and boilerpipe, link density says what a block is, but only where
 * links are not the content: in a region of prose, a block that is mostly
 * links is boilerplate (a tag list, "Reply · Share", a "related" list); in a
 * listing or a product grid, the links are the items, and every block stays.
 * Measured on WCXB-dev, finer block rules (jusText's good/short/bad context)
 * lost more listing items than they removed boilerplate.
 */
import { BLOCK_TAGS, normalizeSpace } from '../text/blocks';
import { wordCount } from './clutter-rules';
import { isFurniture, isSkipped, type MainRegion } from './main-content';

/** A block with more of its characters in links than this is boilerplate, in a region of prose. */
const BAD_LINK_DENSITY = 0.6;
/** A region with more of its characters in links than this is a listing: its links are its content. */
const LISTING_LINK_SHARE = 0.3;

const HEADINGS = /^H[1-6]$/i;

interface Block {
  /** The text nodes of the block. */
  nodes: Node[];
  text: string;
  linkChars: number;
  heading: boolean;
}

const chars = (s: string) => s.replace(/\s+/g, '').length;

/**
 * Splits the region into blocks as lib/text/blocks.ts does (inline elements
 * are walked through), noting each block's text nodes and how much of its
 * text sits inside links.
 */
function regionBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  let cur: Block | undefined;
  const flush = () => {
    if (cur) {
      cur.text = normalizeSpace(cur.text);
      if (cur.text) blocks.push(cur);
    }
    cur = undefined;
  };
  const walk = (el: Element, owner: Element, inLink: boolean) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        cur ??= { nodes: [], text: '', linkChars: 0, heading: HEADINGS.test(owner.tagName) };
        cur.nodes.push(child);
        cur.text += text;
        if (inLink) cur.linkChars += chars(text);
      } else if (child.nodeType === 1) {
        const c = child as Element;
        const tag = c.tagName.toUpperCase();
        if (isSkipped(c)) continue;
        if (tag === 'BR' && cur) cur.text += ' ';
        else if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(c, c, inLink);
          flush();
        } else walk(c, owner, inLink || tag === 'A');
      }
    }
  };
  walk(root, root, false);
  flush();
  return blocks;
}

/** Mostly links, and not a heading (a listing's titles are links): boilerplate among prose. */
const isLinkBlock = (b: Block) => !b.heading && b.linkChars > chars(b.text) * BAD_LINK_DENSITY;

/** Drops furniture subtrees from the copy of the region. */
function dropFurniture(root: Element, insideArticle: boolean): void {
  const doomed: Element[] = [];
  const walk = (el: Element, inside: boolean) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (isSkipped(c) || isFurniture(c, inside)) doomed.push(c);
      else walk(c, inside || c.tagName === 'ARTICLE' || c.tagName === 'MAIN');
    }
  };
  walk(root, insideArticle);
  for (const el of doomed) el.remove();
}

/**
 * Removes elements left without text or media once boilerplate blocks are
 * gone, and the class attributes of the rest; true when `el` itself is left empty.
 */
function dropEmpty(el: Element): boolean {
  let keep = false;
  for (let c = el.firstChild; c;) {
    const next = c.nextSibling;
    if (c.nodeType === 3) keep ||= /\S/.test(c.nodeValue ?? '');
    else if (c.nodeType === 1) {
      const e = c as Element;
      // The reader's styles, not the site's: classes go, as Readability's do.
      e.removeAttribute('class');
      if (/^(?:IMG|PICTURE|VIDEO|BR|HR)$/i.test(e.tagName) || !dropEmpty(e)) keep ||= !/^(?:BR|HR)$/i.test(e.tagName);
      else e.remove();
    }
    c = next;
  }
  return !keep;
}

/** The region's content: its copy with furniture and boilerplate blocks removed. */
export interface MainContent {
  /** The kept content, detached from the page. */
  el: Element;
  /** Words in the kept content. */
  words: number;
}

/**
 * Keeps the content blocks of a region found by findMainRegion, in place
 * on its copy. Undefined when no text is left.
 */
export function keepContentBlocks(region: MainRegion): MainContent | undefined {
  const root = region.copy;
  dropFurniture(root, region.insideArticle);
  const blocks = regionBlocks(root);
  const linkChars = blocks.reduce((sum, b) => sum + b.linkChars, 0);
  const allChars = blocks.reduce((sum, b) => sum + chars(b.text), 0);
  const listing = linkChars > allChars * LISTING_LINK_SHARE;
  let words = 0;
  for (const b of blocks) {
    if (!listing && isLinkBlock(b)) for (const n of b.nodes) n.parentNode?.removeChild(n);
    else words += wordCount(b.text);
  }
  if (words === 0) return undefined;
  dropEmpty(root);
  root.removeAttribute('class');
  return { el: root, words };
}
