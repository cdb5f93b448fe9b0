/**
 * "Tidy obvious typos" (issue #8): a view-only touch-up for sloppy pages.
 * Two fixes, both conservative, both off by default:
 *  - a missing space after a sentence's full stop: "the end.The next" -> "the end. The next";
 *  - a lowercase letter starting a sentence, paragraph or heading: "the end. the next" -> "the end. The next".
 * Applied to the rendered copy only, never to the extracted or saved article.
 * When a case is doubtful (abbreviations, initials, numbers, addresses, code,
 * brand names such as "iPhone") the text is left as it is.
 */

/** Abbreviations after which a full stop does not end the sentence (lowercase, without the dot). */
const ABBREVIATIONS = new Set(
  (
    'etc vs approx cf al fig figs no nos vol vols ch chap sec secs p pp ed eds ca incl esp dept est jr sr st mr mrs ' +
    'ms dr prof rev gen col lt sgt capt gov sen rep inc ltd co corp bros jan feb mar apr jun jul aug sep sept oct ' +
    'nov dec mon tue tues wed thu thur thurs fri sat sun min mins max sq ft lb lbs oz hr hrs mt ave blvd rd op ibid ' +
    'viz resp misc univ assn intl natl govt tel ext bzw usw ggf vgl evtl inkl sog env av pág núm sra srta dra'
  ).split(' '),
);

/** Top-level domains: "example.Com" is an address, not two sentences. */
const TLDS = new Set(
  'com org net edu gov info io co uk de fr es it nl eu ca au jp cn ru br in ch se no dk fi pl be at'.split(' '),
);

