import { useEffect } from 'preact/hooks';
import { readingStyleVars } from '../lib/reading-style';
import { useSetting } from './useSetting';

/**
 * Applies the reader's font, size, line height, width and justification to
 * `target` (the page root by default) as the CSS variables of
 * assets/reading.css, and keeps them in step with the settings.
 */
export function useReadingStyle(target?: HTMLElement | null): void {
  const [fontFamily] = useSetting('fontFamily');
  const [fontSize] = useSetting('fontSize');
  const [lineHeight] = useSetting('lineHeight');
  const [contentWidth] = useSetting('contentWidth');
  const [justify] = useSetting('justify');
  useEffect(() => {
    const el = target ?? document.documentElement;
    const vars = readingStyleVars({ fontFamily, fontSize, lineHeight, contentWidth, justify });
    for (const [name, value] of Object.entries(vars)) el.style.setProperty(name, value);
  }, [target, fontFamily, fontSize, lineHeight, contentWidth, justify]);
}
