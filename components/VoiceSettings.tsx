import { useSetting } from '../hooks/useSetting';
import { useVoices } from '../hooks/useVoices';
import { SettingRange } from './SettingRange';

const SAMPLE = 'This is how Precis reads an article aloud.';

/** Primary language subtag of a voice: voices are chosen per language, not per region. */
const primary = (lang: string) => lang.split(/[-_]/)[0]!.toLowerCase();

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([navigator.language, 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Read aloud: a voice for each language the browser can speak, and the speed. */
export function VoiceSettings() {
  const voices = useVoices();
  const [chosen, setChosen] = useSetting('voices');
  const [rate] = useSetting('speechRate');
  const byLang = new Map<string, SpeechSynthesisVoice[]>();
  for (const v of voices) {
    const lang = primary(v.lang);
    if (!/^[a-z]{2,3}$/.test(lang)) continue;
    byLang.set(lang, [...(byLang.get(lang) ?? []), v]);
  }
  const langs = [...byLang.keys()].sort((a, b) => languageName(a).localeCompare(languageName(b)));

  const choose = (lang: string, uri: string) => {
    const next = Object.entries(chosen).filter(([k]) => k !== lang);
    if (uri) next.push([lang, uri]);
    void setChosen(Object.fromEntries(next));
  };

  const tryVoice = (lang: string) => {
    speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(SAMPLE);
    const voice = byLang.get(lang)?.find((v) => v.voiceURI === chosen[lang]);
    if (voice) u.voice = voice;
    u.lang = voice?.lang ?? lang;
    u.rate = rate;
    speechSynthesis.speak(u);
  };

  return (
    <>
      <SettingRange name="speechRate" label="Speed" format={(v) => `${v.toFixed(1)}×`} />
      {langs.length === 0 ? (
        <p class="setting-hint" data-testid="no-voices">
          This browser offers no voices to read aloud with.
        </p>
      ) : (
        <div class="voice-list">
          {langs.map((lang) => {
            const id = `voice-${lang}`;
            return (
              <div key={lang} class="setting setting-voice">
                <label for={id}>{languageName(lang)}</label>
                <select id={id} value={chosen[lang] ?? ''} onChange={(e) => choose(lang, e.currentTarget.value)}>
                  <option value="">Browser default</option>
                  {byLang.get(lang)!.map((v) => (
                    <option key={v.voiceURI} value={v.voiceURI}>
                      {v.name}
                      {v.localService ? '' : ' (online)'}
                    </option>
                  ))}
                </select>
                <button type="button" onClick={() => tryVoice(lang)} aria-label={`Try the ${languageName(lang)} voice`}>
                  Try
                </button>
              </div>
            );
          })}
        </div>
      )}
    </>
  );
}
