/**
 * Removes blocks Readability keeps but readers do not want (issue #3): ad
 * labels, read-also links, sign-up boxes, prompts, share text, credit
 * lines, datelines, breadcrumbs, previous/next links, repeated captions,
 * the headline printed again above the story, lists of other stories' headlines.
 * Each block is judged by what it is (its text, its links, the hint its
 * page furniture left), never by site. A block of prose is always kept.
 */
import { normalizeSpace, textBlocks, type TextBlock } from '../text/blocks';
import { HINT_ATTR, type Hint } from './hints';
import { clutterKind, holdsOnly, linkDensity, wordCount } from './clutter-rules';
import { removeAuthorBoxes } from './clutter-bio';
import { proseSpan } from './clutter-notices';
import { removeRelatedSections, removeTeaserLists, removeTeaserPosts } from './clutter-related';
import { siteOf } from './urls';
import { isStandfirst, repeatsTitle, type PageHeads } from './clutter-title';
import { elementsUnder } from './walk';

/** Hinted containers larger than this many words are never dropped whole. */
const MAX_HINTED_WORDS = 80;

/** What the clutter pass took out of the article that the reader still sees elsewhere. */
export interface Removed {
  /**
   * The standfirst (dek) above the story, taken out of the body because it
   * stands apart from it, and shown under the title instead: it is the
   * editor's summary, not clutter.
   */
  standfirst?: string;
}

/**
 * Removes clutter blocks from extracted article content, in place.
 * `pageUrl` is the page's own address: the document may be a copy parsed
 * under the extension's (utils/offscreen.ts), which says nothing of the site.
 * `heads` are the page's titles and descriptions (clutter-title.ts pageHeads).
 */
export function removeClutter(root: Element, pageUrl: string, heads: PageHeads): Removed {
  // Read once: no pass below gives an element a hint.
  const hinted = elementsUnder(root).filter((e) => e.hasAttribute(HINT_ATTR));
  removeHintedFurniture(root, hinted);
  removeRelatedSections(root);
  removeTeaserPosts(root);
  const removed: Removed = {};
  const captions = new Set(hinted.filter((e) => e.getAttribute(HINT_ATTR) === 'caption'));
  const kept = removeClutterBlocks(root, heads, siteOf(pageUrl), removed, captions);
  // After the blocks: a "Follow us ..." paragraph below the list no longer hides that it ends the article.
  removeTeaserLists(root, pageUrl);
  removeAuthorBoxes(kept.filter((b) => root.contains(b.el)));
  pruneEmpty(root);
  // Hints were for this pass only; the article HTML does not carry them.
  for (const el of hinted) el.removeAttribute(HINT_ATTR);
  return removed;
}

const DROP_HINTS = new Set<Hint>(['breadcrumb', 'share', 'related', 'newsletter', 'ad', 'tags', 'comments']);

/**
 * Page furniture Readability kept: a small container whose class or label
 * said "share", "related", "breadcrumb"... and whose text agrees (mostly
 * links, or a few words).
 */
function removeHintedFurniture(root: Element, hinted: Element[]): void {
  for (const el of hinted) {
    if (!root.contains(el)) continue;
    const hint = el.getAttribute(HINT_ATTR) as Hint;
    const text = normalizeSpace(el.textContent ?? '');
    const words = wordCount(text);
    if (words > MAX_HINTED_WORDS) continue;
    if (hasMedia(el) && hint !== 'ad') continue;
    const ld = linkDensity(el, text);
    if (DROP_HINTS.has(hint) && (ld >= 0.5 || words <= 25)) el.remove();
    else if (hint === 'credit' && words <= 12) el.remove();
    else if ((hint === 'byline' || hint === 'meta') && words <= 25 && !/[.!?]\s+\p{Lu}/u.test(text)) el.remove();
  }
}

/**
 * Judges every text block by its own text; drops the element when it holds
 * nothing else. Returns the blocks it kept, for the passes that read blocks
 * in sequence (a second textBlocks walk would cost as much as this one),
 * and notes in `removed` the standfirst it took out.
 */
