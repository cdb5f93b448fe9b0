/**
 * What a piece of page furniture is, read from its role, label, itemprop or
 * class/id words before Readability strips classes. The clutter pass uses a
 * hint only together with what the block's text looks like (issue #3).
 */

/** Attribute that carries a hint through Readability (it keeps data attributes). */
export const HINT_ATTR = 'data-precis-hint';

/** Kinds of page furniture Precis recognises. */
export type Hint =
  | 'breadcrumb'
  | 'share'
  | 'related'
  | 'newsletter'
  | 'ad'
  | 'caption'
  | 'credit'
  | 'byline'
  | 'meta'
  | 'tags'
  | 'comments'
  | 'reviews';

const CLASS_HINTS: [Hint, RegExp][] = [
  ['breadcrumb', /bread-?crumbs?|crumbs?(?:$|[\s_-])/i],
  ['share', /(?:^|[\s_-])(?:share|sharing|sharebar|social|sociable|addthis|shareaholic|sharethis)(?:$|[\s_-])/i],
  [
    'related',
    /(?:^|[\s_-])(?:related|recommended|recommendations|read-?more|more-?stories|also-?read|read-?also|read-?next|outbrain|taboola|you-?may-?like|rail|trending|most-?popular|popular-?posts|further-?reading|rp4wp|jp-relatedposts|yarpp)(?:$|[\s_-])/i,
  ],
  [
    'newsletter',
    /(?:^|[\s_-])(?:newsletter|subscribe|subscription|signup|sign-up|optin|opt-in|mailchimp|mc4wp)(?:$|[\s_-])/i,
  ],
  [
    'ad',
    /(?:^|[\s_-])(?:ad|ads|advert|advertisement|adslot|ad-?unit|ad-?container|ad-?wrapper|adsense|dfp|gpt-ad|sponsor|sponsored|promo|promoted)(?:$|[\s_-])/i,
  ],
  ['credit', /(?:^|[\s_-])(?:credit|credits|photo-?credit|image-?credit|copyright|source)(?:$|[\s_-])/i],
  ['caption', /(?:^|[\s_-])(?:caption|wp-caption-text|figcaption)(?:$|[\s_-])/i],
  ['byline', /(?:^|[\s_-])(?:byline|author|authors|author-?name|contributor)(?:$|[\s_-])/i],
  [
    'meta',
    /(?:^|[\s_-])(?:dateline|timestamp|publish(?:ed)?-?(?:date|time)|post-?date|entry-?date|date|updated|post-?meta|entry-?meta|article-?meta|meta-?info|reading-?time)(?:$|[\s_-])/i,
  ],
  ['tags', /(?:^|[\s_-])(?:tags|tag-?list|post-?tags|entry-?tags|topics|categories|keywords)(?:$|[\s_-])/i],
  ['comments', /(?:^|[\s_-])(?:comments?|comment-?count|disqus|respond)(?:$|[\s_-])/i],
  // Shoppers' reviews (shopper-reviews.ts): words that name buyers, or a
  // product's reviews; not a bare or singular `review`, which names an
  // editor's review, nor a `reviews-section`, which on a directory of
  // movers is the content (WCXB-dev 0062: 0.84 -> 0.79 F1 without it).
  ['reviews', /(?:^|[\s_-])(?:(?:customer|buyer|client)s?[_-]?reviews?|product[_-]?reviews)(?:$|[\s_-])/i],
];

/** Any of the class words at all: one test that rules out most elements at once. */
const ANY_CLASS_HINT = new RegExp(CLASS_HINTS.map(([, re]) => re.source).join('|'), 'i');

/** An element's class attribute as a string (`className` is cheaper than getAttribute under jsdom; on SVG it is not a string). */
export function classOf(el: Element): string {
  const c = (el as { className?: unknown }).className;
  return typeof c === 'string' ? c : (el.getAttribute('class') ?? '');
}

/** An element's class and id as one string of words, as the class-word rules read them. */
export const classAndId = (el: Element): string => `${classOf(el)} ${el.id}`;

/**
 * The hint an element's own attributes give, if any.
 * @param tag the element's `localName`, when the caller has read it already
 * @param names the element's attribute names, likewise
 * @param classAndIdWords its class and id (`classAndId`), likewise (when it has either)
 */
export function hintFor(
  el: Element,
  tag?: string,
  names = el.getAttributeNames(),
  classAndIdWords?: string,
): Hint | undefined {
  // One call for the names, then only the lookups that can find something (jsdom's getAttribute is the cost here).
  const label = names.includes('aria-label') ? (el.getAttribute('aria-label') ?? '').toLowerCase() : '';
  if (label) {
    if (/breadcrumb/.test(label)) return 'breadcrumb';
    if (/\bshare|social/.test(label)) return 'share';
    if (/related|recommended|read more|more stories/.test(label)) return 'related';
  }
  if (names.includes('itemtype') && el.getAttribute('itemtype')?.includes('BreadcrumbList')) return 'breadcrumb';
  const itemprop = names.includes('itemprop') ? el.getAttribute('itemprop') : null;
  if (itemprop) {
    if (/\bauthor\b/.test(itemprop)) return 'byline';
    if (/\bdate(?:Published|Modified|Created)\b/.test(itemprop)) return 'meta';
    if (/\bcopyrightHolder\b|\bcreditText\b/.test(itemprop)) return 'credit';
  }
  if ((tag ?? el.localName) === 'figcaption') return 'caption';
  if (!names.includes('class') && !names.includes('id')) return undefined;
  const words = classAndIdWords ?? classAndId(el);
  if (words.trim().length < 2 || !ANY_CLASS_HINT.test(words)) return undefined;
  for (const [hint, re] of CLASS_HINTS) if (re.test(words)) return hint;
  return undefined;
}

/** The hint of an element or of its nearest hinted ancestor up to `root`. */
export function hintWithin(el: Element, root: Element): Hint | undefined {
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    const h = cur.getAttribute(HINT_ATTR);
    if (h) return h as Hint;
  }
  return undefined;
}
