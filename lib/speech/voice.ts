/** What Precis needs to know of a `SpeechSynthesisVoice`. */
export interface VoiceLike {
  voiceURI: string;
  name: string;
  lang: string;
  localService?: boolean;
  default?: boolean;
}

/** "en_GB" and "EN-gb" both become "en-gb". */
function normLang(lang: string): string {
  return lang.replace(/_/g, '-').toLowerCase();
}

/**
 * Chooses the voice to read an article in (issue #6): the reader's own
 * choice for that language when the browser still has it, else a voice of
 * the exact language, else one of the same base language ("pt" for "pt-BR"),
 * preferring voices that run on the machine. Undefined leaves the choice to
 * the engine (its default voice).
 */
export function pickVoice(
  voices: readonly VoiceLike[],
  lang: string | undefined,
  preferred?: Record<string, string>,
): VoiceLike | undefined {
  if (!lang) return voices.find((v) => v.default);
  const want = normLang(lang);
  const base = want.split('-')[0]!;
  const chosen = preferred?.[base] ?? preferred?.[want];
  const mine = chosen ? voices.find((v) => v.voiceURI === chosen) : undefined;
  if (mine) return mine;
  const rank = (v: VoiceLike) => (v.localService ? 2 : 0) + (v.default ? 1 : 0);
  const best = (list: VoiceLike[]) => list.sort((a, b) => rank(b) - rank(a))[0];
  const exact = voices.filter((v) => normLang(v.lang) === want);
  if (exact.length > 0) return best(exact);
  const sameBase = voices.filter((v) => normLang(v.lang).split('-')[0] === base);
  return best(sameBase);
}
