/**
 * Paragraphs that hold a block (issue #3). Readability turns a <div> into a
 * <p> when the div holds none of the blocks on its list, and headings are
 * not on it: `<div><h2>Title</h2>Text</div>` comes out as a paragraph
 * holding a heading. The HTML parser never builds that tree: it closes the
 * <p> before the heading, leaves the text after it outside any paragraph
 * and turns the closing </p> into an empty one. Serialized as it is, the
 * article would be shown as that other tree; the sanitizer noticed and
 * parsed the article once more to store what is shown (about one article
 * in seven, tens of milliseconds each: issue #3's speed target), and the
 * text after the heading lost its paragraph.
 */
import { CLOSES_P } from '../sanitize-parses-back';
import { BLOCK_ATTR } from '../points/units';
import { elementsUnder } from './walk';

/**
 * Splits each paragraph of `root` where the parser would close it: each run
 * of text and inline elements between its blocks stays a paragraph with the
 * same attributes (its direction), the blocks stand between them, and a run
 * of nothing but white space is left bare. In place. The block number stays
 * on the first run only: the reader finds a point's or a spoken sentence's
 * block by its number, and offsets into the first run's text would land on
 * the wrong words in a later one (which the parser left unnumbered too).
 */
export function splitParagraphsAtBlocks(root: Element): void {
  for (const p of elementsUnder(root)) {
    if (p.localName !== 'p' || !holdsBlock(p)) continue;
    const pieces: Node[] = [];
    let run: Node[] = [];
    // The paragraph keeps the first run that has text; copies of it hold the later ones.
    let holder: Element | undefined;
    const flush = () => {
      if (run.every(isBlank)) pieces.push(...run);
      else {
        const next = holder ? (p.cloneNode(false) as Element) : p;
        if (holder) next.removeAttribute(BLOCK_ATTR);
        holder = next;
        next.append(...run);
        pieces.push(next);
      }
      run = [];
    };
    for (const child of Array.from(p.childNodes)) {
      if (child.nodeType === 1 && CLOSES_P.has((child as Element).localName)) {
        flush();
        pieces.push(child);
      } else run.push(child);
    }
    flush();
    // Where the paragraph was, in order; without it when all it held was blocks and white space.
    p.replaceWith(...pieces);
  }
}

const holdsBlock = (p: Element): boolean => {
  for (let c = p.firstElementChild; c; c = c.nextElementSibling) if (CLOSES_P.has(c.localName)) return true;
  return false;
};

const isBlank = (node: Node): boolean => node.nodeType === 3 && !/[^\t\n\f\r ]/.test(node.nodeValue ?? '');
