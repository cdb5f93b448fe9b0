import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { preferMainContent } from '../../lib/extract/main-content';
import { lacksSentences, notAStory, standsApart } from '../../lib/extract/pick-sentences';
import { wordCount } from '../../lib/extract/clutter-rules';

const el = new JSDOM('<p></p>').window.document.querySelector('p')!;
const blocks = (...texts: string[]) => texts.map((text) => ({ el, text }));
const words = (bs: { text: string }[]) => bs.reduce((n, b) => n + wordCount(b.text), 0);

const LANGUAGES =
  'English Mostly Positive (436,539) Simplified Chinese Mixed (258,405) Russian Mostly Positive (111,972) ' +
  'Traditional Chinese Mostly Negative (34,113) Spanish - Spain Very Positive (29,467) German Mostly Positive (21,677) ' +
  'French Very Positive (21,394) Turkish Very Positive (18,202) Korean Mostly Positive (17,926) ' +
  'Portuguese - Brazil Very Positive (16,723) Polish Very Positive (13,403) Japanese Mixed (12,374) ' +
  'Thai Very Positive (6,221) Czech Very Positive (4,998) Swedish Very Positive (4,200) Italian Very Positive (4,170)';

describe('a pick written in sentences', () => {
  it('a review filter: one line of prose above a list of languages and counts', () => {
    const pick = blocks(
      'Languages with enough reviews to generate a language-specific review score have been split out below for ease of filtering.',
      'All Languages (1,034,716) Your Languages (436,455)',
      LANGUAGES,
    );
    expect(lacksSentences(pick, words(pick))).toBe(true);
  });

  it('a spec sheet of labels and values', () => {
    const pick = blocks('Weight 550 g', 'Impedance 70 ohms', 'Frequency response 10 Hz - 50 kHz', LANGUAGES);
    expect(lacksSentences(pick, words(pick))).toBe(true);
  });

  it('a short story is sentences', () => {
    const pick = blocks(
      'The council voted on Tuesday to close the old bridge to cars from next spring. Repairs will take two years.',
      'Shop owners on both banks said they feared losing trade. "We were not asked," one said.',
      'The bridge, built in 1889, carries about 9,000 vehicles a day, according to the city.',
    );
    expect(lacksSentences(pick, words(pick))).toBe(false);
  });

  it('a story whose sentences run long without a full stop in every 40 words still reads as sentences', () => {
    const long = `${'word '.repeat(38)}end. ${'more '.repeat(30)}done.`;
    expect(lacksSentences(blocks(long), wordCount(long))).toBe(false);
  });
});

describe('a pick that is no story', () => {
  const story = `${'The council voted on Tuesday to close the old bridge to cars from next spring. '.repeat(3)}Repairs will take two years.`;

  it('has no paragraph: a partner grid of one-line blurbs, each a sentence', () => {
    const grid = blocks(...Array.from({ length: 12 }, (_, i) => `Partner ${i} builds clinics in rural districts.`));
    expect(lacksSentences(grid, words(grid))).toBe(false);
    expect(notAStory(grid, words(grid))).toBe(true);
  });

  it('or is not written in sentences, even in one long block', () => {
    const filter = blocks(LANGUAGES);
    expect(notAStory(filter, words(filter))).toBe(true);
  });

  it('but a paragraph of sentences is a story', () => {
    const pick = blocks(story, 'Shop owners said they feared losing trade.');
    expect(notAStory(pick, words(pick))).toBe(false);
  });
});

describe('the swap on a page that reads as an article', () => {
  it('replaces a long pick that is a fragment of the main content and not written in sentences', () => {
    expect(preferMainContent(0.03, true, 146, { notAStory: () => true })).toBe(true);
    expect(preferMainContent(0.03, true, 146, { notAStory: () => false })).toBe(false);
    expect(preferMainContent(0.4, true, 146, { notAStory: () => true })).toBe(false);
  });
});

const GUIDE = [
  'A charcoal grill is still the first choice of many cooks for one reason: nothing matches the taste of wood charcoal. We pick the best makers for quality and lasting use.',
  'Your choice depends on your needs and your budget. A charcoal grill must stand up to high heat and to the weather, which is why we prefer enamelled steel and stainless steel.',
  'Beyond the materials, three things decide: the size for the number of guests, the kind of cooking you want, open or under a lid, and what you mean to spend on it.',
  'The kettle grill with a lid stays our first advice. The lid turns the grill into an oven, so that a roast or a whole fish cooks through while the smoke flavours it.',
  'A kamado, a thick ceramic egg, holds its heat for hours on little charcoal. It grills, smokes and bakes a pizza, and it costs more than a kettle of the same size.',
  'A table grill or a small portable one suits a balcony or a picnic. It heats fast, cools fast and packs away, but it will not feed more than four people at once.',
];

describe('a pick that stands apart from the main content', () => {
  it("a category's buying guide that the grid of products leaves out", () => {
    expect(standsApart(blocks(...GUIDE, ...GUIDE), 0.1)).toBe(true);
  });

  it('not when the main content holds most of it', () => {
    expect(standsApart(blocks(...GUIDE, ...GUIDE), 0.8)).toBe(false);
  });

  it('not a short blurb, nor a list of labels', () => {
    expect(standsApart(blocks(GUIDE[0]!), 0)).toBe(false);
    expect(standsApart(blocks(LANGUAGES, LANGUAGES, LANGUAGES), 0)).toBe(false);
  });
});
