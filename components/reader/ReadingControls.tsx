import { useEffect, useRef, useState } from 'preact/hooks';
import { useSetting } from '../../hooks/useSetting';
import { SETTING_RULES } from '../../lib/settings-schema';
import type { FontFamily, Theme } from '../../utils/settings';
import { Icon } from '../Icon';

const THEME_LABELS: [Theme, string][] = [
  ['system', 'System'],
  ['light', 'Light'],
  ['dark', 'Dark'],
  ['sepia', 'Sepia'],
  ['contrast', 'High contrast'],
];

const FONT_LABELS: [FontFamily, string][] = [
  ['serif', 'Serif'],
  ['sans', 'Sans'],
  ['mono', 'Mono'],
  // Not shown in its own face, unlike serif and mono: that would fetch the font
  // for a reader who only opened this panel (assets/reading.css).
  ['dyslexic', 'OpenDyslexic'],
];

type NumberSetting = 'fontSize' | 'lineHeight' | 'contentWidth';

function limits(name: NumberSetting) {
  const rule = SETTING_RULES[name];
  return rule.kind === 'number' ? rule : { min: 0, max: 100, step: 1, unit: '' };
}

function Slider({ name, label, format }: { name: NumberSetting; label: string; format: (v: number) => string }) {
  const [value, setValue] = useSetting(name);
  const { min, max, step } = limits(name);
  const id = `control-${name}`;
  return (
    <div class="control-row">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        data-testid={id}
        onInput={(e) => void setValue(Number((e.currentTarget as HTMLInputElement).value))}
      />
      <output for={id}>{format(value)}</output>
    </div>
  );
}

/** The reader's typography and theme controls, in a panel under the "Aa" button. */
export function ReadingControls() {
  const [open, setOpen] = useState(false);
  const [theme, setTheme] = useSetting('theme');
  const [font, setFont] = useSetting('fontFamily');
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        root.current?.querySelector<HTMLButtonElement>('.controls-toggle')?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  return (
    <div class="controls" ref={root}>
      <button
        type="button"
        class="button controls-toggle"
        aria-expanded={open}
        aria-controls="reading-controls"
        data-testid="reading-controls"
        onClick={() => setOpen(!open)}
      >
        <Icon name="type" />
        <span>Appearance</span>
      </button>
      <div id="reading-controls" class="controls-panel" hidden={!open} role="group" aria-label="Appearance">
        <fieldset class="segmented">
          <legend>Theme</legend>
          {THEME_LABELS.map(([value, label]) => (
            <label key={value} class={`swatch swatch-${value}`}>
              <input
                type="radio"
                name="theme"
                value={value}
                checked={theme === value}
                data-testid={`theme-${value}`}
                onChange={() => void setTheme(value)}
              />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
        <fieldset class="segmented">
          <legend>Font</legend>
          {FONT_LABELS.map(([value, label]) => (
            <label key={value} class={`font-${value}`}>
              <input
                type="radio"
                name="font"
                value={value}
                checked={font === value}
                data-testid={`font-${value}`}
                onChange={() => void setFont(value)}
              />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
        <Slider name="fontSize" label="Size" format={(v) => `${v}px`} />
        <Slider name="lineHeight" label="Line spacing" format={(v) => v.toFixed(1)} />
        <Slider name="contentWidth" label="Width" format={(v) => `${v} ch`} />
      </div>
    </div>
  );
}
