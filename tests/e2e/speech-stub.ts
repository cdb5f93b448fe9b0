/**
 * Replaces only the audio of the browser's speech engine: `speak` fires
 * start, a word boundary and, a moment later, end, like a voice would;
 * pause holds the end back; cancel reports "interrupted". The read-aloud
 * logic under test (queue, highlighting, controls) runs unchanged.
 * Injected with page.addInitScript, so it runs before the reader's code.
 */
export function stubSpeechAudio(sentenceMs: number): void {
  type U = SpeechSynthesisUtterance & { __done?: boolean };
  const log = { spoken: [] as string[], rates: [] as number[], paused: false };
  (window as unknown as { __speech: typeof log }).__speech = log;
  let current: U | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = (u: U, type: string, extra: object = {}) => {
    const handler = (u as unknown as Record<string, ((e: object) => void) | null>)[`on${type}`];
    handler?.call(u, { type, utterance: u, charIndex: 0, name: 'word', ...extra });
  };
  const endLater = (u: U) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (current !== u || log.paused) return;
      current = null;
      fire(u, 'end');
    }, sentenceMs);
  };
  const synth = window.speechSynthesis;
  synth.speak = (u: U) => {
    log.spoken.push(u.text);
    log.rates.push(u.rate);
    current = u;
    setTimeout(() => {
      if (current !== u) return;
      fire(u, 'start');
      fire(u, 'boundary', { charIndex: 0 });
      if (!log.paused) endLater(u);
    }, 10);
  };
  synth.cancel = () => {
    clearTimeout(timer);
    const u = current;
    current = null;
    if (u) fire(u, 'error', { error: 'interrupted' });
  };
  synth.pause = () => {
    log.paused = true;
    clearTimeout(timer);
  };
  synth.resume = () => {
    if (!log.paused) return;
    log.paused = false;
    if (current) endLater(current);
  };
}
