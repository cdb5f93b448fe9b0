import { articlesToHtmlDocument, articlesToMarkdown, fileNameFor } from '../lib/library/export';
import { sanitizeHtml } from '../lib/sanitize';
import { library, type SavedArticle } from './library-db';
import { inlineArticleImages, onlineArticle } from './library-render';

/** Exports from the library page as downloads (issue #7). */

export type ExportFormat = 'markdown' | 'html' | 'backup';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function saved(ids: readonly string[]): Promise<SavedArticle[]> {
  const out = await Promise.all(ids.map((id) => library.getArticle(id)));
  return out.filter((s): s is SavedArticle => !!s);
}

const today = () => new Date().toISOString().slice(0, 10);

/** Builds an export of the given articles (all when `ids` is undefined) and downloads it. */
export async function exportArticles(format: ExportFormat, ids?: readonly string[]): Promise<void> {
  if (format === 'backup') {
    const backup = await library.exportBackup(ids);
    download(`precis-library-${today()}.json`, 'application/json', JSON.stringify(backup));
    return;
  }
  const all = await saved(ids ?? (await library.list()).sort((a, b) => b.savedAt - a.savedAt).map((e) => e.id));
  if (!all.length) return;
  const name = all.length === 1 ? all[0]!.entry.title : `precis-library-${today()}`;
  if (format === 'markdown') {
    download(fileNameFor(name, 'md'), 'text/markdown', articlesToMarkdown(all.map(onlineArticle)));
    return;
  }
  const items = [];
  for (const s of all) {
    const article = await inlineArticleImages(s);
    items.push({ article, bodyHtml: sanitizeHtml(article.html), savedAt: s.entry.savedAt });
  }
  download(fileNameFor(name, 'html'), 'text/html', articlesToHtmlDocument(items));
}
