import { useEffect, useState } from 'preact/hooks';
import { collapsedSections } from '../utils/settings';

/**
 * Whether the popup section `id` is collapsed, remembered in this browser
 * (utils/settings.ts `collapsedSections`). Starts expanded until storage answers.
 */
export function useCollapsed(id: string): [boolean, (collapsed: boolean) => void] {
  const [collapsed, setCollapsed] = useState(false);
  useEffect(() => {
    let live = true;
    void collapsedSections.getValue().then((all) => live && setCollapsed(all[id] === true));
    const unwatch = collapsedSections.watch((all) => setCollapsed(all?.[id] === true));
    return () => {
      live = false;
      unwatch();
    };
  }, [id]);
  const set = (next: boolean) => {
    setCollapsed(next);
    void collapsedSections.getValue().then((all) => collapsedSections.setValue({ ...all, [id]: next }));
  };
  return [collapsed, set];
}
