import { describe, expect, it } from 'vitest';
import {
  SpeechQueue,
  clampRate,
  type SpeechEngine,
  type Utterance,
  type UtteranceEvents,
} from '../../lib/speech/queue';

/** An engine that records what it was told and lets the test end utterances. */
class FakeEngine implements SpeechEngine {
  spoken: Utterance[] = [];
  events: UtteranceEvents[] = [];
  calls: string[] = [];
  speak(u: Utterance, e: UtteranceEvents) {
    this.spoken.push(u);
    this.events.push(e);
    this.calls.push(`speak:${u.text}`);
  }
  cancel() {
    this.calls.push('cancel');
    // Like Chrome: the cancelled utterance reports an error.
    this.events.at(-1)?.onError('interrupted');
  }
  pause() {
    this.calls.push('pause');
  }
  resume() {
    this.calls.push('resume');
  }
  /** Ends the utterance spoken last. */
  finish() {
    this.events.at(-1)!.onEnd();
  }
}

const items = ['One.', 'Two.', 'Three.'].map((text) => ({ text }));

describe('SpeechQueue', () => {
  it('reads the sentences one after another, one utterance each', () => {
    const engine = new FakeEngine();
    const q = new SpeechQueue(items, engine, { lang: 'en' });
    q.play();
    expect(q.current).toMatchObject({ status: 'playing', index: 0 });
    engine.finish();
    engine.finish();
    expect(engine.spoken.map((u) => u.text)).toEqual(['One.', 'Two.', 'Three.']);
    expect(engine.spoken.every((u) => u.lang === 'en')).toBe(true);
    engine.finish();
    expect(q.current.status).toBe('done');
  });

  it('pauses and resumes in the middle of a sentence without replaying it', () => {
    const engine = new FakeEngine();
    const q = new SpeechQueue(items, engine);
    q.play();
    q.pause();
    expect(q.current.status).toBe('paused');
    q.resume();
    expect(q.current).toMatchObject({ status: 'playing', index: 0 });
    expect(engine.spoken).toHaveLength(1);
    expect(engine.calls.slice(-2)).toEqual(['pause', 'resume']);
  });

  it('changes speed by replaying only the current sentence', () => {
    const engine = new FakeEngine();
    const q = new SpeechQueue(items, engine);
    q.play();
    engine.finish();
    q.setRate(1.5);
    expect(engine.spoken.map((u) => [u.text, u.rate])).toEqual([
      ['One.', 1],
      ['Two.', 1],
      ['Two.', 1.5],
    ]);
    // The cancelled utterance's events are ignored: no skip to "Three.".
    expect(q.current.index).toBe(1);
  });

  it('applies a speed changed while paused when resuming', () => {
    const engine = new FakeEngine();
    const q = new SpeechQueue(items, engine);
    q.play();
    q.pause();
    q.setRate(0.75);
    expect(engine.spoken).toHaveLength(1);
    q.resume();
    expect(engine.spoken.at(-1)).toMatchObject({ text: 'One.', rate: 0.75 });
  });

  it('ignores events of a cancelled utterance after stop', () => {
    const engine = new FakeEngine();
    const q = new SpeechQueue(items, engine);
    q.play();
    const stale = engine.events[0]!;
    q.stop();
    stale.onEnd();
    expect(q.current).toMatchObject({ status: 'idle', index: -1 });
    expect(engine.spoken).toHaveLength(1);
  });

  it('skips a sentence the engine fails on, and gives up after three in a row', () => {
    const engine = new FakeEngine();
    const q = new SpeechQueue([...items, { text: 'Four.' }], engine);
    q.play();
    engine.events.at(-1)!.onError('synthesis-failed');
    expect(q.current.index).toBe(1);
    engine.events.at(-1)!.onError('synthesis-failed');
    engine.events.at(-1)!.onError('synthesis-failed');
    expect(q.current.status).toBe('idle');
  });

  it('moves to the next and previous sentence', () => {
    const engine = new FakeEngine();
    const q = new SpeechQueue(items, engine);
    q.play();
    q.next();
    q.next();
    q.previous();
    expect(q.current.index).toBe(1);
    expect(engine.spoken.at(-1)!.text).toBe('Two.');
  });

  it('reports word boundaries of the current sentence only', () => {
    const engine = new FakeEngine();
    const q = new SpeechQueue(items, engine);
    const seen: (number | undefined)[] = [];
    q.subscribe((s) => seen.push(s.charIndex));
    q.play();
    engine.events[0]!.onBoundary!(2);
    expect(q.current.charIndex).toBe(2);
    engine.finish();
    expect(q.current.charIndex).toBeUndefined();
    engine.events[0]!.onBoundary!(3);
    expect(q.current.charIndex).toBeUndefined();
  });

  it('toggles: play, pause, resume, and replays from the start when done', () => {
    const engine = new FakeEngine();
    const q = new SpeechQueue(items.slice(0, 1), engine);
    q.toggle();
    expect(q.current.status).toBe('playing');
    q.toggle();
    expect(q.current.status).toBe('paused');
    q.toggle();
    engine.finish();
    expect(q.current.status).toBe('done');
    q.toggle();
    expect(q.current).toMatchObject({ status: 'playing', index: 0 });
  });

  it('does nothing with no sentences', () => {
    const q = new SpeechQueue([], new FakeEngine());
    q.play();
    expect(q.current.status).toBe('idle');
  });

  it.each([
    [3, 2],
    [0.1, 0.5],
    [1.234, 1.23],
    [Number.NaN, 1],
  ])('keeps rate %s inside what engines accept (%s)', (given, kept) => {
    expect(clampRate(given)).toBe(kept);
  });
});
