/**
 * What kind of clutter one block of text is, if any (issue #3). Rules look
 * at the whole block: a phrase inside a paragraph of prose never matches,
 * and every rule has a word limit above which the block is kept.
 */

import { type LineKind, lineKind } from './clutter-lines';
import { type NoticeKind, noticeKind } from './clutter-notices';
import { isReferenceList } from './clutter-see-also';
import { siteOf } from './urls';
import { CELLS, closestTag, elementsUnder } from './walk';

const ITEMS = new Set(['li', 'dd']);
const TERMS = new Set(['dt']);

/** The kinds of clutter the rules know. */
export type ClutterKind =
  | 'ad-label'
  | 'read-also'
  | 'newsletter'
  | 'engagement'
  | 'share'
  | 'credit'
  | 'dateline'
  | 'byline'
  | 'breadcrumb'
  | 'prev-next'
  | 'ui'
  | 'link-line'
  | LineKind
  | NoticeKind;

/**
 * Number of words (letters/digits runs) in a text: what
 * `text.match(/[\p{L}\p{N}]+/gu).length` counts, without making the array.
 * ASCII is told apart by its code; only other characters go through the
 * Unicode classes. About 2.4 times faster under V8, and the clutter, prose
 * and article rules count the words of every block, some more than once.
 */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let isWordChar: boolean;
    if (c < 128) isWordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      // A letter beyond the BMP (mathematical letters, CJK extensions) is a pair of code units.
      isWordChar = LETTER_OR_DIGIT.test(text.slice(i, i + 2));
      i++;
    } else isWordChar = LETTER_OR_DIGIT.test(text[i]!);
    if (isWordChar && !inWord) words++;
    inWord = isWordChar;
  }
  return words;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Whether the element's text is the block's text alone. Spaces aside: a
 * block's text has a space where a `<br>` was, textContent has none.
 */
export function holdsOnly(el: Element, text: string): boolean {
  return (el.textContent ?? '').replace(/\s+/g, '') === text.replace(/\s+/g, '');
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element, text = el.textContent ?? ''): number {
  const total = text.replace(/\s+/g, '').length;
  if (total === 0) return 0;
  // A TreeWalker, not getElementsByTagName: indexing jsdom's live collection is slow.
  return Math.min(1, linkedChars(el.localName === 'a' ? [el] : elementsUnder(el)) / total);
}

/** Characters, spaces aside, of the links among `elements` (a link inside a link counts twice, as it always has). */
export function linkedChars(elements: readonly Element[]): number {
  let linked = 0;
  for (const a of elements) if (a.localName === 'a') linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked;
}

const AD_LABEL =
  /^[-–—_·•*\s[(]*(?:advertisements?|advertising|advert|ads?|sponsored(?: content| links?| post)?|paid (?:content|post|partnership)|promoted(?: content)?|anzeige|werbung|publicité|publicidad|pubblicità|reklama|advertentie|annons|mainos|iklan|광고|広告|广告|реклама|إعلان|פרסומת|(?:story|article|content) continues below(?: (?:this )?advertisement)?|continue reading (?:the main story|below)|scroll (?:down )?to continue(?: reading)?|skip (?:this )?ad(?:vert(?:isement)?)?)[-–—_·•*\s\])]*$/i;

