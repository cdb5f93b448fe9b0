import { useSetting } from '../hooks/useSetting';
import { SETTING_RULES } from '../lib/settings-schema';
import type { SettingKey, SettingValue } from '../utils/settings';

/** Settings that are a number within limits. */
export type NumberSetting = { [K in SettingKey]: SettingValue<K> extends number ? K : never }[SettingKey];

interface Props {
  name: NumberSetting;
  label: string;
  hint?: string;
  /** How the value reads aloud and on screen, e.g. `18 px`. */
  format?: (value: number) => string;
  disabled?: boolean;
  /** A slider, or a number field for values typed rather than felt. */
  control?: 'range' | 'number';
}

/** One numeric setting, with the limits of lib/settings-schema.ts. */
export function SettingRange({ name, label, hint, format = String, disabled, control = 'range' }: Props) {
  const [value, set] = useSetting(name);
  const rule = SETTING_RULES[name];
  if (rule.kind !== 'number') throw new Error(`${name} is not a number setting`);
  const id = `setting-${name}`;
  const commit = (raw: string) => {
    const n = Number(raw);
    // A half-typed number field is left alone until it holds a value within the limits.
    if (raw !== '' && Number.isFinite(n) && n >= rule.min && n <= rule.max) void set(n);
  };
  const input = (
    <input
      type={control}
      id={id}
      data-testid={id}
      min={rule.min}
      max={rule.max}
      step={rule.step}
      value={value}
      disabled={disabled}
      aria-valuetext={control === 'range' ? format(value) : undefined}
      aria-describedby={hint ? `${id}-hint` : undefined}
      onInput={(e) => commit(e.currentTarget.value)}
    />
  );
  return (
    <div class={`setting setting-${control}`}>
      <label for={id}>{label}</label>
      {control === 'range' ? (
        <>
          {input}
          <output for={id} aria-hidden="true">
            {format(value)}
          </output>
        </>
      ) : (
        <span class="setting-field">
          {input}
          {rule.unit && <span class="setting-unit">{rule.unit}</span>}
        </span>
      )}
      {hint && (
        <p id={`${id}-hint`} class="setting-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
