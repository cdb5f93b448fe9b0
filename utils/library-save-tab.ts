import { optionsFromSettings } from './extract-options';
import { extractFromTab } from './extract-tab';
import { hasImageAccess, saveArticle, skippedSummary } from './library-save';
import { toolbarButton } from './platform';

/**
 * Saves a tab's article from the background (context menu, keyboard
 * command; issue #7). The service worker cannot ask for permissions, so
 * images are kept only when access was granted before; the outcome shows
 * on the toolbar button's badge and tooltip, as there is no popup to say it.
 */
export async function saveTab(tabId: number, url: string | undefined): Promise<void> {
  const button = toolbarButton();
  const show = async (text: string, title: string, color: string) => {
    await button.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined);
    await button.setBadgeText({ tabId, text }).catch(() => undefined);
    await button.setTitle({ tabId, title }).catch(() => undefined);
  };
  await show('…', 'Precis is saving this page', '#555555');
  const read = await extractFromTab(tabId, url, await optionsFromSettings());
  if (!read.ok) {
    await show('!', `Precis could not save this page: ${read.message}`, '#b3261e');
    return;
  }
  const result = await saveArticle(read.article, await hasImageAccess(read.article));
  if (!result.ok) {
    await show('!', result.message, '#b3261e');
    return;
  }
  const note = skippedSummary(result.skipped, result.textOnly);
  await show('✓', `Saved to your Precis library.${note ? ` ${note}` : ''}`, '#1b6e3a');
}
