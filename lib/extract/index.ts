import { Readability } from '@mozilla/readability';
import type { ExtractOptions, ExtractResult, ExtractedArticle } from '../types';
import { sanitizeElement } from '../sanitize';
import { blockText, textBlocks, type TextBlock } from '../text/blocks';
import { countWords, minutesToRead } from '../text/reading-time';
import { findFaq, scanPage } from '../faq';
import { findPageSummary, pickPoints } from '../points';
import { dropNavigation, prepareDocument } from './prepare';
import { removeClutter } from './clutter';
import { dropRepeatedQuotes } from './quoted-posts';
import { pageHeads } from './clutter-title';
import { readMetadata } from './metadata';
import { FLATTEN_BELOW_DEPTH, boundNesting, measureNesting } from './bounds';
import { declaresArticle, looksLikeArticle } from './article-signal';
import { markBlockDirections } from './direction';
import { timed } from './timing';
import { isProbablyReaderable } from './readerable';
import { tooLargeReason } from './limits';
import { unwrapContentNoscript } from './noscript';
import { placeStreamedContent } from './streamed';
import { unmaskProse } from './prose-classes';
import { IMAGE_ADDRESSES, absolutizeUrls } from './urls';
import { elementsUnder, elementsWithin } from './walk';
import { findMainRegion, mayReplacePick, pickCoverage, preferMainContent } from './main-content';
import { pickIsOneOfPeers } from './main-content-peers';
import { lacksProseOfPick } from './main-content-prose';
import { notAStory, standsApart } from './pick-sentences';
import { keepContentBlocks, type MainContent } from './main-content-blocks';
import { settleForms } from './forms';
import { dropSmallScreenCopies } from './small-screen';
import { splitParagraphsAtBlocks } from './paragraphs';
import { BLOCK_ATTR } from '../points/units';
import { dropShopperReviews } from './shopper-reviews';

export { MAX_ELEMENTS, MAX_TEXT_CHARS } from './limits';

/**
 * A page that does not look readerable has no article unless one of its
 * blocks is at least this many words of prose: a two-paragraph breaking-news
 * story has one, a login form or an error page does not.
 */
export const MIN_PROSE_BLOCK_WORDS = 20;
/**
 * ...or the main content has at least this many words: a listing or a
 * product page is returned as its main content, flagged `isArticle: false`,
 * rather than refused (issue #3).
 */
export const MIN_CONTENT_WORDS = 60;

/** Attribute that numbers the article's text blocks, for points and highlights (one definition, in lib/points). */
export { BLOCK_ATTR };

/**
 * Extracts the article from a document the caller owns (a clone of the live
 * page, or a jsdom document): the document is changed in place.
 * Never throws: every failure comes back as `{ ok: false, kind, message }`.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  try {
    const steps = extractInSteps(doc, options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  } catch (err) {
    return failure(err);
  }
}

/** How `extractArticlePausing` gives the thread back. */
export interface Pausing {
  /** Waits for other work; by default until the next task. */
  pause?: () => Promise<void>;
  /**
   * Runs steps back to back until this many milliseconds have passed since
   * the last pause (default 8, half a frame). Pausing after every step cost
   * the popup's first paint about 6 ms in Chrome (bench:ui breakdown): each
   * pause is a task that waits its turn, and most steps take a millisecond.
   */
  sliceMs?: number;
}

/**
 * The same extraction, pausing between its steps, so that a page sharing the
 * thread (the popup, beside Chrome's offscreen document) can still paint and
 * answer between them. The longest stretch without a pause is then one step
 * (Readability's parse, at most) plus the slice.
 */
