/**
 * Text direction (issue #3): the page's `dir` says it for the whole page,
 * but a mixed page (an English article quoting Arabic, a Hebrew page with
 * English code) needs it per block so that each paragraph reads right.
 */
import type { TextBlock } from '../text/blocks';
import { closestTag } from './walk';

const CODE = new Set(['pre', 'code']);

/**
 * The direction most of a text's strong characters are written in, or
 * undefined when it has none. Strong right-to-left characters are Hebrew,
 * Arabic, Syriac, Thaana, NKo... (U+0590-U+08FF) and their presentation
 * forms (U+FB1D-U+FDFF, U+FE70-U+FEFF); left-to-right ones are Latin, Greek,
 * Cyrillic, the Indic scripts, kana, CJK ideographs and Hangul. Counted one
 * code unit at a time: no range holds a surrogate, so a character outside
 * the Basic Multilingual Plane counts for neither, as it did when two
 * regular expressions listed every match (an array of one string per
 * letter of the article, issue #3's speed target).
 */
export function textDirection(text: string): 'ltr' | 'rtl' | undefined {
  let rtl = 0;
  let ltr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) ltr++;
    } else if ((c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) rtl++;
    else if (
      (c >= 0x00c0 && c <= 0x024f) ||
      (c >= 0x0370 && c <= 0x04ff) ||
      (c >= 0x0900 && c <= 0x0dff) ||
      (c >= 0x3040 && c <= 0x30ff) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xac00 && c <= 0xd7af)
    )
      ltr++;
  }
  if (rtl === 0 && ltr === 0) return undefined;
  return rtl > ltr ? 'rtl' : 'ltr';
}

/**
 * Gives each block whose own direction differs from the article's a `dir`
 * attribute (kept by the sanitizer), and returns the article's direction:
 * the declared one, else the one most of its text is written in.
 */
export function markBlockDirections(
  blocks: TextBlock[],
  declared: 'ltr' | 'rtl' | undefined,
): 'ltr' | 'rtl' | undefined {
  const dir =
    declared ??
    textDirection(
      blocks
        .map((b) => b.text)
        .join(' ')
        .slice(0, 5000),
    );
  if (!dir) return undefined;
  for (const block of blocks) {
    if (block.el.hasAttribute('dir')) continue;
    const own = textDirection(block.text);
    // Code keeps the article's direction; looked up only for the few blocks that differ.
    if (own && own !== dir && !closestTag(block.el, CODE)) block.el.setAttribute('dir', own);
  }
  return dir;
}
