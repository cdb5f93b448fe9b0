import { browser } from 'wxt/browser';
import { Icon } from './Icon';

/** The gear that opens the settings page, in the popup and the reader. */
export function SettingsButton() {
  return (
    <button
      type="button"
      class="icon-button"
      data-testid="open-settings"
      aria-label="Settings"
      title="Settings"
      onClick={() => void browser.runtime.openOptionsPage()}
    >
      <Icon name="settings" />
    </button>
  );
}
