import type { SpeechEngine } from '../lib/speech/queue';
import type { VoiceLike } from '../lib/speech/voice';

/** The browser's `speechSynthesis` as the engine lib/speech/queue.ts drives. */
export function browserSpeechEngine(synth: SpeechSynthesis = window.speechSynthesis): SpeechEngine {
  return {
    speak(u, events) {
      const utterance = new SpeechSynthesisUtterance(u.text);
      utterance.rate = u.rate;
      if (u.lang) utterance.lang = u.lang;
      const voice = u.voiceURI ? synth.getVoices().find((v) => v.voiceURI === u.voiceURI) : undefined;
      if (voice) utterance.voice = voice;
      utterance.onstart = () => events.onStart();
      utterance.onend = () => events.onEnd();
      utterance.onerror = (e) => events.onError(e.error);
      utterance.onboundary = (e) => events.onBoundary?.(e.charIndex);
      synth.speak(utterance);
    },
    cancel: () => synth.cancel(),
    pause: () => synth.pause(),
    resume: () => synth.resume(),
  };
}

/** The browser's voices; Chrome lists them only after `voiceschanged`, so wait a moment for it. */
export function loadVoices(synth: SpeechSynthesis = window.speechSynthesis, waitMs = 1500): Promise<VoiceLike[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((done) => {
    const finish = () => {
      synth.removeEventListener('voiceschanged', finish);
      clearTimeout(timer);
      done(synth.getVoices());
    };
    const timer = setTimeout(finish, waitMs);
    synth.addEventListener('voiceschanged', finish);
  });
}

/** Whether this browser can read aloud at all. */
export function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}
