import { indexText } from '../text/locate';
import type { MainPoint } from '../types';
import type { SpeechItem } from './queue';

/** A sentence to read aloud and where it stands in the rendered article. */
export interface ArticleSentence extends SpeechItem {
  /** `data-precis-block` index of the block it stands in, when known. */
  block?: number;
  /** Offsets in the block's indexed text (see `indexText`), when known. */
  start?: number;
  end?: number;
  /** Text to look for in the block when there are no offsets (a main point's untrimmed sentence). */
  find?: string;
}

/** Cuts text into sentences; `lib/points/split.ts` provides one. */
export type Splitter = (text: string, lang?: string) => { text: string; start: number }[];

const BLOCK = '[data-precis-block]';

/** Skips nested numbered blocks (read on their own) and the FAQ, which has its own panel. */
export function skipForReading(el: Element): boolean {
  return el.matches(BLOCK) || el.matches('[data-precis-faq="section"]');
}

/**
 * Every sentence of the rendered article `body`, in reading order, for read
 * aloud. Each numbered block is split on its own; text inside the FAQ
 * section is left out (it is shown, and can be read, in its own panel).
 */
export function articleSentences(body: Element, split: Splitter, lang?: string): ArticleSentence[] {
  const out: ArticleSentence[] = [];
  for (const el of Array.from(body.querySelectorAll(BLOCK))) {
    if (el.closest('[data-precis-faq="section"]')) continue;
    const block = Number(el.getAttribute('data-precis-block'));
    const { text } = indexText(el, skipForReading);
    for (const s of split(text, lang)) {
      out.push({ text: s.text, block, start: s.start, end: s.start + s.text.length });
    }
  }
  return out;
}

/** The main points as sentences to read ("listen to the main points only"). */
export function pointSentences(points: readonly MainPoint[]): ArticleSentence[] {
  return points.map((p) => ({ text: p.text, block: p.block, find: p.sentence ?? p.text }));
}
