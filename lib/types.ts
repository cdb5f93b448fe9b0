/**
 * The one result object Precis builds from a page. `lib/` produces it; the
 * popup, the reader, the library and the CLI only render it.
 * Everything here is plain, structured-clonable data.
 */

/** A question and its answer found on the page (issue #4). */
export interface FaqEntry {
  question: string;
  /** Plain text of the answer, blocks separated by blank lines. */
  answer: string;
  /** Sanitized HTML of the answer. */
  answerHtml: string;
  /** Where the pair was found. */
  source: FaqSource;
  /** Value of the `data-precis-anchor` attribute of the question in `html`, when it is in the article. */
  anchor?: string;
}

export type FaqSource = 'jsonld' | 'microdata' | 'block' | 'accordion' | 'details' | 'dl' | 'section' | 'headings';

/** One main point: a sentence of the article (issue #5). */
export interface MainPoint {
  text: string;
  /** Index of the article block (`data-precis-block`) the sentence stands in. */
  block?: number;
  /** The untrimmed sentence as it stands in that block, to find and highlight it. */
  sentence?: string;
}

/** Where the main points came from. */
export type PointsSource = 'page-summary' | 'standfirst' | 'scored' | 'none';

export interface ExtractedArticle {
  /** Address the page was read from. */
  url: string;
  canonicalUrl?: string;
  title: string;
  byline?: string;
  siteName?: string;
  /** BCP 47 language tag of the page, when it says. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** ISO 8601 instant. */
  publishedTime?: string;
  excerpt?: string;
  /**
   * The summary the page prints between its headline and its story (dek,
   * standfirst), when it was taken out of the article's body: it repeats the
   * page's description and stands apart from the story. Shown under the title.
   */
  standfirst?: string;
  leadImage?: string;
  /** Sanitized article HTML; blocks carry `data-precis-block` indices. */
  html: string;
  /** Plain text, one blank line between blocks. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  faq: FaqEntry[];
  points: MainPoint[];
  pointsSource: PointsSource;
  /** False when the page does not look like an article (listing, product, search, forum...). */
  isArticle: boolean;
}

/** Why extraction gave no article. */
export type ExtractFailure =
  | { kind: 'no-article'; message: string; pageText?: string }
  | { kind: 'too-large'; message: string }
  | { kind: 'error'; message: string };

export type ExtractResult = { ok: true; article: ExtractedArticle } | ({ ok: false } & ExtractFailure);

/** What the caller can switch (settings, CLI flags). */
export interface ExtractOptions {
  /** Address of the page, for relative links; defaults to the document's URL. */
  url?: string;
  /**
   * The address the page's relative links resolve against, when the
   * document's own base is not the page's (a document parsed from a copy of
   * the page in an extension page). Addresses are then made absolute first.
   */
  baseUrl?: string;
  /** Strip clutter Readability keeps (ads, read-also, prompts...). Default true. */
  clean?: boolean;
  /** Find the FAQ. Default true. */
  faq?: boolean;
  /** How many main points; 0 turns the step off. Default 4. */
  points?: number;
  /** Refuse pages with more elements than this (default MAX_ELEMENTS in lib/extract). */
  maxElements?: number;
  /** Refuse pages with more text than this, in characters (default MAX_TEXT_CHARS in lib/extract). */
  maxTextChars?: number;
  /** When no article is found, still return the page's visible text. */
  fallbackText?: boolean;
}
