import { useEffect, useState } from 'preact/hooks';
import { settings, type SettingKey, type SettingValue } from '../utils/settings';

/**
 * A setting's current value, re-rendering when it changes anywhere (options
 * page, another tab). Starts at the fallback until storage answers.
 */
export function useSetting<K extends SettingKey>(key: K): [SettingValue<K>, (v: SettingValue<K>) => Promise<void>] {
  const item = settings[key];
  const [value, setValue] = useState<SettingValue<K>>(item.fallback as SettingValue<K>);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v as SettingValue<K>));
    const unwatch = item.watch((v) => setValue((v ?? item.fallback) as SettingValue<K>));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  const set = (v: SettingValue<K>) => (item.setValue as (x: SettingValue<K>) => Promise<void>)(v);
  return [value, set];
}
