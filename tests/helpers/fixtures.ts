import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../lib/extract';
import type { ExtractOptions, ExtractResult } from '../../lib/types';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');

/** What a fixture's expected.json may say (see ../shared/fixtures/README.md). */
export interface Expected {
  url?: string;
  title?: string;
  byline?: string;
  siteName?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  publishedTime?: string;
  /** The standfirst shown under the title, out of the article's text; null: none. */
  standfirst?: string | null;
  isArticle?: boolean;
  /** The page has no article at all: extraction must say so. */
  noArticle?: boolean;
  faq?: { question: string; answer: string }[];
  articleMustContain?: string[];
  articleMustNotContain?: string[];
  /** Strings the sanitized article HTML must contain (image addresses, `dir` attributes...). */
  htmlMustContain?: string[];
  mainPoints?: { count?: { min: number; max: number }; mustContainAny?: string[] };
  /** Expectations another issue will meet: listed here, reported as todo. */
  pending?: { articleMustNotContain?: string[]; articleMustContain?: string[]; reason: string };
}

/** Every fixture folder name. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR).filter((n) => existsSync(join(FIXTURES_DIR, n, 'source.html')));
}

export function readFixture(name: string): { html: string; expected: Expected } {
  const dir = join(FIXTURES_DIR, name);
  const expectedPath = join(dir, 'expected.json');
  if (!existsSync(expectedPath)) throw new Error(`fixture ${name} has no expected.json`);
  return {
    html: readFileSync(join(dir, 'source.html'), 'utf8'),
    expected: JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected,
  };
}

/** Parses HTML in a fresh jsdom at a fixed URL, as the CLI does. */
export function parsePage(html: string, url = 'http://fakehost/article/'): JSDOM {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}

/** Runs the whole extraction pipeline on a fixture page. */
export function extractFixture(name: string, options: ExtractOptions = {}): ExtractResult {
  const { html, expected } = readFixture(name);
  const dom = parsePage(html, expected.url);
  try {
    return extractArticle(dom.window.document, options);
  } finally {
    dom.window.close();
  }
}

/** Lowercases, unifies quotes and collapses whitespace, for comparing texts. */
export function norm(s: string): string {
  return s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}
