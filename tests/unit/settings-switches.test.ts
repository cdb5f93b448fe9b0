import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractArticle } from '../../lib/extract';
import * as faq from '../../lib/faq';
import * as points from '../../lib/points';
import * as clutter from '../../lib/extract/clutter';
import { optionsFromSettings } from '../../utils/extract-options';
import { writeSettings } from '../../utils/settings';

// Spies that call through, to see which steps of extraction run at all.
vi.mock('../../lib/faq', async (original) => {
  const mod = await original<typeof import('../../lib/faq')>();
  return { ...mod, findFaq: vi.fn(mod.findFaq) };
});
vi.mock('../../lib/points', async (original) => {
  const mod = await original<typeof import('../../lib/points')>();
  return { ...mod, pickPoints: vi.fn(mod.pickPoints), findPageSummary: vi.fn(mod.findPageSummary) };
});
vi.mock('../../lib/extract/clutter', async (original) => {
  const mod = await original<typeof import('../../lib/extract/clutter')>();
  return { ...mod, removeClutter: vi.fn(mod.removeClutter) };
});

const SEED = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'pages', 'seed-news-page', 'source.html'),
  'utf8',
);
const seedDocument = () =>
  new JSDOM(SEED, { url: 'http://fakehost/news/boosting-high-quality-development/' }).window.document;

describe('feature switches reach extraction', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.clearAllMocks();
  });

  it.each([
    ['the defaults', {}, { clean: true, faq: true, points: 4 }],
    ['FAQ off', { faqEnabled: false }, { faq: false }],
    ['main points off, whatever the count', { pointsEnabled: false, pointsCount: 6 }, { points: 0 }],
    ['six main points', { pointsCount: 6 }, { points: 6 }],
    ['cleaning off', { cleanClutter: false }, { clean: false }],
  ] as const)('%s', async (_title, stored, expected) => {
    await writeSettings(stored);
    expect(await optionsFromSettings()).toMatchObject(expected);
  });

  it('with FAQ off, the FAQ finder never runs', async () => {
    await writeSettings({ faqEnabled: false });
    const result = extractArticle(seedDocument(), await optionsFromSettings());
    expect(result.ok && result.article.faq).toEqual([]);
    expect(faq.findFaq).not.toHaveBeenCalled();
  });

  it('with main points off, the points step never runs', async () => {
    await writeSettings({ pointsEnabled: false });
    const result = extractArticle(seedDocument(), await optionsFromSettings());
    expect(result.ok && result.article.points).toEqual([]);
    expect(points.pickPoints).not.toHaveBeenCalled();
    expect(points.findPageSummary).not.toHaveBeenCalled();
  });

  it('with cleaning off, the clutter cleaner never runs', async () => {
    await writeSettings({ cleanClutter: false });
    extractArticle(seedDocument(), await optionsFromSettings());
    expect(clutter.removeClutter).not.toHaveBeenCalled();
  });

  it('with everything on, each step runs', async () => {
    extractArticle(seedDocument(), await optionsFromSettings());
    expect(faq.findFaq).toHaveBeenCalled();
    expect(points.pickPoints).toHaveBeenCalled();
    expect(clutter.removeClutter).toHaveBeenCalled();
  });
});
