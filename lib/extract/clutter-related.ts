/**
 * Related-story sections Readability keeps inside the article (issue #3):
 * a "Related stories" / "You may also like..." heading, perhaps a line
 * introducing the list, and the links under it.
 */
import { normalizeSpace } from '../text/blocks';
import { linkDensity, wordCount } from './clutter-rules';
import { elementsUnder } from './walk';

const RELATED_HEADING =
  /^(?:related(?: stories| articles| posts| content| coverage| news| links| reading| videos?)?|recommended(?: for you| reading| stories)?|read (?:also|more|next)|also read|more (?:stories|news|articles|coverage|from|on|in)\b.*|(?:more|recent|latest|popular)(?: [\w'’]+){0,3} (?:stories|news|articles|posts|reads)|popular (?:this|today|now)\b.*|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|trending(?: now| stories)?|most (?:popular|read|viewed|shared)|popular (?:posts|stories|articles)|latest (?:news|stories|articles|posts)|top stories|further reading|see also|don'?t miss|editor'?s picks|more to read|keep reading)\s*(?::|\.{3}|…)?$/i;

/** A line that only introduces the list after it. */
const INTRO_LINE = /^[^.!?]*\b(?:following|below|these|more)\b[^.!?]*:$/i;

const HEADING_LIKE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div']);

/**
 * A "Related stories" / "You may also like" heading followed by a block of
 * links: both go. A heading like "Related work" followed by prose stays.
 */
export function removeRelatedSections(root: Element): void {
  for (const h of elementsUnder(root).filter((e) => HEADING_LIKE.has(e.localName))) {
    // Cheap checks first: a div's textContent is its whole subtree.
    if (h.tagName === 'DIV' && h.children.length > 1) continue;
    if (!root.contains(h)) continue;
    const text = normalizeSpace(h.textContent ?? '');
    if (text.length > 60 || !RELATED_HEADING.test(text)) continue;
    let next = h.nextElementSibling;
    let nextText = next ? normalizeSpace(next.textContent ?? '') : '';
    // "You may also be interested in the following articles:" between the heading and its links.
    const intro = next && INTRO_LINE.test(nextText) && wordCount(nextText) <= 15 ? next : null;
    if (intro) {
      next = intro.nextElementSibling;
      nextText = next ? normalizeSpace(next.textContent ?? '') : '';
    }
    if (next && nextText && (linkDensity(next, nextText) >= 0.6 || isLinkList(next))) {
      let sib: Element | null = next;
      while (sib) {
        const s = normalizeSpace(sib.textContent ?? '');
        if (s && linkDensity(sib, s) < 0.6 && !isLinkList(sib)) break;
        const following: Element | null = sib.nextElementSibling;
        sib.remove();
        sib = following;
      }
      intro?.remove();
      h.remove();
    } else if (!intro && (!next || !nextText)) {
      // A lone heading at the end of the article: its links were already removed.
      h.remove();
    }
  }
}

/**
 * A list of teasers, each item a short headline with a link in it ("YouTubers
 * must unionize, <a>no matter what Google says</a>"): under a related
 * heading, that is the related list even when half its words are unlinked.
 */
function isLinkList(el: Element): boolean {
  if (el.localName !== 'ul' && el.localName !== 'ol') return false;
  const items = [...el.children].filter((c) => c.localName === 'li');
  return (
    items.length > 0 &&
    items.every((li) => elementsUnder(li).some((e) => e.localName === 'a') && wordCount(li.textContent ?? '') <= 20)
  );
}
