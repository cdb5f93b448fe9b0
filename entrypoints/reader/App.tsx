import { useMemo } from 'preact/hooks';
import { ReaderView } from '../../components/reader/ReaderView';
import { Skeleton } from '../../components/Skeleton';
import { StateMessage } from '../../components/StateMessage';
import { useReaderArticle } from '../../hooks/useReaderArticle';
import { useReadingStyle } from '../../hooks/useReadingStyle';
import { useTheme } from '../../hooks/useTheme';
import { readerTargetFrom } from '../../utils/reader-handoff';

export function App() {
  useTheme();
  useReadingStyle();
  const target = useMemo(() => readerTargetFrom(location.search), []);
  const load = useReaderArticle(target);
  if (load.status === 'ready') return <ReaderView article={load.article} target={target} />;
  return (
    <main class="reader-state">
      {load.status === 'loading' ? (
        <Skeleton />
      ) : (
        <StateMessage title="Nothing to read here" message={load.message} kind="info" />
      )}
    </main>
  );
}
