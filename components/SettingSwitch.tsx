import { useSetting } from '../hooks/useSetting';
import type { SettingKey, SettingValue } from '../utils/settings';

/** Settings that are on or off. */
export type SwitchSetting = { [K in SettingKey]: SettingValue<K> extends boolean ? K : never }[SettingKey];

interface Props {
  name: SwitchSetting;
  label: string;
  hint?: string;
}

/** One on/off setting: a labelled native checkbox announced as a switch. */
export function SettingSwitch({ name, label, hint }: Props) {
  const [value, set] = useSetting(name);
  const id = `setting-${name}`;
  return (
    <div class="setting setting-switch">
      <input
        type="checkbox"
        role="switch"
        id={id}
        data-testid={id}
        checked={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => void set(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="setting-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
