import { useEffect } from 'preact/hooks';
import { useSetting } from './useSetting';

/** Applies the reader's theme to the page root; `system` follows the OS. */
export function useTheme(): void {
  const [theme] = useSetting('theme');
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
