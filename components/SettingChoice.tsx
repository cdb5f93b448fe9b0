import { useSetting } from '../hooks/useSetting';

/** Settings that pick one of a few named values. */
export type ChoiceSetting = 'theme' | 'fontFamily';

interface Props<K extends ChoiceSetting> {
  name: K;
  legend: string;
  options: { value: string; label: string }[];
}

/** One choice among a few: a radio group (arrow keys move within it). */
export function SettingChoice<K extends ChoiceSetting>({ name, legend, options }: Props<K>) {
  const [value, set] = useSetting(name);
  return (
    <fieldset class="setting setting-choice" data-testid={`setting-${name}`}>
      <legend>{legend}</legend>
      {options.map((o) => {
        const id = `setting-${name}-${o.value}`;
        return (
          <span key={o.value} class="choice">
            <input
              type="radio"
              id={id}
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => void (set as (v: string) => Promise<void>)(o.value)}
            />
            <label for={id}>{o.label}</label>
          </span>
        );
      })}
    </fieldset>
  );
}
