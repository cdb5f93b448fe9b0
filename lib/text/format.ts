import type { ExtractedArticle } from '../types';

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
