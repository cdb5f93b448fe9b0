import { describe, expect, it } from 'vitest';
import { extractFixture, norm, readFixture } from '../helpers/fixtures';
import type { ExtractedArticle } from '../../lib/types';

describe('main points of the seed news page', () => {
  const result = extractFixture('seed-news-page');
  const { expected } = readFixture('seed-news-page');
  const article = (): ExtractedArticle => {
    if (!result.ok) throw new Error(result.message);
    return result.article;
  };
  const points = () => article().points;
  const all = () =>
    norm(
      points()
        .map((p) => p.text)
        .join(' '),
    );

  it('gives 3 to 7 scored points', () => {
    expect(points().length).toBeGreaterThanOrEqual(3);
    expect(points().length).toBeLessThanOrEqual(7);
    expect(article().pointsSource).toBe('scored');
  });

  it('takes every point from a sentence of the body, in article order', () => {
    const doc = new DOMParser().parseFromString(article().html, 'text/html');
    let last = -1;
    for (const p of points()) {
      const el = doc.querySelector(`[data-precis-block="${p.block}"]`);
      expect(el?.tagName).toBe('P');
      expect(norm(el?.textContent ?? '')).toContain(norm(p.sentence ?? ''));
      expect(p.block!).toBeGreaterThanOrEqual(last);
      last = p.block!;
    }
  });

  it('keeps the FAQ, headings and clutter out of the main points', () => {
    for (const { question, answer } of expected.faq ?? []) {
      expect(all()).not.toContain(norm(question));
      expect(all()).not.toContain(norm(answer));
    }
    expect(all()).not.toContain(norm('Frequently Asked Questions'));
    expect(all()).not.toContain(norm('public Security Ministry Focuses on high-Quality Growth'));
    expect(all()).not.toContain(norm('Directors of public security departments at the Shanghai symposium'));
    expect(all()).not.toMatch(/advertisement|share your views|you may also like/);
  });

  it('says who met where and what was emphasised', () => {
    expect(all()).toContain('shanghai');
    expect(all()).toContain('symposium');
    expect(all()).toMatch(/wang/);
    expect(all()).toMatch(/emphasi[sz]|key focus|priorit/);
  });
});
