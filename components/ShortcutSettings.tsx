import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

const NAMES: Record<string, string> = {
  _execute_action: 'Open Precis',
  _execute_browser_action: 'Open Precis',
};

/**
 * The keyboard shortcuts Precis declares (manifest `commands`) and the key
 * each has now; the browser's own page is where they are changed.
 */
export function ShortcutSettings() {
  const [commands, setCommands] = useState<Command[] | undefined>(undefined);
  const [help, setHelp] = useState<string | undefined>(undefined);

  useEffect(() => {
    const load = () =>
      void Promise.resolve()
        .then(() => browser.commands.getAll())
        .then((all) => setCommands(all))
        .catch(() => setCommands([]));
    load();
    // Coming back from the browser's shortcuts page: show the new keys.
    window.addEventListener('focus', load);
    return () => window.removeEventListener('focus', load);
  }, []);

  const openShortcutsPage = async () => {
    const commandsApi = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
    try {
      if (commandsApi.openShortcutSettings) return await commandsApi.openShortcutSettings();
      if (!import.meta.env.FIREFOX) return void (await browser.tabs.create({ url: 'chrome://extensions/shortcuts' }));
    } catch {
      // Fall through to the written directions.
    }
    setHelp(
      import.meta.env.FIREFOX
        ? 'Open about:addons, click the gear button, then “Manage Extension Shortcuts”.'
        : 'Open chrome://extensions/shortcuts in a new tab.',
    );
  };

  return (
    <div class="setting setting-shortcuts" data-testid="shortcuts">
      {commands === undefined ? null : commands.length === 0 ? (
        <p>Precis has no keyboard shortcut in this browser.</p>
      ) : (
        <dl class="shortcut-list">
          {commands.map((c) => (
            <div key={c.name} class="shortcut">
              <dt>{(c.name && NAMES[c.name]) ?? c.description ?? c.name}</dt>
              <dd data-testid={`shortcut-${c.name}`}>
                {c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="setting-hint">Not set</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" onClick={() => void openShortcutsPage()}>
        Change keyboard shortcuts…
      </button>
      {help && (
        <p class="setting-hint" role="status">
          {help}
        </p>
      )}
    </div>
  );
}
