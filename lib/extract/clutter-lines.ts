/**
 * Short lines that frame a story rather than tell it (issue #3): sign-offs
 * ("Reporting by ...", "... contributed to this report"), tag lists, slide
 * counters, subscription and app promos, "requires JavaScript" notices,
 * bare e-mail addresses and handles, view counters and all-capitals
 * headline teasers. Like clutter-rules.ts, each rule reads a whole block
 * and has a word limit above which the block is kept.
 */

/** The kinds of framing line these rules know. */
export type LineKind = 'sign-off' | 'tags' | 'gallery' | 'promo' | 'notice' | 'contact' | 'counter' | 'teaser';

// Case by hand: with the `i` flag, \p{Lu} would match lower case too ("The reporting by local agents").
const SIGN_OFF =
  /^[[(]?\s*(?:(?:[Ww]ith )?[Aa]dditional reporting|[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced|[Rr]eported|[Tt]ranslated|[Rr]esearch)(?: and (?:writing|editing|reporting))? by\s+\p{Lu}/u;
const CONTRIBUTED =
  /\b(?:also )?contributed (?:reporting )?to this (?:report|story|article)[.)]*$|^[\p{Lu}][^.]{1,60} contributed reporting(?: from [^.]{1,40})?[.)]*$/iu;
const POSTED = /^(?:posted|published|written|submitted)(?: on)? (?:by|on|in)\b/i;
const REACH = /^(?:reach|contact|e-?mail) (?:the )?(?:reporters?|writers?|authors?)\b/i;

/** A label, then a list: "Tags: a, b, c", "Filed under: Politics". Not "Keywords:", which papers keep. */
const TAGS = /^(?:tags?|tagged(?: with)?|topics?|filed under|categories|category|labels)\b\s*(:?)/i;

const SLIDE_COUNTER = /^(?:(?:image|photo|picture|slide)\s+)?\d+\s*(?:of|\/)\s*\/?\s*\d*$/i;
/** A slideshow's caption, its counter glued in front: "1of4Grass Valley's Dionicio Torres looks at ...". */
const SLIDE_CAPTION = /^\d+\s?of\s?\d+(?=\p{Lu})/u;

const CLICK_HERE = /\bclick(?:ing)? here\b/i;
const PROMO_WORDS =
  /\b(?:app|apps|subscribe|subscription|subscriptions|newsletter|magazine|issues|delivered|membership)\b/i;
/** A pitch: a subscription offer told to the reader ("Need more space? Subscribe to our sister title ..."). */
const SUBSCRIBE_PITCH =
  /\b(?:subscribe to|subscription (?:to|of)|get a subscription|subscriptions? service|issues for|delivered (?:to|through|every|each|daily|weekly|weekday))\b/i;
/**
 * A sentence told to the reader. Not "Let's": a writer's "Let's say we also
 * want to reuse this subscription logic" follows prose that may well say
 * "subscribe to" (a React guide's hooks subscribing to a friend's status).
 */
const IMPERATIVE = /(?:^|[.?!]\s+)(?:subscribe|get|sign up|join|try|use the code|click|let(?!['’]s\b))\b/i;
const PITCH_START = /^(?:subscribe|get|sign up|join|try)\b/i;

const NOTICE =
  /^(?:this (?:slideshow|video|content|feature|gallery|embed|page|interactive) requires javascript|(?:media )?playback (?:is )?(?:unsupported|not supported)|your (?:browser|device) (?:does not|doesn'?t) support|please enable javascript|javascript is (?:required|disabled))/i;

const CONTACT =
  /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|instagram|facebook|linkedin|threads)\.(?:com|net)\/[\w.]+\/?|@\w{2,30})$/i;

/** "Follow @BGRDeals on Twitter to keep up with ...". */
const FOLLOW_HANDLE = /^follow @\w+ on\b/i;

const COUNTER = /^[\d.,]+\s*[km]?\s*(?:views?|reads?|shares?|likes?|reactions?)$/i;

const TEASER_LEAD = /^(?:don'?t miss|must see|must read|watch|more|trending)\b/i;

/** Where a line stands, for rules that need its links. */
export interface LineContext {
  words: number;
  /** The share of the block's text inside links (counted on demand). */
  linkDensity: () => number;
}

/** The kind of framing line `text` (whitespace-normalised) is, or undefined. */
export function lineKind(text: string, ctx: LineContext): LineKind | undefined {
  const { words } = ctx;
  if (words <= 40 && (SIGN_OFF.test(text) || CONTRIBUTED.test(text))) return 'sign-off';
  if (words <= 12 && POSTED.test(text) && !/[.!?]\s+\p{Lu}/u.test(text)) return 'sign-off';
  if (words <= 30 && REACH.test(text)) return 'sign-off';
  const tags = TAGS.exec(text);
  if (tags && words <= 60 && isTagList(text.slice(tags[0].length), tags[1] === ':', ctx)) return 'tags';
  if (SLIDE_COUNTER.test(text)) return 'gallery';
  if (words <= 80 && SLIDE_CAPTION.test(text)) return 'gallery';
  if (words <= 30 && CLICK_HERE.test(text) && (isCapitals(text) || PROMO_WORDS.test(text))) return 'promo';
  if (SUBSCRIBE_PITCH.test(text) && (words <= 40 ? IMPERATIVE.test(text) : words <= 60 && PITCH_START.test(text))) {
    return 'promo';
  }
  if (words <= 20 && NOTICE.test(text)) return 'notice';
  if (CONTACT.test(text) || (words <= 40 && FOLLOW_HANDLE.test(text))) return 'contact';
  if (COUNTER.test(text)) return 'counter';
  // A headline in capitals that is all link ("TAYLOR SWIFT CLEARED TO PERFORM ..."), or a "DON'T MISS" run of them.
  // "CLICK FOR FULL STATE SWIM RESULTS" points into the story: kept.
  if (words >= 3 && words <= 60 && !/^click\b/i.test(text) && ctx.linkDensity() >= 0.9 && isCapitals(text)) {
    return 'teaser';
  }
  if (words <= 60 && TEASER_LEAD.test(text) && isCapitals(text.slice(0, 12)) && ctx.linkDensity() >= 0.6) {
    return 'teaser';
  }
  return undefined;
}

/** The rest of a "Tags" line reads as a list of terms, not as a sentence. */
function isTagList(rest: string, colon: boolean, ctx: LineContext): boolean {
  if (/[.!?]["'”’]?\s*$/.test(rest)) return false;
  const separators = (rest.match(/[,|·•]/g) ?? []).length;
  if (ctx.linkDensity() >= 0.5) return true;
  return colon && (separators >= 1 || ctx.words <= 6);
}

/** At least eight letters, and nearly all of them capitals. */
function isCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 8) return false;
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  return upper / letters.length >= 0.85;
}
