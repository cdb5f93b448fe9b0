/**
 * A forum post's user card and signature (issue #3): the poster's name,
 * rank, join date, post count and badges beside every post, and the lines
 * they sign every post with. Once the thread's main content replaces
 * Readability's pick, they repeat in every post and outweigh short replies
 * (WCXB-dev forum pages: XenForo's `message-user`, phpBB's `postprofile`,
 * Stack Exchange's `user-info`, Invision's `cAuthorPane`). Read from class
 * and id words, as main-content.ts reads other furniture.
 */

/**
 * Class or id words of a user card or a signature, dash- or
 * underscore-separated. A signature is a post's or a message's, or a class
 * of that one word: a "signature-dish" or a "signature collection" is not one.
 */
const CARD_WORDS =
  /(?:^|[\s_-])(?:(?:user|author|poster|member)-?(?:info|details|extras|card|pane|stats)|postprofile|(?:post|message|user)-?signature)(?:$|[\s_-])|(?:^|\s)signature(?:$|\s)/i;
/** The same in camelCase after a prefix (`cAuthorPane`, `message-userExtras`). */
const CAMEL_CARD_WORDS = /[a-z](?:User|Author|Poster)(?:Info|Details|Extras|Card|Pane|Stats)(?:$|[\s_A-Z-])/;

/**
 * A card or a signature is a few lines: a container named for a layout of
 * posts with cards (phpBB's `postprofile_container` around a whole thread,
 * WCXB-dev 0560) is not one.
 */
const MAX_CARD_WORDS = 80;

/**
 * True when `el`, whose class and id words are `words`, is a user card or a
 * signature: named for one, and short.
 */
export function isUserCard(el: Element, words: string): boolean {
  if (!CARD_WORDS.test(words) && !CAMEL_CARD_WORDS.test(words)) return false;
  return (el.textContent ?? '').split(/\s+/, MAX_CARD_WORDS + 2).filter(Boolean).length <= MAX_CARD_WORDS;
}
