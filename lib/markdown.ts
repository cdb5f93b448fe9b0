import TurndownService from 'turndown';
import type { ExtractedArticle } from './types';

let service: TurndownService | undefined;

function turndown(): TurndownService {
  if (!service) {
    service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
    service.remove(['script', 'style']);
  }
  return service;
}

/** Converts sanitized article HTML to Markdown. */
export function htmlToMarkdown(html: string): string {
  return turndown().turndown(html).trim();
}

/** Formats a date for the metadata line, in the article's language when known. */
export function formatDate(iso: string | undefined, lang?: string): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  try {
    return d.toLocaleDateString(lang || 'en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  } catch {
    return d.toISOString().slice(0, 10);
  }
}

/** The metadata line a reader sees under the title: byline · site · date · reading time. */
export function metaLine(a: ExtractedArticle): string {
  return [
    a.byline,
    a.siteName,
    formatDate(a.publishedTime, a.lang),
    a.readingMinutes ? `${a.readingMinutes} min read` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The whole article as Markdown: title, metadata, main points, FAQ, body, source link. */
export function articleToMarkdown(a: ExtractedArticle): string {
  const parts = [`# ${a.title}`];
  const line = metaLine(a);
  if (line) parts.push(`_${line}_`);
  if (a.points.length > 0) parts.push('## Main points\n\n' + a.points.map((p) => `- ${p.text}`).join('\n'));
  if (a.faq.length > 0) {
    parts.push('## FAQ\n\n' + a.faq.map((f) => `**${f.question}**\n\n${f.answer}`).join('\n\n'));
  }
  parts.push(htmlToMarkdown(a.html));
  parts.push(`Source: <${a.url}>`);
  return parts.join('\n\n') + '\n';
}
