/**
 * Content words of a sentence, for comparing sentences with each other and
 * with the title. Stop words come from the `stopword` package; only the lists
 * of the languages below are imported, each 1-2.5 kB gzipped (all 62 would
 * add about 45 kB to the content script, over its budget).
 */
import { deu, eng, fra, ita, jpn, nld, por, spa, zho } from 'stopword';

const LISTS: Record<string, string[]> = {
  en: eng,
  de: deu,
  fr: fra,
  es: spa,
  it: ita,
  pt: por,
  nl: nld,
  zh: zho,
  ja: jpn,
};

const stopSets = new Map<string, Set<string>>();

/** Primary language subtag of a BCP 47 tag, lowercased ("en-US" -> "en"). */
export function baseLang(lang: string | undefined): string | undefined {
  const base = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return base || undefined;
}

/**
 * Stop words for a language. Pages that do not say their language get the
 * English list, the likeliest guess for a page with no `lang`.
 */
export function stopWords(lang: string | undefined): Set<string> {
  const key = baseLang(lang) ?? 'en';
  let set = stopSets.get(key);
  if (!set) {
    set = new Set((LISTS[key] ?? (lang ? [] : eng)).map((w) => w.toLowerCase()));
    stopSets.set(key, set);
  }
  return set;
}

/** Scripts written without spaces between words. */
const NO_SPACES = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f\u1000-\u109f]/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;

const wordSegmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(lang: string | undefined): Intl.Segmenter {
  const key = lang ?? '';
  let seg = wordSegmenters.get(key);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(lang, { granularity: 'word' });
    } catch {
      seg = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    wordSegmenters.set(key, seg);
  }
  return seg;
}

/**
 * Light suffix folding so that "killed"/"kills"/"kill" and "officials"/
 * "official" meet. English only: other languages compare whole words.
 */
function fold(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies') && word.length > 5) return word.slice(0, -3) + 'y';
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is'))
    return word.slice(0, -1);
  return word;
}

/** All words of a text, lowercased, in order; CJK and Thai cut with `Intl.Segmenter`. */
export function words(text: string, lang?: string): string[] {
  const lower = text.toLowerCase();
  if (NO_SPACES.test(lower)) {
    const out: string[] = [];
    for (const s of wordSegmenter(lang).segment(lower)) if (s.isWordLike) out.push(s.segment);
    return out;
  }
  return lower.match(WORD) ?? [];
}

/**
 * Number of words in a text: its whitespace-separated runs, or for scripts
 * written without spaces its `Intl.Segmenter` words (a Chinese sentence is
 * one run of characters, but ten words).
 */
export function wordCount(text: string, lang?: string): number {
  if (NO_SPACES.test(text)) return words(text, lang).length;
  return text.split(/\s+/).filter(Boolean).length;
}

/** Content words of a text: words minus stop words and one-character tokens, folded for English. */
export function contentWords(text: string, lang?: string): string[] {
  const stops = stopWords(lang);
  const english = (baseLang(lang) ?? 'en') === 'en';
  const out: string[] = [];
  for (const raw of words(text, lang)) {
    // Most words have no apostrophe: the two replacements only for those that do.
    const w = raw.includes("'") || raw.includes('’') ? raw.replace(/[’']s$/, '').replace(/’/g, "'") : raw;
    if (stops.has(w) || (w.length < 2 && !NO_SPACES.test(w))) continue;
    out.push(english ? fold(w) : w);
  }
  return out;
}