export async function extractArticlePausing(
  doc: Document,
  options: ExtractOptions = {},
  { pause = nextTask, sliceMs = 8 }: Pausing = {},
): Promise<ExtractResult> {
  try {
    const steps = extractInSteps(doc, options);
    let sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - sliceStart < sliceMs) continue;
      await pause();
      sliceStart = performance.now();
    }
  } catch (err) {
    return failure(err);
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const failure = (err: unknown): ExtractResult => ({
  ok: false,
  kind: 'error',
  message: err instanceof Error ? err.message : String(err),
});

/**
 * What the article keeps of the page's forms and second copies, on
 * Readability's pick and again on the main content that may replace it:
 * a sign-up or search form goes, a product's options stay as plain text
 * (forms.ts); a block written a second time for phones goes when the rest
 * already says it (small-screen.ts), and so does a reply's quote of an
 * earlier post (quoted-posts.ts).
 */
function settleContent(content: Element): void {
  timed('settleForms', () => settleForms(content));
  timed('smallScreenCopies', () => dropSmallScreenCopies(content));
  timed('repeatedQuotes', () => dropRepeatedQuotes(content));
}

/** The pipeline; each `yield` is a point where the caller may pause. */
function* extractInSteps(doc: Document, options: ExtractOptions): Generator<void, ExtractResult, void> {
  // A clone of the live page has no window of its own: sanitize with the global one.
  const win = doc.defaultView ?? (typeof window !== 'undefined' ? window : null);
  if (!win) throw new Error('The document has no window to sanitize with.');
  const url = options.url ?? doc.URL;
  // One walk of the body, read-only, for both bounds: how deep it nests and
  // how many elements it has (the limit read the page once more for it).
  const nesting = doc.body ? timed('boundNesting', () => measureNesting(doc.body, FLATTEN_BELOW_DEPTH)) : undefined;
  const bodyElements = nesting && !nesting.deeper ? nesting.elements : undefined;
  const tooLarge = timed('limits', () => tooLargeReason(doc, options, bodyElements));
  if (tooLarge) return { ok: false, kind: 'too-large', message: tooLarge };

  if (doc.body && nesting?.deeper) timed('boundNesting', () => boundNesting(doc.body, true));
  // Where scripts did not run, a script-built page's content is its <noscript> fallback.
  if (doc.body) timed('noscript', () => unwrapContentNoscript(doc.body));
  // Likewise a streamed page's late parts, still hidden at the end of its body.
  if (doc.body) timed('streamed', () => placeStreamedContent(doc.body));
  const base = options.baseUrl;
  // Before the FAQ, whose answers keep their links, and before Readability.
  if (base && doc.body) absolutizeUrls(doc.body, base);
  // The FAQ finders' walk of the page also files the tags the metadata is
  // read from: one walk of the whole page instead of two.
  const scan = options.faq === false ? undefined : timed('findFaq', () => scanPage(doc));
  const meta = timed('readMetadata', () => readMetadata(doc, url, scan?.metadataTags, scan?.itemTypes));
  yield;
  const clean = options.clean !== false;
  // Before prepareDocument, which drops hidden elements: a collapsed
  // accordion's answers are hidden (inline display:none, `hidden`) on live pages.
  const foundFaq = scan ? timed('findFaq', () => findFaq(doc, scan)) : [];
  yield;
  const navigation = clean ? timed('prepareDocument', () => prepareDocument(doc)) : [];
  // Lazy images got their real, possibly relative, addresses just now.
  if (base && clean && doc.body) absolutizeUrls(doc.body, base, IMAGE_ADDRESSES);
  yield;
  // The page's elements, listed once for the two steps below that read them
  // all (readerable, page summary): nothing changes the page in between.
  const elements = timed('isProbablyReaderable', () => elementsUnder(doc.documentElement));
  const looksReaderable = timed('isProbablyReaderable', () => isProbablyReaderable(doc, elements));
  // Copied before Readability, which moves and drops the page's nodes; its
  // blocks are judged only when the page turns out not to be an article.
  // A page that declares itself an article keeps Readability's pick: on
  // news pages the region around the story also holds teasers and comments
  // (Scrapinghub pages lost up to 0.7 F1 to it).
  const declared = declaresArticle(meta.schemaTypes, meta.ogType);
  const region = clean && !declared ? timed('findMainRegion', () => findMainRegion(doc)) : undefined;
  let main: MainContent | undefined | null = null;
  const mainContent = () => (main === null ? (main = region && keepContentBlocks(region)) : main);
  // The whole page's text only where no region was found: a page whose text is all furniture.
  // Read now only where Readability's pick may yet be refused (a page that
  // does not look readerable, below): otherwise the page has no article only
  // when Readability finds nothing, and then it leaves the body as it found
  // it (restored from its own copy), to be read after. A full walk of the
  // body saved on most articles.
  const wantsFallback = !!options.fallbackText && !!doc.body && !region;
  const bodyText = () => (doc.body ? blockText(doc.body) : undefined);
  const earlyFallback = wantsFallback && !looksReaderable ? bodyText() : undefined;
  const fallbackText = () => (!wantsFallback ? undefined : looksReaderable ? bodyText() : earlyFallback);
  // Before Readability, which often drops a "Key takeaways" box (issue #5).
  const pageSummary =
    options.points === 0
      ? undefined
      : timed('findPageSummary', () => findPageSummary(doc, doc.body ? elementsWithin(elements, doc.body) : undefined));

  // The page's main content, or failing that all its text (the popup offers it).
  const pageText = () => {
    if (!options.fallbackText) return {};
    const kept = timed('mainContent', mainContent)?.el;
    const found = kept ? blockText(kept) : fallbackText();
    return found ? { pageText: found } : {};
  };
  const noArticle = (): ExtractResult => ({
    ok: false,
    kind: 'no-article',
    message: 'No article was found on this page.',
    ...pageText(),
  });

  yield;
  // After every step that reads the whole page, before Readability.
  if (navigation.length > 0) timed('dropNavigation', () => dropNavigation(navigation));
  // Last: Readability reads the classes next; every step before read them as the page wrote them.
  if (clean && doc.body) timed('unmaskProse', () => unmaskProse(doc.body));
  const parsed = timed('readability', () =>
    new Readability<Element>(doc, { serializer: (el) => el as Element }).parse(),
  );
  const picked = parsed?.content;
  if (!parsed || !picked || !picked.textContent?.trim()) return noArticle();
  let content: Element = picked;

  yield;
  // Before removeClutter, which takes the hints off: a shop's reviews are
  // not its product (shopper-reviews.ts); a story's comments are clutter's.
  if (clean && !declared) timed('shopperReviews', () => dropShopperReviews(content));
  // The standfirst taken out of the pick is shown under the title; the
  // points, just below it, then come from the story instead of repeating it.
  let standfirst = clean
    ? timed('removeClutter', () => removeClutter(content, url, pageHeads(meta))).standfirst
    : undefined;
  settleContent(content);
  let blocks = timed('numberBlocks', () => numberBlocks(content));
  let text = blocks.map((b) => b.text).join('\n\n');
  let counted = countWords(text);
  // Readability always returns its best candidate; a few lines of a login
  // form or an error page are not an article (fixture no-article).
  if (
    !looksReaderable &&
    counted.words < MIN_CONTENT_WORDS &&
    !blocks.some((b) => countWords(b.text).words >= MIN_PROSE_BLOCK_WORDS)
  ) {
    return noArticle();
  }
  // On a page that is not an article, Readability's pick is often one post,
  // one blurb or one product box: the page's main content replaces it
  // (fixtures forum-thread, product-page). On a page that reads as an
  // article, only when the pick is a fragment (under 35% of the main
  // content: fixture forum-replies-dropped, where Readability drops the
  // replies by their class) and under 100 words (fixture
  // article-long-comments; WCXB 0396, 4456, 4281: a short story among
  // teasers), or when the rest is mostly paragraphs the pick lacks, some
  // of them before its end: then the pick is one section of a longer text
  // (fixture article-lost-sections, main-content-prose.ts), or when it is
  // no story (pick-sentences.ts): a grid of one-line blurbs without a
  // paragraph, a review filter not written in sentences. Otherwise the
  // pick is usually the article and the rest teasers, sidebars and
  // comments. Swapping there at 60% made six pages worse than Readability
  // by 0.05 or more (bench:extract --sample 6: WCXB 0396, 4456, 4281, 0525,
  // 2845 and Scrapinghub f6ac15a4) and cost 0.6 points of F1 on article
  // pages.
  const evidence = {
    readerable: looksReaderable,
    schemaTypes: meta.schemaTypes,
    itemTypes: meta.itemTypes,
    ogType: meta.ogType,
    content,
    blocks,
  };
  const isArticle = timed('looksLikeArticle', () => looksLikeArticle(evidence));
  // Asked once, before the main content is built from the region's copy.
  let peers: boolean | undefined;
  const oneOfPeers = () =>
    (peers ??= !!region && timed('pickPeers', () => pickIsOneOfPeers(region.copy, blocks, counted.words)));
  const pick = {
    oneOfPeers,
    regionWords: () => (region ? countWords(region.copy.textContent ?? '').words : 0),
    notAStory: () => notAStory(blocks, counted.words),
    lacksProse: () => {
      const built = mainContent();
      return !!built && lacksProseOfPick(textBlocks(built.el), blocks, counted.words);
    },
  };
  const kept = region && mayReplacePick(isArticle, counted.words, pick) ? timed('mainContent', mainContent) : undefined;
  const keptText = kept && kept.words > counted.words ? blockText(kept.el) : undefined;
  if (
    kept &&
    keptText !== undefined &&
    preferMainContent(pickCoverage(keptText, text), isArticle, counted.words, pick) &&
    // A page that reads as an article keeps a long pick the main content lacks already (mayReplacePick, lacksProse).
    (isArticle || !standsApart(blocks, pickCoverage(text, keptText)))
  ) {
    content = kept.el;
    // The main content was not cleaned: a standfirst is still in it.
    standfirst = undefined;
    // Readability makes its pick's links absolute; the sanitizer drops relative ones.
    absolutizeUrls(content, base ?? doc.baseURI);
    settleContent(content);
    blocks = numberBlocks(content);
    text = blocks.map((b) => b.text).join('\n\n');
    counted = countWords(text);
  }
  const { words, cjkChars } = counted;
  const title = meta.title ?? parsed.title ?? doc.title ?? '';
  const lang = meta.lang ?? parsed.lang ?? undefined;
  const pointCount = options.points ?? 4;
  const { points, source: pointsSource } =
    pointCount > 0
      ? timed('pickPoints', () => pickPoints({ title, lang, blocks, count: pointCount, pageSummary }))
      : { points: [], source: 'none' as const };
  yield;
  const declaredDir = meta.dir ?? (parsed.dir === 'rtl' ? 'rtl' : parsed.dir === 'ltr' ? 'ltr' : undefined);
  // Before sanitizing, so that the per-block dir attributes reach the HTML.
  const dir = timed('directions', () => markBlockDirections(blocks, declaredDir));

  yield;
  // Last, after every step that reads the blocks: the HTML parser would split
  // them anyway, and the sanitizer then parsed the article once more.
  timed('splitParagraphs', () => splitParagraphsAtBlocks(content));
  const html = timed('sanitize', () => sanitizeElement(content, win));
  // An anchor the reader cannot scroll to is worse than none.
  const faq = foundFaq.map(({ anchor, ...entry }) =>
    anchor && html.includes(`data-precis-anchor="${anchor}"`) ? { ...entry, anchor } : entry,
  );

  const article: ExtractedArticle = {
    url,
    canonicalUrl: meta.canonicalUrl,
    title,
    byline: meta.byline ?? parsed.byline ?? undefined,
    siteName: meta.siteName ?? parsed.siteName ?? undefined,
    lang,
    dir,
    publishedTime: meta.publishedTime,
    excerpt: meta.excerpt ?? parsed.excerpt ?? undefined,
    ...(standfirst ? { standfirst } : {}),
    leadImage: meta.leadImage,
    html,
    text,
    wordCount: words + cjkChars,
    // Counted above, from the same text: a second count cost a pass over the article.
    readingMinutes: minutesToRead(counted),
    faq,
    points,
    pointsSource,
    isArticle,
  };
  return { ok: true, article };
}

/** Numbers each element that holds a block of text, so a point can name where it stands. */
function numberBlocks(root: Element): TextBlock[] {
  const blocks = textBlocks(root);
  const seen = new Map<Element, number>();
  for (const block of blocks) {
    if (block.el === root || seen.has(block.el)) continue;
    seen.set(block.el, seen.size);
    block.el.setAttribute(BLOCK_ATTR, String(seen.size - 1));
  }
  return blocks;
}
