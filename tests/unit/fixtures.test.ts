import { describe, expect, it } from 'vitest';
import { extractFixture, fixtureNames, norm, readFixture } from '../helpers/fixtures';
import type { ExtractedArticle } from '../../lib/types';

/** Registers a check only where the fixture states that expectation, so absent fields are not reported as skipped. */
const itIf = (stated: boolean) => (stated ? it : (_name: string, _fn: () => void) => undefined);

describe.each(fixtureNames())('fixture page %s', (name) => {
  const { expected } = readFixture(name);
  const result = extractFixture(name);
  const article = (): ExtractedArticle => {
    if (!result.ok) throw new Error(`no article: ${result.message}`);
    return result.article;
  };
  const pendingNot = new Set(expected.pending?.articleMustNotContain ?? []);
  const pendingMust = new Set(expected.pending?.articleMustContain ?? []);

  if (expected.noArticle) {
    it('finds no article', () => {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.kind).toBe('no-article');
    });
    return;
  }
  if (expected.isArticle === false) {
    it('says the page does not look like an article', () => {
      expect(result.ok ? result.article.isArticle : false).toBe(false);
    });
  }
  itIf(expected.title !== undefined)('reads the title', () => {
    expect(article().title).toBe(expected.title);
  });
  itIf(expected.byline !== undefined)('reads the byline', () => {
    expect(article().byline).toBe(expected.byline);
  });
  itIf(expected.siteName !== undefined)('reads the site name', () => {
    expect(article().siteName).toBe(expected.siteName);
  });
  itIf(expected.lang !== undefined)('reads the language', () => {
    expect(article().lang).toBe(expected.lang);
  });
  itIf(expected.dir !== undefined)('reads the direction', () => {
    expect(article().dir).toBe(expected.dir);
  });
  itIf(expected.publishedTime !== undefined)('reads the publication time as an instant', () => {
    expect(Date.parse(article().publishedTime ?? '')).toBe(Date.parse(expected.publishedTime!));
  });
  itIf(expected.standfirst !== undefined)('shows the standfirst under the title, or none', () => {
    expect(article().standfirst ?? null).toBe(expected.standfirst);
  });
  for (const phrase of expected.articleMustContain ?? []) {
    const t = pendingMust.has(phrase) ? it.todo : it;
    t(`keeps "${phrase.slice(0, 60)}"`, () => {
      expect(norm(article().text)).toContain(norm(phrase));
    });
  }
  for (const phrase of expected.articleMustNotContain ?? []) {
    // Pending phrases are issue #3's work (see expected.json "pending").
    const t = pendingNot.has(phrase) ? it.todo : it;
    t(`drops "${phrase}"`, () => {
      expect(norm(article().text)).not.toContain(norm(phrase));
    });
  }
  itIf(expected.mainPoints?.count !== undefined)('gives the expected number of main points', () => {
    const { min, max } = expected.mainPoints!.count!;
    expect(article().points.length).toBeGreaterThanOrEqual(min);
    expect(article().points.length).toBeLessThanOrEqual(max);
  });
  // An empty list means the page offers no FAQ and none may be invented (issue #4).
  itIf(expected.faq !== undefined)(
    expected.faq?.length ? `finds the ${expected.faq.length} FAQ pairs` : 'invents no FAQ',
    () => {
      const got = article().faq.map((f) => ({ question: norm(f.question), answer: norm(f.answer) }));
      expect(got).toEqual(expected.faq!.map((f) => ({ question: norm(f.question), answer: norm(f.answer) })));
    },
  );
  for (const fragment of expected.htmlMustContain ?? []) {
    it(`has "${fragment.slice(0, 60)}" in its HTML`, () => {
      expect(article().html).toContain(fragment);
    });
  }
  it('separates blocks with one blank line and never glues paragraphs', () => {
    const text = article().text;
    expect(text).not.toMatch(/\n{3,}/);
    expect(text.split('\n\n').every((b) => b.trim() === b && b.length > 0)).toBe(true);
  });
  it('renders only sanitized HTML', () => {
    expect(article().html).not.toMatch(/<script|<iframe|<form|\son\w+=|javascript:/i);
  });
});