function removeClutterBlocks(
  root: Element,
  { titles, descriptions }: PageHeads,
  site: string | undefined,
  removed: Removed,
  captions: ReadonlySet<Element>,
): TextBlock[] {
  const blocks = textBlocks(root);
  const kept: TextBlock[] = [];
  // Where each text was last seen, and whether that copy was a caption.
  const seen = new Map<string, { index: number; caption: boolean }>();
  const span = proseSpan(
    blocks.map((b) => b.text),
    wordCount,
  );
  blocks.forEach((block, index) => {
    const el = block.el;
    if (el === root || !root.contains(el)) return;
    // Table cells repeat short values and numbers by nature: data, not clutter.
    if (hasAncestor(el, root, (a) => a.tagName === 'TD' || a.tagName === 'TH')) {
      kept.push(block);
      return;
    }
    // The top of the story is counted in blocks kept: a page's header may
    // leave "Sign In", a menu and a "Breaking News" label above the headline,
    // which this pass drops (Scrapinghub's Hearst pages).
    const top = { el, text: block.text, index, position: kept.length, span };
    const kind =
      clutterKind(block.text, { el, index, total: blocks.length, span, site }) ??
      (repeatsTitle(top, titles) ? 'title' : isStandfirst(top, root, descriptions) ? 'standfirst' : undefined);
    const key = block.text.toLowerCase();
    const caption = isCaption(el, root, captions);
    const before = seen.get(key);
    // A caption the page repeats (galleries, "image caption" copies next to
    // the figure), or a line repeated right after itself. Articles repeat
    // lines of their own far apart (a meal plan's "Eat every 2–3 hours", an
    // interview's questions to each guest): those stay (fixture repeated-lines).
    const repeated =
      !!before &&
      (before.caption || caption || index - before.index <= 2) &&
      wordCount(block.text) >= 3 &&
      wordCount(block.text) <= 60 &&
      !/^(?:H\d|LI|DT|DD)$/.test(el.tagName);
    seen.set(key, { index, caption: caption || !!before?.caption });
    if (!kind && !repeated) {
      kept.push(block);
      return;
    }
    if (kind === 'standfirst') removed.standfirst ??= block.text;
    // Only now: an element's textContent is its whole subtree.
    if (holdsOnly(el, block.text)) removeWithEmptyParents(el, root);
    else removeTextOf(el, block.text);
  });
  return kept;
}

/**
 * The element also holds other blocks (text directly in a div next to
 * paragraphs): remove just the inline run that made this block, when it
 * can be found as one element or text node.
 */
function removeTextOf(el: Element, text: string): void {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    const t = normalizeSpace(child.textContent ?? '');
    if (t === text) {
      child.parentNode?.removeChild(child);
      return;
    }
  }
}

function removeWithEmptyParents(el: Element, root: Element): void {
  let target = el;
  while (target.parentElement && target.parentElement !== root && isOnlyChild(target)) target = target.parentElement;
  if (hasMedia(target) && !hasMedia(el)) target = el;
  target.remove();
}

function isOnlyChild(el: Element): boolean {
  const parent = el.parentElement!;
  return (
    parent.children.length === 1 && normalizeSpace(parent.textContent ?? '') === normalizeSpace(el.textContent ?? '')
  );
}

/**
 * A figure's caption, or a block the page's furniture called one.
 * @param captions the elements hinted as captions (a set: a lookup of the hint at every ancestor of every block cost more)
 */
function isCaption(el: Element, root: Element, captions: ReadonlySet<Element>): boolean {
  return hasAncestor(el, root, (a) => a.tagName === 'FIGURE' || a.tagName === 'FIGCAPTION' || captions.has(a));
}

/**
 * Whether `el` or an ancestor below `root` passes `test`: a plain walk, as
 * jsdom's `closest` matches a selector at every step and this runs per block.
 */
function hasAncestor(el: Element, root: Element, test: (a: Element) => boolean): boolean {
  for (let a: Element | null = el; a && a !== root; a = a.parentElement) if (test(a)) return true;
  return false;
}

const MEDIA = new Set(['img', 'picture', 'video', 'table']);

/** `el` is or holds an image, video or table (a walk: jsdom's selector engine is slow). */
function hasMedia(el: Element): boolean {
  if (MEDIA.has(el.localName) || el.localName === 'figure') return true;
  return elementsUnder(el).some((e) => MEDIA.has(e.localName));
}

const PRUNABLE = new Set([
  'DIV',
  'SECTION',
  'P',
  'UL',
  'OL',
  'LI',
  'SPAN',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);
const KEEP_EMPTY = new Set([
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'FIGURE',
  'TABLE',
  'BR',
  'HR',
  'IFRAME',
  'SOURCE',
  'CANVAS',
]);

/**
 * Drops containers left with neither text nor media, children before
 * parents in one pass (textContent per element would be quadratic). A span
 * of spaces is the space between two words, or a line's indent, in
 * highlighted code (`<span class="k">def</span><span class="w"> </span>`):
 * its spaces stay (fixture code-spaces; "defaccumulate" otherwise).
 */
function pruneEmpty(root: Element): void {
  const all = elementsUnder(root);
  const filled = new Set<Element>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    let has = KEEP_EMPTY.has(el.tagName.toUpperCase());
    for (let n = el.firstChild; n && !has; n = n.nextSibling) {
      if (n.nodeType === 3) has = /\S/.test(n.nodeValue ?? '');
      else if (n.nodeType === 1) has = filled.has(n as Element);
    }
    if (has) filled.add(el);
    else if (el.localName === 'span' && el.textContent) el.replaceWith(el.textContent);
    else if (PRUNABLE.has(el.tagName.toUpperCase())) el.remove();
  }
}
