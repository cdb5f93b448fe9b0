/**
 * Reading-time estimate: 238 words a minute for space-separated scripts,
 * about 500 characters a minute for Chinese, Japanese and Korean, which are
 * written without spaces (issue #2).
 */

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
export const WORDS_PER_MINUTE = 238;
export const CJK_CHARS_PER_MINUTE = 500;

/** Counts words, counting each CJK character apart from the words around it. */
export function countWords(text: string): { words: number; cjkChars: number } {
  const cjkChars = (text.match(CJK) ?? []).length;
  const rest = text.replace(CJK, ' ');
  const words = (rest.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;
  return { words, cjkChars };
}

/** Minutes to read `text`, at least 1 for any non-empty text. */
export function readingMinutes(text: string): number {
  return minutesToRead(countWords(text));
}

/** `readingMinutes` of a text whose words are counted already (`countWords`). */
export function minutesToRead({ words, cjkChars }: { words: number; cjkChars: number }): number {
  const minutes = words / WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE;
  if (minutes === 0) return 0;
  return Math.max(1, Math.round(minutes));
}
