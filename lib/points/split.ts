/**
 * Sentence splitting for main points (issue #5). `Intl.Segmenter` does the
 * language-aware work (decimals, "U.S. officials", CJK full stops); the fixes
 * below cover what it gets wrong in news text:
 * - it breaks after titles and short forms ("Dr. ", "No. 5"): merged back;
 * - it breaks inside a quote with attribution ("“Why?” she asked."): merged;
 * - it keeps "stability.A key" (a missing space, on the seed page) as one.
 */
import { stopWords } from './tokens';

/** One sentence and where it stands in the text it was cut from. */
export interface SentenceSpan {
  /** The sentence, trimmed of surrounding white space; a substring of the text. */
  text: string;
  /** Offset of `text` in the text. */
  start: number;
}

/**
 * Short forms after which a full stop does not end a sentence. Lowercased,
 * without the dot. Titles and "No." are followed by a name or a number.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'ft',
  'ave',
  'gen',
  'lt',
  'col',
  'capt',
  'cpt',
  'sgt',
  'cmdr',
  'adm',
  'maj',
  'gov',
  'sen',
  'rep',
  'pres',
  'rev',
  'hon',
  'sec',
  'no',
  'nos',
  'nr',
  'vol',
  'fig',
  'figs',
  'pp',
  'p',
  'vs',
  'v',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'ca',
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  // German, French, Spanish and Dutch short forms that precede a noun or number.
  'z.b',
  'bzw',
  'usw',
  'nr',
  'hr',
  'fr',
  'mme',
  'mlle',
  'sra',
  'sr',
  'dra',
  'núm',
  'dhr',
  'mevr',
]);

/** Short forms that end a sentence as often as not ("Apple Inc. The ..."): merged only before a lowercase word or a number. */
const WEAK = new Set(['etc', 'inc', 'ltd', 'co', 'corp', 'bros', 'no', 'nos', 'p', 'pp', 'v']);

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string | undefined): Intl.Segmenter {
  const key = lang ?? '';
  let seg = segmenters.get(key);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      // An invalid language tag from the page: fall back to the default locale.
      seg = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(key, seg);
  }
  return seg;
}

/**
 * A full stop, "!" or "?" glued to the next sentence: "stability.A key",
 * "innovation.This isn't". Needs a lowercase word of two letters or more
 * before it, so "U.S.A" and "Node.js" stay whole.
 */
const MISSING_SPACE = /\p{Ll}{2}[.!?]["'”’)\]]*(?=\p{Lu}(?:\p{Ll}|\s))/gu;
/**
 * What every MISSING_SPACE match holds, found far faster (a scan for the
 * rare punctuation rather than a look at every letter): most texts have
 * none, and are not searched again (issue #3's speed target).
 */
const GLUED_STOP = /[.!?]["'”’)\]]*\p{Lu}/u;

/** Splits text into sentences, each a trimmed substring with its offset. */
export function splitSentences(text: string, lang?: string): SentenceSpan[] {
  // Hard boundaries first: line breaks, and missing spaces after a full stop.
  const cuts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) cuts.push(i + 1);
  if (GLUED_STOP.test(text)) for (const m of text.matchAll(MISSING_SPACE)) cuts.push(m.index + m[0].length);
  cuts.sort((a, b) => a - b);
  cuts.push(text.length);

  const out: SentenceSpan[] = [];
  const seg = sentenceSegmenter(lang);
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = cuts[c]!;
    const piece = text.slice(from, cuts[c + 1]!);
    if (!piece.trim()) continue;
    let pending: { start: number; end: number } | undefined;
    for (const s of seg.segment(piece)) {
      const start = from + s.index;
      const end = start + s.segment.length;
      if (pending && shouldMerge(text.slice(pending.start, pending.end), s.segment, lang)) {
        pending.end = end;
        continue;
      }
      if (pending) push(out, text, pending.start, pending.end);
      pending = { start, end };
    }
    if (pending) push(out, text, pending.start, pending.end);
  }
  return out;
}

function push(out: SentenceSpan[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) out.push({ text: trimmed, start: start + lead });
}

/** The word that ends `prev` on a full stop, as in "Dr." or "U.S.", after a space, a bracket or a quote. */
const WORD_WITH_STOP = /(?:^|[\s("'“‘])((?:\p{L}\.)*\p{L}+)\.$/u;
const BEFORE_WORD = /[\s("'“‘]/;

/**
 * `WORD_WITH_STOP.exec(p)`, searched from p's last space, bracket or quote
 * on: a match holds none after the one before its word, so it can start
 * nowhere else. Searched over the whole sentence, the pattern tried every
 * word (a fifth of the main points' time; issue #3's speed target).
 */
function lastWordWithStop(p: string): RegExpExecArray | null {
  let d = p.length - 1;
  while (d >= 0 && !BEFORE_WORD.test(p[d]!)) d--;
  return WORD_WITH_STOP.exec(d <= 0 ? p : p.slice(d));
}

/** Whether the segment `next` continues the sentence `prev` that the segmenter cut too early. */
function shouldMerge(prev: string, next: string, lang: string | undefined): boolean {
  const p = prev.trimEnd();
  const n = next.trimStart();
  if (!n) return true;
  // A quotation and its attribution: "“Why?” she asked."
  if (/^\p{Ll}/u.test(n) && /[.!?]["'”’»)]*$/u.test(p)) return true;
  const m = lastWordWithStop(p);
  if (!m) return false;
  const word = m[1]!;
  const lower = word.toLowerCase();
  // Initials and initialisms before a name go on: "J. K. Rowling", "George
  // W. Bush", "B.B. King", "the U.S. Census Bureau"; before a function word
  // a sentence starts ("... in the U.S. The euro fell."), as Punkt decides
  // from the word that follows.
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) {
    const first = /^\p{Lu}\p{L}*/u.exec(n);
    return first !== null && !stopWords(lang).has(first[0].toLowerCase());
  }
  if (!ABBREVIATIONS.has(lower)) return false;
  if (WEAK.has(lower)) return /^[\p{Ll}\d]/u.test(n);
  // "in St. Louis" goes on; "on Main St. He left" and "5 St. Later" end.
  if (lower === 'st') return !/(?:\p{Lu}\p{L}*|\d+\w*)\s+St\.$/u.test(p);
  return true;
}
