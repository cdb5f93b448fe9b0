import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { articleSentences, pointSentences, skipForReading, type ArticleSentence } from '../lib/speech/items';
import { SpeechQueue, type SpeechState } from '../lib/speech/queue';
import { pickVoice } from '../lib/speech/voice';
import { findTextRange, indexText } from '../lib/text/locate';
import { splitSentences } from '../lib/points/split';
import type { ExtractedArticle } from '../lib/types';
import { clearHighlight, setHighlight } from '../utils/highlight';
import { browserSpeechEngine, canSpeak, loadVoices } from '../utils/speech-engine';
import { useSetting } from './useSetting';

export const SPEECH_HIGHLIGHT = 'precis-speech';

export interface ReadAloud {
  available: boolean;
  state: SpeechState | null;
  pointsOnly: boolean;
  /** Starts reading the article, or only its main points. */
  start(pointsOnly: boolean): Promise<void>;
  toggle(): void;
  next(): void;
  previous(): void;
  stop(): void;
  rate: number;
  setRate(rate: number): void;
}

/** Scrolls `el` into the middle of the window when it is not comfortably visible. */
function keepInView(rect: DOMRect, el: Element): void {
  if (rect.top >= 90 && rect.bottom <= window.innerHeight - 110) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}

/** Shows the sentence being read in the article `body`. */
function showSentence(body: Element, item: ArticleSentence | undefined): void {
  if (!item || item.block === undefined) return clearHighlight(SPEECH_HIGHLIGHT);
  const block = body.querySelector(`[data-precis-block="${item.block}"]`);
  if (!block) return clearHighlight(SPEECH_HIGHLIGHT);
  const range =
    item.start !== undefined && item.end !== undefined
      ? indexText(block, skipForReading).range(item.start, item.end)
      : findTextRange(block, item.find ?? item.text, skipForReading);
  setHighlight(SPEECH_HIGHLIGHT, range, block);
  keepInView((range ?? block).getBoundingClientRect(), block);
}

/**
 * Read aloud in the reader (issue #6): the queue of lib/speech/queue.ts
 * over the browser's speechSynthesis, the current sentence highlighted in
 * the article, the speed kept in the settings.
 */
export function useReadAloud(body: RefObject<HTMLElement | null>, article: ExtractedArticle): ReadAloud {
  const queue = useRef<SpeechQueue<ArticleSentence> | null>(null);
  const unsubscribe = useRef<(() => void) | null>(null);
  // Chrome may take a moment to list its voices: ask once per reader tab.
  const voiceList = useRef<ReturnType<typeof loadVoices> | null>(null);
  const [state, setState] = useState<SpeechState | null>(null);
  const [pointsOnly, setPointsOnly] = useState(false);
  const [rate, saveRate] = useSetting('speechRate');
  const [voices] = useSetting('voices');

  const stop = useCallback(() => {
    unsubscribe.current?.();
    queue.current?.stop();
    queue.current = null;
    setState(null);
    clearHighlight(SPEECH_HIGHLIGHT);
  }, []);

  const start = useCallback(
    async (onlyPoints: boolean) => {
      const root = body.current;
      if (!root || !canSpeak()) return;
      unsubscribe.current?.();
      queue.current?.stop();
      // Set before waiting for the voices, so the "points only" switch shows the choice at once.
      setPointsOnly(onlyPoints);
      const items = onlyPoints ? pointSentences(article.points) : articleSentences(root, splitSentences, article.lang);
      voiceList.current ??= loadVoices();
      const voice = pickVoice(await voiceList.current, article.lang, voices);
      const q = new SpeechQueue(items, browserSpeechEngine(), { lang: article.lang, voiceURI: voice?.voiceURI }, rate);
      queue.current = q;
      unsubscribe.current = q.subscribe((s, item) => {
        setState(s);
        showSentence(root, s.status === 'idle' ? undefined : item);
      });
      q.play();
    },
    [article, body, rate, voices],
  );

  // Speech outlives the page in some browsers: stop it when the reader goes away.
  useEffect(() => {
    const end = () => queue.current?.stop();
    window.addEventListener('pagehide', end);
    return () => {
      window.removeEventListener('pagehide', end);
      end();
    };
  }, []);

  return {
    available: canSpeak(),
    state,
    pointsOnly,
    start,
    toggle: () => queue.current?.toggle(),
    next: () => queue.current?.next(),
    previous: () => queue.current?.previous(),
    stop,
    rate,
    setRate: (r) => {
      queue.current?.setRate(r);
      void saveRate(r);
    },
  };
}
