import type { ComponentChildren } from 'preact';
import { ImageSavingSwitch } from '../../components/ImageSavingSwitch';
import { ReadingPreview } from '../../components/ReadingPreview';
import { SettingChoice } from '../../components/SettingChoice';
import { SettingRange } from '../../components/SettingRange';
import { SettingsBackup } from '../../components/SettingsBackup';
import { SettingSwitch } from '../../components/SettingSwitch';
import { ShortcutSettings } from '../../components/ShortcutSettings';
import { VoiceSettings } from '../../components/VoiceSettings';
import { useReadingStyle } from '../../hooks/useReadingStyle';
import { useSetting } from '../../hooks/useSetting';
import { useTheme } from '../../hooks/useTheme';

const THEME_OPTIONS = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'sepia', label: 'Sepia' },
  { value: 'contrast', label: 'High contrast' },
];

const FONT_OPTIONS = [
  { value: 'serif', label: 'Serif' },
  { value: 'sans', label: 'Sans serif' },
  { value: 'mono', label: 'Monospace' },
  { value: 'dyslexic', label: 'OpenDyslexic' },
];

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="settings-section" aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** The options page: every setting of lib/settings-schema.ts, saved the moment it changes. */
export function App() {
  useTheme();
  useReadingStyle();
  const [pointsOn] = useSetting('pointsEnabled');
  return (
    <div class="options">
      <header class="options-header">
        <h1>Precis settings</h1>
        <p class="setting-hint">Changes are saved at once and apply to every open Precis page.</p>
      </header>
      <main>
        <Section id="features" title="Features">
          <SettingSwitch name="pointsEnabled" label="Main points" hint="A few sentences that carry the article." />
          <SettingRange
            name="pointsCount"
            label="How many main points"
            format={(n) => `${n} points`}
            disabled={!pointsOn}
          />
          <SettingSwitch name="faqEnabled" label="FAQ" hint="Questions and answers the page offers." />
          <SettingSwitch name="showArticle" label="Show the full article in the popup" />
          <SettingSwitch
            name="cleanClutter"
            label="Clean clutter"
            hint="Removes ads, “read also” links and prompts. Turn off for a page where cleaning removes too much."
          />
          <SettingSwitch
            name="tidyTypos"
            label="Tidy obvious typos"
            hint="Adds a missing space after a full stop and capitalises a sentence or heading that starts in lowercase. Only in what you see; saved articles stay as published."
          />
          <SettingSwitch name="showReadingTime" label="Show reading time" />
        </Section>

        <Section id="reading" title="Reading">
          <SettingChoice name="theme" legend="Theme" options={THEME_OPTIONS} />
          <SettingChoice name="fontFamily" legend="Font" options={FONT_OPTIONS} />
          <SettingRange name="fontSize" label="Text size" format={(n) => `${n} px`} />
          <SettingRange name="lineHeight" label="Line spacing" format={(n) => n.toFixed(1)} />
          <SettingRange name="contentWidth" label="Line length" format={(n) => `${n} characters`} />
          <SettingSwitch name="justify" label="Justify text" />
          <ReadingPreview />
        </Section>

        <Section id="saving" title="Saving">
          <ImageSavingSwitch />
          <SettingRange
            name="imageCapMb"
            control="number"
            label="Largest total of images per article"
            hint="Images past this size are skipped, and the library says which."
          />
          <SettingSwitch name="autoTagSite" label="Tag saved articles with their site" />
        </Section>

        <Section id="read-aloud" title="Read aloud">
          <VoiceSettings />
        </Section>

        <Section id="shortcut" title="Keyboard shortcut">
          <ShortcutSettings />
        </Section>

        <Section id="backup" title="Back up and reset">
          <SettingsBackup />
        </Section>
      </main>
    </div>
  );
}
