import type { ExtractOptions } from '../lib/types';
import { settings } from './settings';

/**
 * Extraction options from the reader's settings: a feature switched off does
 * no work. Kept out of hooks/ so that the background page, which saves from
 * the context menu, does not bundle Preact (issue #10: web-ext lint).
 */
export async function optionsFromSettings(): Promise<ExtractOptions> {
  const [clean, faq, pointsOn, count] = await Promise.all([
    settings.cleanClutter.getValue(),
    settings.faqEnabled.getValue(),
    settings.pointsEnabled.getValue(),
    settings.pointsCount.getValue(),
  ]);
  return { clean, faq, points: pointsOn ? count : 0, fallbackText: true };
}
