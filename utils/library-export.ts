import { zipSync } from 'fflate';
import { articlesToHtmlDocument, articlesToMarkdown, fileNameFor, markdownFolder } from '../lib/library/export';
import { sanitizeHtml } from '../lib/sanitize';
import { library, type SavedArticle } from './library-db';
import { inlineArticleImages, onlineArticle } from './library-render';

/** Exports from the library page as downloads (issue #7). */

export type ExportFormat = 'markdown' | 'markdown-zip' | 'html' | 'backup';

function download(name: string, type: string, content: string | Uint8Array): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
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
  if (format === 'markdown-zip') {
    const items = await Promise.all(
      all.map(async (s) => ({ article: s.article, stored: await library.getImages(s.entry.id) })),
    );
    const { files, imagePaths } = markdownFolder(items.map((i) => ({ article: i.article, images: i.stored })));
    const enc = new TextEncoder();
    const zip: Record<string, Uint8Array> = {};
    for (const [path, md] of files) zip[path] = enc.encode(md);
    for (const { stored } of items) {
      for (const im of stored) zip[imagePaths.get(im.id)!] = new Uint8Array(await im.blob.arrayBuffer());
    }
    download(fileNameFor(name, 'zip'), 'application/zip', zipSync(zip, { level: 0 }));
    return;
  }
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
