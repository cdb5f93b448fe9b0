/**
 * Read aloud, sentence by sentence (issue #6). Some engines cut long
 * utterances off, and a sentence is what the reader sees highlighted, so
 * each sentence is one utterance. This module is the whole logic: which
 * sentence plays, pause, resume, speed, skipping; the browser's
 * `speechSynthesis` is only the `SpeechEngine` it drives.
 */

/** One utterance for the engine. */
export interface Utterance {
  text: string;
  /** BCP 47 language tag. */
  lang?: string;
  /** `voiceURI` of the chosen voice; the engine's default when absent. */
  voiceURI?: string;
  /** 0.5 to 2; 1 is normal speed. */
  rate: number;
}

/** What the engine reports about one utterance. */
export interface UtteranceEvents {
  onStart(): void;
  onEnd(): void;
  onError(error: string): void;
  /** A word boundary, as a character offset into the utterance's text. */
  onBoundary?(charIndex: number): void;
}

/** The speech engine: `speechSynthesis` in the browser, a fake in tests. */
export interface SpeechEngine {
  speak(utterance: Utterance, events: UtteranceEvents): void;
  cancel(): void;
  pause(): void;
  resume(): void;
}

/** One sentence to read; `T` carries what the caller needs to highlight it. */
export interface SpeechItem {
  text: string;
}

export type SpeechStatus = 'idle' | 'playing' | 'paused' | 'done';

export interface SpeechState {
  status: SpeechStatus;
  /** Index of the current sentence; -1 before the first. */
  index: number;
  total: number;
  rate: number;
  /** Offset of the word being spoken in the current sentence, when the engine says. */
  charIndex?: number;
}

export const MIN_RATE = 0.5;
export const MAX_RATE = 2;

/** Engine errors that only mean "we cancelled it" (Chrome reports both). */
const CANCEL_ERRORS = new Set(['interrupted', 'canceled']);

/** Consecutive failures after which the queue gives up instead of racing through every sentence. */
const MAX_FAILURES = 3;

/** Keeps a rate inside what engines accept. */
export function clampRate(rate: number): number {
  if (!Number.isFinite(rate)) return 1;
  return Math.min(MAX_RATE, Math.max(MIN_RATE, Math.round(rate * 100) / 100));
}

/**
 * A queue of sentences played one after another through an engine.
 * Pausing keeps the place in the current sentence; changing the speed
 * replays only the current sentence at the new speed.
 */
export class SpeechQueue<T extends SpeechItem = SpeechItem> {
  private state: SpeechState;
  /** Increases with every utterance handed to the engine; events of older ones are ignored. */
  private generation = 0;
  private failures = 0;
  private restartOnResume = false;
  private listeners = new Set<(state: SpeechState, item: T | undefined) => void>();

  constructor(
    readonly items: readonly T[],
    private readonly engine: SpeechEngine,
    private readonly voice: { lang?: string; voiceURI?: string } = {},
    rate = 1,
  ) {
    this.state = { status: 'idle', index: -1, total: items.length, rate: clampRate(rate) };
  }

  /** The current state; a new object after every change. */
  get current(): SpeechState {
    return this.state;
  }

  /** The sentence being read, if any. */
  get item(): T | undefined {
    return this.items[this.state.index];
  }

  /** Calls `fn` after every change; returns the unsubscribe function. */
  subscribe(fn: (state: SpeechState, item: T | undefined) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Starts reading at sentence `from` (default: the first, or where a finished queue left off). */
  play(from = 0): void {
    if (this.items.length === 0) return;
    this.speakAt(Math.min(Math.max(0, from), this.items.length - 1));
  }

  pause(): void {
    if (this.state.status !== 'playing') return;
    this.engine.pause();
    this.set({ status: 'paused' });
  }

  resume(): void {
    if (this.state.status !== 'paused') return;
    if (this.restartOnResume) {
      this.restartOnResume = false;
      this.speakAt(this.state.index);
      return;
    }
    this.engine.resume();
    this.set({ status: 'playing' });
  }

  /** Play, pause or resume, whichever the button means now. */
  toggle(): void {
    if (this.state.status === 'playing') this.pause();
    else if (this.state.status === 'paused') this.resume();
    else this.play(this.state.status === 'done' ? 0 : Math.max(0, this.state.index));
  }

  stop(): void {
    this.generation++;
    this.engine.cancel();
    this.restartOnResume = false;
    this.set({ status: 'idle', index: -1, charIndex: undefined });
  }

  next(): void {
    if (this.state.index + 1 < this.items.length) this.jump(this.state.index + 1);
  }

  previous(): void {
    if (this.state.index > 0) this.jump(this.state.index - 1);
  }

  /**
   * Changes the speed. Engines fix the rate when an utterance starts, so the
   * current sentence is replayed at the new speed (not the whole article).
   */
  setRate(rate: number): void {
    const next = clampRate(rate);
    if (next === this.state.rate) return;
    this.set({ rate: next });
    if (this.state.status === 'playing') this.speakAt(this.state.index);
    else if (this.state.status === 'paused') this.restartOnResume = true;
  }

  private jump(index: number): void {
    if (this.state.status === 'paused') {
      // Stay paused on the new sentence; resuming reads it from its start.
      this.generation++;
      this.engine.cancel();
      this.restartOnResume = true;
      this.set({ index, charIndex: undefined });
      return;
    }
    this.speakAt(index);
  }

  private speakAt(index: number): void {
    const gen = ++this.generation;
    // Cancel first: an engine left paused would otherwise hold the new utterance back.
    this.engine.cancel();
    this.engine.resume();
    const item = this.items[index]!;
    this.set({ status: 'playing', index, charIndex: undefined });
    const live = () => gen === this.generation;
    this.engine.speak(
      { text: item.text, rate: this.state.rate, lang: this.voice.lang, voiceURI: this.voice.voiceURI },
      {
        onStart: () => {
          if (live()) this.failures = 0;
        },
        onBoundary: (charIndex) => {
          if (live()) this.set({ charIndex });
        },
        onEnd: () => {
          if (live()) this.advance();
        },
        onError: (error) => {
          if (!live() || CANCEL_ERRORS.has(error)) return;
          this.failures++;
          if (this.failures >= MAX_FAILURES) this.stop();
          else this.advance();
        },
      },
    );
  }

  private advance(): void {
    const next = this.state.index + 1;
    if (next < this.items.length) this.speakAt(next);
    else {
      this.generation++;
      this.set({ status: 'done', charIndex: undefined });
    }
  }

  private set(patch: Partial<SpeechState>): void {
    this.state = { ...this.state, ...patch };
    const item = this.item;
    for (const fn of this.listeners) fn(this.state, item);
  }
}