const READ_ALSO =
  /^[\s[(]*(?:read|see|watch|listen|related|more|also read|read also|read more|recommended|don'?t miss|must read|also see|check out|previously|further reading|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|leer también|lee también|leia também|leggi anche|czytaj też|читайте также)(?: also| more| next| this| too| posts?| stories| story| articles?| content| reading| links?)?\s*(?:[:|»›>–—-]|\.\.\.)/i;

const NEWSLETTER =
  /\b(?:newsletters?|sign(?:ing)? up|subscribe|subscription|inbox|mailing list|e-?mail (?:updates|alerts))\b/gi;

/** A newsletter match as one word: its first, "subscribe" and "subscription" as one, a plural as its singular. */
const newsletterWord = (match: string): string =>
  match
    .toLowerCase()
    .split(/\s/)[0]!
    .replace(/^(subscri|newsletter).*/, '$1');

const ENGAGEMENT =
  /(?:share (?:your|their) (?:views|thoughts|opinions?|comments?)|let us know (?:in the comments|what you think|your thoughts)|what do you think\??$|what are your thoughts|leave (?:a|your) (?:comment|reply)|join the (?:conversation|discussion)|\bcomment below\b|in the comments(?: section)? below|follow (?:us|him|her|them|me) on|like us on facebook|click to tweet|share (?:it|this)(?: story| article| post)? with|like this (?:story|article|post)\?|we(?:'d| would) love to hear|tell us (?:what you think|in the comments)|have a (?:news )?tip\??|got a (?:news )?tip\??|send us (?:your|a) tip)/i;

const SOCIAL_WORDS = new Set(
  'share shares sharing tweet retweet email e mail print facebook twitter x linkedin whatsapp pinterest pin it reddit submit copy link url comments comment save flipboard messenger telegram sms mail google digg tumblr on this article story post via the to a and or with your friends friend opens in new window tab follow us like'.split(
    ' ',
  ),
);

const UI_LINE =
  /^(?:comments?|\d+ comments?|close|warning|caption|image caption|media caption|toggle caption|hide caption|expand|enlarge|enlarge this image|read more|continue reading|show more|load more|see more|view more|view comments|sign in|log in|sign up|register|subscribe|subscribe now|menu|search|home|back to top|top|latest|trending|jobs|classifieds|newsletters?|view author archive|email the author|follow on twitter|get the (?:app|newsletter)|listen to (?:this )?article|print(?: this)?(?: article)?|open in app|play|pause|video|watch|advert|next|previous|prev|loading(?:\.*|…)|(?:posted|published|updated)(?: on)?:?\s*\||image copyright|loading [\w-]+(?:\.{2,}|…)|\d+ of \d+|image \d+ of \d+|photo \d+ of \d+|slide \d+ of \d+|\d+\s*\/\s*\d+|mute|unmute|fullscreen|reuse (?:this )?content|share this|share|tweet|email|recommended|related|most read|most popular|you may also like|breaking(?: news)?|table of contents|in this article|on this page|jump to)[.!:]*$/i;

/** The commonest of those lines in German, French, Spanish, Portuguese, Italian, Dutch and Russian. */
const FOREIGN_UI_LINE =
  /^(?:\d+\s+)?(?:kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|комментари[йи]|teilen|partager|compartir|compartilhar|condividi|delen|поделиться|weiterlesen|mehr lesen|lire la suite|lire plus|leer más|seguir leyendo|leia mais|continuar lendo|continua a leggere|leggi tutto|lees meer|читать далее|отзывы|добавить отзыв|letture|lecturas|leituras|lectures|aufrufe|просмотр(?:ов|а)?)[.!:]*$/iu;

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_WORDS = new RegExp(
  `\\b(?:${MONTHS}|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|published|updated|posted|first|last|modified|on|at|am|pm|a\\.m|p\\.m|gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|mst|mdt|et|pt|ct|ist|hrs?|mins?|minutes?|hours?|days?|weeks?|ago|read|reading|time|today|yesterday|and)\\b`,
  'gi',
);

/**
 * The same words in Spanish, Portuguese, French, German, Italian and Dutch:
 * "12 de noviembre de 2019", "Tempo de leitura: 2 minutos", "Mis à jour le
 * 20 novembre 2019 à 11h28", "Lesezeit: 3 Minuten". Letters beyond ASCII
 * ("março", "août") need Unicode word edges, which \b is not.
 */
const FOREIGN_DATE_WORDS = new RegExp(
  `(?<!\\p{L})(?:${[
    // months
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
    'janeiro fevereiro março maio junho julho setembro outubro novembro dezembro',
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'januar jänner februar märz juni juli oktober dezember',
    'gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre',
    'januari februari maart mei augustus',
    // weekdays
    'lunes martes miércoles jueves viernes sábado domingo segunda terça quarta quinta sexta feira',
    'lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag',
    'lunedì martedì mercoledì giovedì venerdì sabato domenica maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
    // published, updated, at, of, reading time, minutes, hours
    'publicado actualizado atualizado publié mis jour veröffentlicht aktualisiert pubblicato aggiornato gepubliceerd bijgewerkt',
    'de del el em às as las à le il alle ore am um uhr om op h hs',
    'tiempo tempo temps lectura leitura lecture lettura lesezeit leestijd minuto minutos minuti minuten minute minutes horas heures stunden ore uur',
  ]
    .join(' ')
    .split(' ')
    .join('|')})(?!\\p{L})`,
  'giu',
);

const CREDIT =
  /^[\s(]*(?:(?:photo|photograph|image|picture|pic|foto|illustration|video|graphic|source|credit)s?(?:\s*(?:credit|courtesy|by|source))?\s*[:：|]|(?:photo|image|picture)s?\s+(?:by|courtesy(?: of)?)\s|©|\(c\)\s|copyright\s)/i;
const AGENCY =
  /(?:getty(?: images)?|reuters|associated press|\bap\b|afp|shutterstock|istock(?:photo)?|epa(?:-efe)?|alamy|bloomberg|xinhua|pa(?: wire| images)?|rex features|zuma(?: press)?|ddp|dpa|anadolu|sipa|nurphoto|wireimage|filmmagic|handout|supplied|contributor|staff|file photo|pool)[\s)./|,-]*$/i;

const BYLINE_DATED = /^(?:by|BY|By)\s+\p{Lu}[^.!?]{1,80}?\s(?:on|[|•·–—-])\s+(.+)$/u;

const PREV_NEXT = /^(?:previous|next|prev|older|newer)(?: article| post| story| entry| page)?\b/i;

/** Where a block stands, for rules that depend on it. */
export interface BlockContext {
  el: Element;
  index: number;
  total: number;
  /** First and last block of prose, where the article's edges begin (clutter-notices.ts). */
  span?: readonly [number, number];
  /** The page's site (urls.ts siteOf), when known. */
  site?: string;
}

/**
 * The kind of clutter a block's text is, or undefined for content.
 * `text` is the block's whitespace-normalised text.
 */
export function clutterKind(text: string, ctx: BlockContext): ClutterKind | undefined {
  const words = wordCount(text);
  if (words === 0) return /^[\s\p{P}\p{S}]*$/u.test(text) && text.length < 8 ? 'ui' : undefined;
  if (words > 60) return undefined;
  const heading = /^H\d$/.test(ctx.el.tagName);
  if (AD_LABEL.test(text)) return 'ad-label';
  if (UI_LINE.test(text) || FOREIGN_UI_LINE.test(text)) return 'ui';
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(text)) return 'link-line';
  // Most blocks never reach a rule that needs it: counted on first use.
  let density: number | undefined;
  const ld = () => (density ??= linkDensity(ctx.el, text));

  if (READ_ALSO.test(text) && (ld() >= 0.4 || words <= 20) && !citesElsewhere(text, ctx)) return 'read-also';
  const line = lineKind(text, { words, linkDensity: ld });
  if (line) return line;
  const notice = noticeKind(text, { words, index: ctx.index, total: ctx.total, span: ctx.span });
  if (notice) return notice;
  if (PREV_NEXT.test(text) && ld() >= 0.3 && words <= 30) return 'prev-next';
  if (ENGAGEMENT.test(text) && words <= 40) return 'engagement';
  // Different words, not one word's forms: "your subscription ... subscribe for three months" is prose.
  const newsletterHits = new Set((text.match(NEWSLETTER) ?? []).map(newsletterWord)).size;
  if (words <= 50 && (newsletterHits >= 2 || (/^(?:subscribe|sign up)\b/i.test(text) && words <= 30))) {
    return 'newsletter';
  }
  if (words <= 12 && isSocialOnly(text)) return 'share';
  if (words <= 6 && /^[\s(]*courtesy(?: of)?\s/i.test(text)) return 'credit';
  if (words <= 16 && (CREDIT.test(text) || (AGENCY.test(text) && !/[.!?]["'”’]?\s*$/.test(text) && words <= 8))) {
    return 'credit';
  }
  if (!heading && words <= 20 && isDateOnly(text)) return 'dateline';
  if (words <= 8 && /^by\s+\p{Lu}/iu.test(text) && !/[.!?]$/.test(text)) return 'byline';
  // "By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m."
  const dated = BYLINE_DATED.exec(text);
  if (words <= 30 && dated && isDateOnly(dated[1]!)) return 'byline';
  if (ctx.index <= 3 && words <= 25 && ld() >= 0.4 && /^home\b|^home(?=\p{Lu})/iu.test(text)) return 'breadcrumb';
  if (ctx.index <= 3 && words <= 25 && ld() >= 0.5 && /\s[›»>/|]\s/.test(text)) return 'breadcrumb';
  // A short line that is nothing but a link: navigation, not prose. One
  // that ends in a colon is a glossary's term, naming what follows it (WCXB-dev 0703).
  if (
    words <= 4 &&
    ld() >= 0.9 &&
    !heading &&
    !/[:：]$/.test(text) &&
    !closestTag(ctx.el, CELLS) &&
    !labelsItsItem(ctx.el, words) &&
    !isReferenceList(ctx.el)
  ) {
    return 'link-line';
  }
  return undefined;
}

/**
 * A "See: ..." line whose links all lead off the site: a citation of
 * someone else's work, which the article gives as its source (WCXB 4443: a
 * list of newsletters, each with "See: <a>a post of theirs</a>"). A "See
 * also" promo links the site's own stories and still goes.
 */
function citesElsewhere(text: string, ctx: BlockContext): boolean {
  if (!ctx.site || !/^[\s[(]*see\b/i.test(text)) return false;
  const links = ctx.el.localName === 'a' ? [ctx.el] : elementsUnder(ctx.el).filter((e) => e.localName === 'a');
  return (
    links.length > 0 &&
    links.every((a) => {
      const site = siteOf((a as HTMLAnchorElement).href);
      return !!site && site !== ctx.site;
    })
  );
}

/**
 * A link that names the list item holding it: a resource list's "Lingolia"
 * above its one-line description, a directory entry above its address
 * (fixture link-labels). The item's text goes on past the link, but no
 * further than an item's worth; a menu's items are the links alone.
 */
function labelsItsItem(el: Element, words: number): boolean {
  // A definition list's term names the definition after it: an API
  // reference's <dt><a><code>WebSocket.close()</code></a></dt> (WCXB 2993).
  const term = closestTag(el, TERMS);
  if (term?.nextElementSibling?.localName === 'dd' && wordCount(term.nextElementSibling.textContent ?? '') > 0) {
    return true;
  }
  const item = closestTag(el, ITEMS);
  if (!item) return false;
  const all = wordCount(item.textContent ?? '');
  return all >= words + 5 && all <= 80;
}

/** Words of a share line that name no network and no action: "$38 to $275" is a price range, not a share line (WCXB-dev 4253). */
const SOCIAL_FILLER = new Set(
  'on the this article story post via to a and or with your friends friend opens in new window tab us'.split(' '),
);

function isSocialOnly(text: string): boolean {
  const tokens = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return tokens.some((t) => !SOCIAL_FILLER.has(t)) && tokens.every((t) => SOCIAL_WORDS.has(t));
}

/**
 * A line that is only a date, a time, "Updated"/"Published" and the like
 * (or a bare count, which a page's furniture leaves: likes, a post's
 * number). Not a score: "4.7", "4.3/5" (WCXB-dev 4253, a review's ratings).
 */
function isDateOnly(text: string): boolean {
  if (!/\d/.test(text) || /^\d+[.,]\d+(?:\s*\/\s*\d+)?$/.test(text)) return false;
  const rest = text
    .toLowerCase()
    // "Nov. 20, 2019Updated: ...": a date glued to the word after it.
    .replace(/(\d)(?!(?:st|nd|rd|th)\b)(\p{L})/gu, '$1 $2')
    // First: the English rule's \b would cut "mar" out of "março". (Not "a", which would leave the "m" of "a.m.")
    .replace(FOREIGN_DATE_WORDS, ' ')
    .replace(DATE_WORDS, ' ')
    .replace(/\d+(?:st|nd|rd|th)?/g, ' ')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
  return rest.length === 0;
}
