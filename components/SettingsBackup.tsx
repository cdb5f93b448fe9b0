import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_SETTINGS_FILE_CHARS, parseSettingsFile, toSettingsFile } from '../lib/settings-schema';
import { flushSettings } from '../hooks/useSetting';
import { readAllSettings, resetSettings, writeSettings } from '../utils/settings';

type Status = { kind: 'ok'; text: string } | { kind: 'error'; text: string; details: string[] };

/** Reset to defaults; export the settings as JSON; import them back, validated. */
export function SettingsBackup() {
  const [status, setStatus] = useState<Status | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // Keyboard users land on the question's answer, then back on the button that asked it.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (asked.current) resetButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  // Each of these first stores what the reader changed a moment ago, so it is
  // exported, and is not written back over a reset or an import.
  const exportSettings = async () => {
    await flushSettings();
    const json = JSON.stringify(toSettingsFile(await readAllSettings()), null, 2);
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'precis-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus({ kind: 'ok', text: 'Settings exported as precis-settings.json.' });
  };

  const importSettings = async (f: File | undefined) => {
    if (!f) return;
    if (f.size > MAX_SETTINGS_FILE_CHARS * 4) {
      setStatus({
        kind: 'error',
        text: `${f.name} was not imported.`,
        details: ['This file is too large to be Precis settings.'],
      });
      return;
    }
    const result = parseSettingsFile(await f.text());
    if (!result.ok) {
      setStatus({
        kind: 'error',
        text: `${f.name} was not imported; your settings are unchanged.`,
        details: result.errors,
      });
      return;
    }
    await flushSettings();
    await writeSettings(result.settings);
    const n = Object.keys(result.settings).length;
    const ignored = result.ignored.length ? ` Ignored what Precis does not know: ${result.ignored.join(', ')}.` : '';
    setStatus({ kind: 'ok', text: `Imported ${n} setting${n === 1 ? '' : 's'} from ${f.name}.${ignored}` });
  };

  const reset = async () => {
    await flushSettings();
    await resetSettings();
    setConfirming(false);
    setStatus({ kind: 'ok', text: 'Every setting is back to its default.' });
  };

  return (
    <div class="setting setting-backup">
      <div class="button-row">
        <button type="button" data-testid="export-settings" onClick={() => void exportSettings()}>
          Export settings…
        </button>
        <button type="button" data-testid="import-settings" onClick={() => file.current?.click()}>
          Import settings…
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="import-file"
          onChange={(e) => {
            const input = e.currentTarget;
            void importSettings(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
        {!confirming ? (
          <button ref={resetButton} type="button" data-testid="reset-settings" onClick={() => setConfirming(true)}>
            Reset to defaults…
          </button>
        ) : (
          <span class="confirm" role="group" aria-label="Reset every setting?">
            <span>Reset every setting?</span>
            <button type="button" class="danger" data-testid="confirm-reset" onClick={() => void reset()}>
              Reset
            </button>
            <button ref={cancel} type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        )}
      </div>
      <div aria-live="polite" data-testid="backup-status">
        {status?.kind === 'ok' && <p class="setting-message">{status.text}</p>}
        {status?.kind === 'error' && (
          <div class="setting-message error" role="alert">
            <p>{status.text}</p>
            <ul>
              {status.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