/** Elements whose text is code or otherwise not prose. */
const SKIP = new Set(['CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'TT', 'SCRIPT', 'STYLE', 'TEXTAREA', 'MATH', 'SVG']);
/** Blocks whose first letter starts a sentence. */
const SENTENCE_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Elements that start a new block of text (a sentence never runs across them). */
const BLOCKS = new Set([
  ...SENTENCE_BLOCKS,
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'HEADER',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** `word.Word` with no space: at least two lowercase letters, then a capitalised word. */
const MISSING_SPACE = /(\p{Ll}{2,})\.(\p{Lu}\p{Ll}+)/gu;
/** A full stop, an optional closing quote or bracket, white space, an optional opening one, a lowercase letter. */
const LOWER_AFTER_STOP = /(\S+)\.([”’"')\]]?)(\s+)([“‘"'(]?)(\p{Ll})/gu;
/** The first letter of a block, after white space and opening punctuation. */
const LOWER_AT_START = /^(\s*[“‘"'(¿¡]*)(\p{Ll})/u;
/** Text that ends a sentence: a word, a full stop, an optional closing mark, then white space or nothing. */
const ENDS_SENTENCE = /(\S+)\.[”’"')\]]?(\s*)$/u;

/** True when the word before a full stop makes it an abbreviation, an initial or a number, not a sentence end. */
function isAbbreviation(word: string): boolean {
  const w = word.replace(/^[“‘"'(\[]+/u, '');
  if (w.length <= 1) return true; // initials, "p."
  if (w.includes('.')) return true; // "e.g", "U.S", "a.m", and ellipses
  if (/^\p{N}+$/u.test(w)) return true; // ordinals and numbered lists: "3. oktober", "1. open"
  return ABBREVIATIONS.has(w.toLowerCase());
}

/** True when `word` (from `text` at `index`) should keep its lowercase start: "iPhone", "eBay", "example.com". */
function keepsLowercase(text: string, index: number): boolean {
  const word = /^[^\s]*/u.exec(text.slice(index))?.[0] ?? '';
  const bare = word.replace(/[”’"'),;:!?]+$/u, '').replace(/\.$/, '');
  return /\p{Lu}|\p{N}/u.test(bare.slice(1)) || /[./@:\\_#=]/.test(bare);
}

/** True when the whitespace-delimited token around `index` looks like an address, a path or code. */
function inAddress(text: string, start: number, end: number): boolean {
  const before = /\S*$/u.exec(text.slice(0, start))?.[0] ?? '';
  const after = /^\S*/u.exec(text.slice(end))?.[0] ?? '';
  const token = (before + text.slice(start, end) + after).replace(/[.,;:!?”’"')\]]+$/u, '');
  return /[/@:\\_#=]|www/i.test(token) || (token.match(/\./g)?.length ?? 0) > 1;
}

function upper(letter: string, lang?: string): string {
  try {
    return letter.toLocaleUpperCase(lang);
  } catch {
    return letter.toUpperCase();
  }
}

/**
 * Fixes the two typos inside one run of text. `atSentenceStart` says whether
 * the text starts a sentence (a paragraph's first words, or after a full stop
 * in the previous run).
 * @returns the tidied text.
 */
export function tidyText(text: string, options: { lang?: string; atSentenceStart?: boolean } = {}): string {
  const { lang, atSentenceStart = false } = options;
  let out = text.replace(MISSING_SPACE, (match, before: string, after: string, offset: number) =>
    inAddress(text, offset, offset + match.length) || TLDS.has(after.toLowerCase()) ? match : `${before}. ${after}`,
  );
  out = out.replace(
    LOWER_AFTER_STOP,
    (match, word: string, close: string, space: string, open: string, letter: string, offset: number, all: string) => {
      if (isAbbreviation(word)) return match;
      const letterAt = offset + match.length - letter.length;
      if (keepsLowercase(all, letterAt)) return match;
      return `${word}.${close}${space}${open}${upper(letter, lang)}`;
    },
  );
  if (atSentenceStart) {
    const m = LOWER_AT_START.exec(out);
    if (m && !keepsLowercase(out, m[1]!.length)) {
      out = `${m[1]}${upper(m[2]!, lang)}${out.slice(m[0].length)}`;
    }
  }
  return out;
}

/** True when the run of text ends a sentence, so the next run starts one. */
function endsSentence(text: string): boolean {
  const m = ENDS_SENTENCE.exec(text);
  return !!m && !isAbbreviation(m[1]!);
}

function blockOf(node: Node, root: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (BLOCKS.has(el.tagName.toUpperCase())) return el;
    if (el === root) return el;
  }
  return null;
}

function skipped(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (SKIP.has(el.tagName.toUpperCase())) return true;
  }
  return root.nodeType === 1 && SKIP.has((root as Element).tagName.toUpperCase());
}

/**
 * Tidies every text node under `root` in place (the DOM of a copy the caller
 * owns). A sentence may start in one text node and be followed, after an
 * inline element, in the next: "end. <em>the</em>" is fixed too.
 * @returns how many text nodes changed.
 */
export function tidyTextNodes(root: Node, lang?: string): number {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let changed = 0;
  let block: Element | null = null;
  // Whether the text so far in this block ends a sentence, and whether white space followed it.
  let stopped = false;
  let spaced = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const here = blockOf(node, root);
    if (here !== block) {
      block = here;
      stopped = !!here && SENTENCE_BLOCKS.has(here.tagName.toUpperCase());
      spaced = true;
    }
    const text = node.nodeValue ?? '';
    if (!text.trim()) {
      spaced ||= text.length > 0;
      continue;
    }
    if (skipped(node, root)) {
      stopped = false;
      continue;
    }
    const atSentenceStart = stopped && (spaced || /^\s/.test(text));
    const tidied = tidyText(text, { lang, atSentenceStart });
    if (tidied !== text) {
      node.nodeValue = tidied;
      changed++;
    }
    stopped = endsSentence(tidied);
    spaced = /\s$/.test(tidied);
  }
  return changed;
}

/** Anything that can parse HTML: the page's window, or a jsdom window in tests and the CLI. */
export interface HtmlParserHost {
  DOMParser: { new (): DOMParser };
}

/**
 * Tidies sanitized article HTML for display and returns the new HTML.
 * Parsing with DOMParser runs no script and loads nothing; the result goes
 * through components/SafeHtml.tsx (which sanitizes again) like any article HTML.
 */
export function tidyHtml(html: string, host: HtmlParserHost, lang?: string): string {
  const doc = new host.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  if (tidyTextNodes(doc.body, lang) === 0) return html;
  return doc.body.innerHTML;
}
