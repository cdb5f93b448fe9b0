import { useEffect, useState } from 'preact/hooks';
import type { ReaderTarget } from '../utils/reader-handoff';
import { loadReaderArticle, type ReaderLoad } from '../utils/reader-source';

/** The article the reader tab shows, loaded once from where its address says. */
export function useReaderArticle(target: ReaderTarget): ReaderLoad {
  const [load, setLoad] = useState<ReaderLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    let release: (() => void) | undefined;
    loadReaderArticle(target)
      .then((result) => {
        release = result.release;
        if (live) setLoad(result);
        else release?.();
      })
      .catch(
        (err: unknown) =>
          live && setLoad({ status: 'failed', message: `Precis could not open this article: ${String(err)}` }),
      );
    return () => {
      live = false;
      release?.();
    };
  }, [target]);
  return load;
}
