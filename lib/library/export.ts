import { articleToMarkdown } from '../markdown';
import { formatDate, metaLine } from '../text/format';
import { resolvePlaceholders } from './images';
import type { ExtractedArticle } from '../types';

/**
 * Open-format exports of saved articles (issue #7): Markdown and one
 * self-contained HTML file per article. The HTML given here must already be
 * sanitized and have its image placeholders resolved (data: URLs for HTML,
 * original addresses for Markdown).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const STYLE =
  'body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}' +
  'img{max-width:100%;height:auto}.meta{color:#555;font-size:.9em}aside{border-left:3px solid #ccc;padding-left:1rem}' +
  '@media (prefers-color-scheme:dark){body{color:#e6e6e6;background:#161616}.meta{color:#aaa}}';

/** One article to put in an HTML export. */
export interface HtmlExportItem {
  article: ExtractedArticle;
  /** Sanitized body with images inlined as data: URLs. */
  bodyHtml: string;
  savedAt?: number;
}

function articleSection({ article: a, bodyHtml, savedAt }: HtmlExportItem): string {
  const lang = a.lang ? ` lang="${escapeHtml(a.lang)}"` : '';
  const dir = a.dir ? ` dir="${a.dir}"` : '';
  const meta = metaLine(a);
  const saved = savedAt ? `Saved ${formatDate(new Date(savedAt).toISOString(), 'en')} from ` : 'From ';
  const parts = [
    `<h1>${escapeHtml(a.title)}</h1>`,
    meta ? `<p class="meta">${escapeHtml(meta)}</p>` : '',
    a.points.length
      ? `<aside><h2>Main points</h2><ul>${a.points.map((p) => `<li>${escapeHtml(p.text)}</li>`).join('')}</ul></aside>`
      : '',
    a.faq.length
      ? `<section><h2>FAQ</h2>${a.faq.map((f) => `<h3>${escapeHtml(f.question)}</h3><p>${escapeHtml(f.answer)}</p>`).join('')}</section>`
      : '',
    `<div class="article-body">${bodyHtml}</div>`,
    `<p class="meta">${saved}<a href="${escapeHtml(a.url)}">${escapeHtml(a.url)}</a></p>`,
  ];
  return `<article${lang}${dir}>${parts.filter(Boolean).join('\n')}</article>`;
}

/**
 * Articles as one standalone HTML page: title, metadata, main points, FAQ
 * and body of each, with no script and nothing loaded from elsewhere (its
 * CSP allows only inline styles and data: images).
 */
export function articlesToHtmlDocument(items: readonly HtmlExportItem[]): string {
  const title = items.length === 1 ? items[0]!.article.title : `${items.length} articles saved in Precis`;
  return (
    `<!doctype html>\n<html><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>\n<body>${items.map(articleSection).join('\n<hr>\n')}</body></html>\n`
  );
}

/**
 * Articles as one Markdown document, separated by rules.
 * @param items articles whose `html` has images pointing at their original addresses
 */
export function articlesToMarkdown(items: readonly ExtractedArticle[]): string {
  return items.map((a) => articleToMarkdown(a)).join('\n---\n\n');
}

/** A file name from a title: letters, digits and dashes, at most 80 characters. */
export function fileNameFor(title: string, ext: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return `${base || 'article'}.${ext}`;
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
};

/** One saved article for a Markdown folder export: `html` still holds image placeholders. */
export interface MarkdownExportItem {
  article: ExtractedArticle;
  images: readonly { id: string; type: string }[];
}

/**
 * Articles as a folder of Markdown files, one per article, whose images
 * point at files in `images/` (relative links, so the folder reads offline).
 * Returns the Markdown files by path, and the path each stored image goes to.
 */
export function markdownFolder(items: readonly MarkdownExportItem[]): {
  files: Map<string, string>;
  imagePaths: Map<string, string>;
} {
  const files = new Map<string, string>();
  const imagePaths = new Map<string, string>();
  for (const { article, images } of items) {
    for (const im of images) imagePaths.set(im.id, `images/${im.id}.${EXTENSIONS[im.type] ?? 'img'}`);
    const html = resolvePlaceholders(article.html, (id, original) => imagePaths.get(id) ?? original);
    let name = fileNameFor(article.title, 'md');
    for (let n = 2; files.has(name); n++) name = fileNameFor(`${article.title} ${n}`, 'md');
    files.set(name, articleToMarkdown({ ...article, html }));
  }
  return { files, imagePaths };
}
