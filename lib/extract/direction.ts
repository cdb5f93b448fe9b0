/**
 * Text direction (issue #3): the page's `dir` says it for the whole page,
 * but a mixed page (an English article quoting Arabic, a Hebrew page with
 * English code) needs it per block so that each paragraph reads right.
 */
import type { TextBlock } from '../text/blocks';
import { closestTag } from './walk';

const CODE = new Set(['pre', 'code']);

const RTL_CHARS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/gu;
const LTR_CHARS =
  /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0900-\u0dff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/gu;

/** The direction most of a text's strong characters are written in, or undefined when it has none. */
export function textDirection(text: string): 'ltr' | 'rtl' | undefined {
  const rtl = text.match(RTL_CHARS)?.length ?? 0;
  const ltr = text.match(LTR_CHARS)?.length ?? 0;
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
