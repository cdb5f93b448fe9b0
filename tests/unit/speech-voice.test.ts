import { describe, expect, it } from 'vitest';
import { pickVoice, type VoiceLike } from '../../lib/speech/voice';

const voices: VoiceLike[] = [
  { voiceURI: 'en-us-net', name: 'US online', lang: 'en-US', localService: false },
  { voiceURI: 'en-us-local', name: 'US local', lang: 'en_US', localService: true },
  { voiceURI: 'en-gb', name: 'GB', lang: 'en-GB', localService: true, default: true },
  { voiceURI: 'fr', name: 'French', lang: 'fr-FR', localService: true },
];

describe('pickVoice', () => {
  it('prefers a voice of the exact language that runs locally', () => {
    expect(pickVoice(voices, 'en-US')?.voiceURI).toBe('en-us-local');
  });
  it('falls back to the same base language', () => {
    expect(pickVoice(voices, 'fr-CA')?.voiceURI).toBe('fr');
  });
  it('keeps the reader’s own choice for the language', () => {
    expect(pickVoice(voices, 'en-US', { en: 'en-gb' })?.voiceURI).toBe('en-gb');
  });
  it('ignores a chosen voice the browser no longer has', () => {
    expect(pickVoice(voices, 'en-US', { en: 'gone' })?.voiceURI).toBe('en-us-local');
  });
  it('leaves a language with no voice to the engine', () => {
    expect(pickVoice(voices, 'ja')).toBeUndefined();
  });
  it('uses the default voice when the article has no language', () => {
    expect(pickVoice(voices, undefined)?.voiceURI).toBe('en-gb');
  });
});
