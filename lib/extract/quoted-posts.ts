/**
 * Quotes of earlier posts (issue #3). A forum reply quotes the post it
 * answers (XenForo's "X said: ... Click to expand...", phpBB's "X wrote:",
 * an answer quoting the question): the thread's text holds the quoted
 * words twice. A quote of a line or two is the context the reply answers,
 * read beside it; a quote of a paragraph or more is the earlier post over
 * again. WCXB's forum truth is divided (of 55 blockquotes repeating text of
 * their page, 41 are in the truth once, 12 twice), but keeping the long
 * ones once wins far more than it loses: WCXB-dev 2081 0.68 -> 0.99, 0515
 * 0.70 -> 0.96, 1674 0.75 -> 0.90, 0538 0.83 -> 0.98; 4564 0.96 -> 0.86 and
 * 0519 0.90 -> 0.86, whose truth keeps the copies. Shorter quotes (10
 * words and up) took 0519 to 0.85 and touched documentation (nginx's
 * syntax lines, 0684) and article pages (4258) for the worse.
 */
import { lowerWords, tripleAt } from '../text/words';

/** A quote of fewer words is a line or two, the context of the reply beside it. */
const MIN_QUOTE_WORDS = 25;
/** Share of the quote's word triples found earlier, at or above which it repeats what came before. */
const REPEATED_SHARE = 0.8;

/**
 * Drops each outermost <blockquote> under `root` whose words the content
 * before it already holds: a reply's copy of an earlier post. A quote of
 * someone else, which the text has not said yet, stays; so does the line
 * above it that names whom it quotes ("@JonB said in ..."), and a short
 * quote. Returns how many were dropped.
 */
export function dropRepeatedQuotes(root: Element): number {
  if (root.getElementsByTagName('blockquote').length === 0) return 0;
  const seen = new Set<string>();
  const recent: string[] = [];
  let dropped = 0;
  const addWords = (text: string) => {
    for (const w of lowerWords(text)) {
      recent.push(w);
      if (recent.length > 3) recent.shift();
      if (recent.length === 3) seen.add(tripleAt(recent, 0));
    }
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child;) {
      const next = child.nextSibling;
      if (child.nodeType === 3) addWords(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.localName === 'blockquote' && repeatsEarlier(el, seen)) {
          el.remove();
          dropped++;
        } else walk(el);
      }
      child = next;
    }
  };
  walk(root);
  return dropped;
}

function repeatsEarlier(quote: Element, seen: ReadonlySet<string>): boolean {
  const words = lowerWords(quote.textContent ?? '');
  if (words.length < MIN_QUOTE_WORDS) return false;
  let found = 0;
  for (let i = 0; i + 2 < words.length; i++) if (seen.has(tripleAt(words, i))) found++;
  return found >= REPEATED_SHARE * (words.length - 2);
}
