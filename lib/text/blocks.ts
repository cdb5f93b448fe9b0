/**
 * Block-separated plain text. Readability's `textContent` glues paragraphs
 * ("year.Simmons"); readers, search and the benchmarks need one blank line
 * between blocks instead.
 */
import { closestTag } from '../extract/walk';

const PRE = new Set(['pre']);

/** Elements that start a new block of text. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON', 'SELECT']);

/** One block of text and the element it came from. */
export interface TextBlock {
  el: Element;
  text: string;
}

/** Collapses runs of whitespace into single spaces and trims. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * Splits an element's text into blocks in document order. A block is the run
 * of inline text between two block boundaries; its `el` is the nearest block
 * element that holds it.
 */
export function textBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buf = '';
  let owner: Element = root;
  // Whether `owner` is in a <pre> (or is one), carried down the walk rather
  // than asked of each block with closest(), which walks up to the root.
  let ownerInPre = closestTag(root, PRE) !== null;
  const flush = () => {
    const text = ownerInPre ? buf.replace(/^\n+|\s+$/g, '') : normalizeSpace(buf);
    if (text) blocks.push({ el: owner, text });
    buf = '';
  };
  const walk = (node: Node, blockOwner: Element, blockInPre: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (owner !== blockOwner) {
          flush();
          owner = blockOwner;
          ownerInPre = blockInPre;
        }
        buf += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIP_TAGS.has(el.tagName) || SKIP_TAGS.has(tag)) continue;
        if (tag === 'BR') {
          buf += '\n';
          continue;
        }
        if (BLOCK_TAGS.has(tag)) {
          const inPre = blockInPre || tag === 'PRE';
          flush();
          owner = el;
          ownerInPre = inPre;
          walk(el, el, inPre);
          flush();
          owner = blockOwner;
          ownerInPre = blockInPre;
        } else {
          walk(el, blockOwner, blockInPre);
        }
      }
    }
  };
  walk(root, root, ownerInPre);
  flush();
  return blocks;
}

/** Plain text of an element with one blank line between blocks. */
export function blockText(root: Element): string {
  return textBlocks(root)
    .map((b) => b.text)
    .join('\n\n');
}
