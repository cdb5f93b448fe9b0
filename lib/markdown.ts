import TurndownService from 'turndown';
import type { ExtractedArticle } from './types';
import { metaLine } from './text/format';

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

/** The whole article as Markdown: title, standfirst, metadata, main points, FAQ, body, source link. */
export function articleToMarkdown(a: ExtractedArticle): string {
  const parts = [`# ${a.title}`];
  if (a.standfirst) parts.push(`**${a.standfirst}**`);
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
