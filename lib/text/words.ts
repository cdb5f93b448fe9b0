/**
 * A text's words as the extraction's comparisons read them: runs of
 * letters and digits, lower case. One definition for every test that asks
 * whether a block's words stand elsewhere in the page (a phone's copy, a
 * quoted post, a title's copy, the pick within the main content), so that
 * no two of them split a text differently.
 */

/** The words of `text`, lower case, in order. */
export const lowerWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The three words from `words[i]` on, as one key: the unit a repeated passage is found by. */
export const tripleAt = (words: readonly string[], i: number): string => `${words[i]} ${words[i + 1]} ${words[i + 2]}`;
