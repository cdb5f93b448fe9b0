/**
 * Shoppers' reviews in Readability's pick (issue #3). On a shop's page the
 * pick is often the product box together with what buyers said of it:
 * "Write a Review", "47 people found this review helpful", star ratings and
 * the reviews themselves, which WCXB's product truths leave out and which
 * can outweigh the description (WCXB-dev 0628: 2,044 words kept for a
 * 413-word truth). The main content region leaves them out by their class
 * words already (main-content.ts); prepareDocument hints them as `reviews`
 * (hints.ts, on stricter words) so that they can be found in the pick too,
 * whose classes Readability strips.
 */
import { wordCount } from './clutter-rules';
import { HINT_ATTR } from './hints';

/**
 * A review section is dropped only while the pick holds more than it: a
 * pick that is all reviews is a review page, or a pick that the main
 * content replaces anyway. Reviews often outweigh the product itself
 * (0628: four fifths of the pick), so the bound is not a half.
 */
const MAX_SHARE = 0.9;

/**
 * Removes the sections hinted as shoppers' reviews from `pick`, in place,
 * each while it holds under 90% of the pick's words. Meant for pages that
 * do not declare themselves articles: a story's reader comments are
 * clutter.ts's to judge.
 */
export function dropShopperReviews(pick: Element): void {
  const sections = Array.from(pick.querySelectorAll(`[${HINT_ATTR}="reviews"]`));
  if (sections.length === 0) return;
  const total = wordCount(pick.textContent ?? '');
  for (const el of sections) {
    // An inner section went with an outer one already.
    if (!pick.contains(el)) continue;
    if (wordCount(el.textContent ?? '') < total * MAX_SHARE) el.remove();
  }
}
