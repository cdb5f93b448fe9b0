/**
 * Is this page an article? (issue #3) Readability always returns its best
 * candidate; on a listing, product, search or forum page that is not an
 * article, and the popup should say so rather than show it as one.
 */
import type { TextBlock } from '../text/blocks';
import { linkDensity, wordCount } from './clutter-rules';

const ARTICLE_TYPES =
  /^(?:(?:News|Report|Scholarly|Tech|Blog|Opinion|Analysis|Review|Satirical)?Article|BlogPosting|LiveBlogPosting|Recipe|HowTo)$/;
const OTHER_TYPES =
  /^(?:Product|ProductGroup|Offer|AggregateOffer|ItemList|CollectionPage|SearchResultsPage|ProfilePage|QAPage|DiscussionForumPosting|SoftwareApplication|Event|JobPosting|RealEstateListing)$/;

/** What the signal looks at. */
export interface ArticleEvidence {
  /** Mozilla's `isProbablyReaderable` on the prepared page. */
  readerable: boolean;
  /** schema.org `@type`s of the page's JSON-LD. */
  schemaTypes: string[];
  /** schema.org types of its outermost microdata items (metadata.ts). */
  itemTypes?: string[];
  /** The page's `og:type`, if any. */
  ogType?: string;
  /** The extracted content and its blocks. */
  content: Element;
  blocks: TextBlock[];
}

/** True when the page's JSON-LD says it is a product, a list, a Q&A page... */
const declaresOtherType = (schemaTypes: string[]) => schemaTypes.some((t) => OTHER_TYPES.test(t));

/**
 * True when the page says it is an article: a schema.org article type, or
 * `og:type` article where its JSON-LD does not say it is something else. A
 * shop's theme often writes `og:type` article on every page, its product
 * and category pages included, beside a Product or an ItemList (fixture
 * product-declared-article; WCXB-dev 0593, 2934, 2973).
 */
export function declaresArticle(schemaTypes: string[], ogType: string | undefined): boolean {
  return schemaTypes.some((t) => ARTICLE_TYPES.test(t)) || (ogType === 'article' && !declaresOtherType(schemaTypes));
}

/** True when the extracted content reads as an article rather than a list of links or a product. */
export function looksLikeArticle(e: ArticleEvidence): boolean {
  const declaredArticle = declaresArticle(e.schemaTypes, e.ogType);
  // Microdata only ever says what a page is not: a theme's Article item around a
  // question list (WCXB-dev 2903) would keep the page from its main content.
  const declaredOther =
    declaresOtherType(e.schemaTypes) ||
    declaresOtherType(e.itemTypes ?? []) ||
    /^(?:product|profile)/.test(e.ogType ?? '');
  const text = e.blocks.map((b) => b.text).join(' ');
  const words = wordCount(text);
  const ld = linkDensity(e.content, text);
  // A listing: most blocks are short links (teasers, search results, category pages).
  const linkBlocks = e.blocks.filter((b) => {
    const w = wordCount(b.text);
    return w > 0 && w <= 25 && b.el !== e.content && linkDensity(b.el, b.text) >= 0.7;
  }).length;
  const listing = (linkBlocks >= 6 && linkBlocks >= e.blocks.length * 0.4) || ld > 0.45;
  if (listing) return false;
  if (declaredOther && !declaredArticle) return false;
  if (declaredArticle && words >= 100) return true;
  return e.readerable || words >= 350;
}
