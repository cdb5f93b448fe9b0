import { useCallback, useEffect, useState } from 'preact/hooks';
import { readAllSettings, settings, type SettingKey, type SettingValue } from '../utils/settings';

/**
 * One page's view of the settings. A change made here shows in every control
 * of the page at once; it reaches storage a moment later, coalesced, so a
 * slider dragged across its range is one write, not sixty (sync storage
 * allows about two writes a second), and a value echoed back by storage while
 * newer ones are still on their way never moves a control backwards.
 */

/** How long a change waits for the next one before it is written. */
const WRITE_DELAY_MS = 200;

type Listener = (value: unknown) => void;

interface PendingWrite {
  value: unknown;
  timer?: ReturnType<typeof setTimeout>;
  /** The write now running, if any. */
  running?: Promise<void>;
  /** Callers waiting for the value they set to be stored. */
  waiting: Array<() => void>;
}

/** Last value seen or set per setting in this page, so a control mounted later starts right. */
const known = new Map<SettingKey, unknown>();
const listeners = new Map<SettingKey, Set<Listener>>();
const pending = new Map<SettingKey, PendingWrite>();

function publish(key: SettingKey, value: unknown): void {
  known.set(key, value);
  for (const listener of listeners.get(key) ?? []) listener(value);
}

/** A value read from storage: shown unless this page has a newer one on its way. */
function received(key: SettingKey, value: unknown): void {
  if (!pending.has(key)) publish(key, value);
}

async function write(key: SettingKey): Promise<void> {
  const entry = pending.get(key);
  if (!entry || entry.running) return;
  clearTimeout(entry.timer);
  entry.timer = undefined;
  const item = settings[key];
  const run = async () => {
    // Write until storage holds the latest value set while writing.
    let written: unknown;
    do {
      written = entry.value;
      try {
        await (item.setValue as (v: unknown) => Promise<void>)(written);
      } catch (err) {
        console.error(`Precis could not save the setting ${key}`, err);
        break;
      }
    } while (entry.value !== written && !entry.timer);
  };
  entry.running = run();
  await entry.running;
  entry.running = undefined;
  if (entry.timer) return; // a newer change is waiting for its own write
  pending.delete(key);
  for (const done of entry.waiting.splice(0)) done();
  // Catch up with anything another page stored meanwhile.
  received(key, await item.getValue());
}

/** Writes every change still waiting, now (the page is going away). */
export function flushSettings(): Promise<void> {
  return Promise.all([...pending.keys()].map((key) => write(key))).then(() => undefined);
}

function schedule<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
  publish(key, value);
  const entry = pending.get(key) ?? { value, waiting: [] };
  pending.set(key, entry);
  entry.value = value;
  clearTimeout(entry.timer);
  entry.timer = setTimeout(() => {
    entry.timer = undefined;
    void write(key);
  }, WRITE_DELAY_MS);
  return new Promise((resolve) => entry.waiting.push(resolve));
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => void flushSettings());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushSettings();
  });
}

/**
 * Reads every setting once before the first render (the options page does),
 * so nothing flashes from its default to the stored value.
 */
export async function preloadSettings(): Promise<void> {
  const all = await readAllSettings();
  for (const [key, value] of Object.entries(all)) known.set(key as SettingKey, value);
}

/**
 * A setting's current value, re-rendering when it changes anywhere (this
 * page, the options page, another tab), and a setter that shows the new value
 * at once and resolves once it is stored.
 */
export function useSetting<K extends SettingKey>(key: K): [SettingValue<K>, (v: SettingValue<K>) => Promise<void>] {
  const item = settings[key];
  const [value, setValue] = useState<SettingValue<K>>(
    () => (known.has(key) ? known.get(key) : item.fallback) as SettingValue<K>,
  );
  useEffect(() => {
    const listener: Listener = (v) => setValue(v as SettingValue<K>);
    const set = listeners.get(key) ?? new Set<Listener>();
    listeners.set(key, set);
    set.add(listener);
    if (known.has(key)) setValue(known.get(key) as SettingValue<K>);
    // A change reported while the first read is on its way is newer than what that read returns.
    let changed = false;
    void item.getValue().then((v) => {
      if (!changed) received(key, v);
    });
    const unwatch = item.watch((v) => {
      changed = true;
      received(key, v ?? item.fallback);
    });
    return () => {
      set.delete(listener);
      unwatch();
    };
  }, [key, item]);
  const set = useCallback((v: SettingValue<K>) => schedule(key, v), [key]);
  return [value, set];
}
