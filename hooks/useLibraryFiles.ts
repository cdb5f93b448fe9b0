import { useState } from 'preact/hooks';
import { library } from '../utils/library-db';
import type { ExportFormat } from '../utils/library-export';

/** A line telling how an export or import went. */
export interface FileStatus {
  text: string;
  error?: boolean;
}

export interface LibraryFiles {
  status?: FileStatus;
  /** Exports some articles (or all) as Markdown, HTML or a backup. */
  runExport(format: ExportFormat, ids?: string[]): Promise<void>;
  /** Imports a backup file, all or nothing. */
  importFile(file: File): Promise<void>;
}

/** The library's exports and backup imports, with a status line for each (issue #7). */
export function useLibraryFiles(): LibraryFiles {
  const [status, setStatus] = useState<FileStatus | undefined>(undefined);
  const runExport = async (format: ExportFormat, ids?: string[]) => {
    setStatus({ text: 'Preparing the export…' });
    try {
      // Loaded on demand: Markdown and HTML export code is not needed to open the library.
      const { exportArticles } = await import('../utils/library-export');
      await exportArticles(format, ids);
      setStatus(undefined);
    } catch (err) {
      setStatus({ text: `The export failed: ${String(err)}`, error: true });
    }
  };
  const importFile = async (file: File) => {
    setStatus({ text: `Checking ${file.name}…` });
    const result = await library.importBackup(await file.text());
    setStatus(
      result.ok
        ? { text: `Imported ${result.count} article${result.count === 1 ? '' : 's'} from ${file.name}.` }
        : { text: result.message, error: true },
    );
  };
  return { status, runExport, importFile };
}
