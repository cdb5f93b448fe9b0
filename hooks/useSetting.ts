import { useCallback, useEffect, useState } from 'preact/hooks';
import { readAllSettings, settings, type SettingKey, type SettingValue } from '../utils/settings';

/** Last value seen per setting in this page, so a control mounted later starts right, not at the default. */
const known = new Map<SettingKey, unknown>();

/**
 * Reads every setting once before the first render (the options page does),
 * so nothing flashes from its default to the stored value.
 */
export async function preloadSettings(): Promise<void> {
  const all = await readAllSettings();
  for (const [key, value] of Object.entries(all)) known.set(key as SettingKey, value);
}

/**
 * A setting's current value, re-rendering when it changes anywhere (options
 * page, another tab). Starts at the last value seen in this page, or the
 * fallback, until storage answers.
 */
export function useSetting<K extends SettingKey>(key: K): [SettingValue<K>, (v: SettingValue<K>) => Promise<void>] {
  const item = settings[key];
  const [value, setValue] = useState<SettingValue<K>>(
    () => (known.has(key) ? known.get(key) : item.fallback) as SettingValue<K>,
  );
  useEffect(() => {
    let live = true;
    const update = (v: SettingValue<K>) => {
      known.set(key, v);
      if (live) setValue(v);
    };
    void item.getValue().then((v) => update(v as SettingValue<K>));
    const unwatch = item.watch((v) => update((v ?? item.fallback) as SettingValue<K>));
    return () => {
      live = false;
      unwatch();
    };
  }, [key, item]);
  const set = useCallback((v: SettingValue<K>) => (item.setValue as (x: SettingValue<K>) => Promise<void>)(v), [item]);
  return [value, set];
}
