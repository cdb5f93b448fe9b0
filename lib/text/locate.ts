/**
 * Finds text in rendered article HTML, so that a main point or the sentence
 * being read aloud can be scrolled to and highlighted (issue #6). Works on
 * any DOM (the reader's, or jsdom in tests): white space is compared
 * collapsed, the way `lib/text/blocks.ts` builds a block's text.
 */

/** An element's visible text, white space collapsed, mapped back to its text nodes. */
export interface TextIndex {
  /** The text, runs of white space collapsed to one space, trimmed. */
  text: string;
  /** A DOM range over `text.slice(start, end)`; null when the offsets are out of bounds. */
  range(start: number, end: number): Range | null;
}

interface Spot {
  node: Text;
  offset: number;
}

const SPACE = /[\s\u00a0\u200b]/;

/**
 * Indexes the text of `root`. Text inside elements for which `skip` returns
 * true (a nested block, a hidden section) is left out.
 */
export function indexText(root: Element, skip?: (el: Element) => boolean): TextIndex {
  let text = '';
  const spots: Spot[] = [];
  let pendingSpace = false;
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = child as Text;
        const value = t.data;
        for (let i = 0; i < value.length; i++) {
          const ch = value[i]!;
          if (SPACE.test(ch)) {
            pendingSpace = text.length > 0;
            continue;
          }
          if (pendingSpace) {
            // The collapsed space maps onto the character after it: a range never starts on it.
            text += ' ';
            spots.push({ node: t, offset: i });
            pendingSpace = false;
          }
          text += ch;
          spots.push({ node: t, offset: i });
        }
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (skip?.(el)) continue;
        if (el.tagName === 'BR') pendingSpace = text.length > 0;
        visit(el);
      }
    }
  };
  visit(root);
  const doc = root.ownerDocument;
  return {
    text,
    range(start, end) {
      if (start < 0 || end > text.length || start >= end) return null;
      const first = spots[start]!;
      const last = spots[end - 1]!;
      const range = doc.createRange();
      range.setStart(first.node, first.offset);
      range.setEnd(last.node, last.offset + 1);
      return range;
    },
  };
}

/** Folds the differences a sentence may have from the page's text: spaces, quotes, dashes, case. */
function fold(s: string): string {
  return s
    .replace(/[‘’ʼ′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .split('')
    .map((c) => {
      const lower = c.toLowerCase();
      return lower.length === 1 ? lower : c;
    })
    .join('');
}

/**
 * The range of the first occurrence of `needle` in the text of `root`
 * (white space, quotes, dashes and case folded), or null when it is not there.
 */
export function findTextRange(root: Element, needle: string, skip?: (el: Element) => boolean): Range | null {
  const wanted = needle.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  if (!wanted) return null;
  const index = indexText(root, skip);
  let at = index.text.indexOf(wanted);
  // Folding keeps every character's position (one character for one), so offsets still map.
  if (at === -1) at = fold(index.text).indexOf(fold(wanted));
  return at === -1 ? null : index.range(at, at + wanted.length);
}
