import { useCallback, useEffect, useState } from 'preact/hooks';
import { settings } from '../utils/settings';
import { readTabArticle, takeEarlyRead, type TabArticleState } from '../utils/tab-reading';

export type { TabArticleState } from '../utils/tab-reading';

/** Reads the article of the tab the popup was opened on. */
export function useTabArticle(): { state: TabArticleState; retry: () => void } {
  const [state, setState] = useState<TabArticleState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    // The first attempt takes over the read started early; a retry reads again.
    const reading = (attempt === 0 && takeEarlyRead()) || readTabArticle();
    reading
      .then((next) => live && setState(next))
      .catch((err: unknown) => {
        if (live) setState({ status: 'failed', kind: 'error', message: `Something went wrong: ${String(err)}` });
      });
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // A switch that changes what extraction does (cleaning, FAQ, points) reads the page again at once.
  useEffect(() => {
    const items = [settings.cleanClutter, settings.faqEnabled, settings.pointsEnabled, settings.pointsCount];
    const unwatch = items.map((item) => item.watch(() => retry()));
    return () => unwatch.forEach((u) => u());
  }, [retry]);
  return { state, retry };
}
