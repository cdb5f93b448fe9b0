import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findMainRegion, mayReplacePick, pickCoverage, preferMainContent } from '../../lib/extract/main-content';
import { keepContentBlocks } from '../../lib/extract/main-content-blocks';
import { pickIsOneOfPeers } from '../../lib/extract/main-content-peers';
import { hasParagraph, lacksProseOfPick } from '../../lib/extract/main-content-prose';
import { blockText, textBlocks, type TextBlock } from '../../lib/text/blocks';

const prose = (n: number, word = 'word') => `<p>${`${word} `.repeat(n).trim()}.</p>`;
const FURNITURE = `<nav><a href="/a">Home</a> <a href="/b">Shop</a> <a href="/c">About</a></nav>`;

/** The main content of a page body, as text ('' when none). */
function mainText(body: string): string {
  const doc = new JSDOM(`<body>${body}</body>`).window.document;
  const region = findMainRegion(doc);
  const kept = region && keepContentBlocks(region);
  return kept ? blockText(kept.el) : '';
}

describe('the main content of a page that is not an article (issue #3)', () => {
  it('keeps every post of a thread, not only the longest', () => {
    const posts = ['first', 'second', 'third'].map((w, i) => `<div class="post">${prose(10 + i * 20, w)}</div>`);
    const text = mainText(`${FURNITURE}<div class="thread">${posts.join('')}</div><footer>© Forum</footer>`);
    for (const w of ['first', 'second', 'third']) expect(text).toContain(w);
    expect(text).not.toMatch(/Home|© Forum/);
  });

  it.each([
    ['a nav element', '<nav><p>Menu text here</p></nav>'],
    ['an aside', '<aside><p>Sidebar text here</p></aside>'],
    ['a role=navigation list', '<ul role="navigation"><li>Menu text here</li></ul>'],
    ['a class named for a sidebar', '<div class="right-sidebar"><p>Sidebar text here</p></div>'],
    ['a page footer', '<footer><p>Footer text here</p></footer>'],
    [
      "a post's user card",
      '<div class="message-userExtras"><dl><dt>Joined</dt><dd>Mar 2, 2019</dd></dl><p>Card text here</p></div>',
    ],
    ["a post's signature", '<div class="message-signature"><p>Signature text here</p></div>'],
    ['a camel-cased author pane', '<div class="cAuthorPane_info"><p>Pane text here</p></div>'],
    [
      "shoppers' reviews of a product",
      '<section class="product-reviews"><h2>Reviews</h2><p>Great bag, five stars. Review text here</p></section>',
    ],
    ['a list of reviews', '<ul class="reviews-list"><li>Arrived quickly. Review text here</li></ul>'],
  ])('leaves out %s', (_title, furniture) => {
    const text = mainText(`<div>${prose(60, 'content')}${furniture}</div>`);
    expect(text).toContain('content');
    expect(text).not.toContain('text here');
  });

  it("keeps an editor's review: a bare review class is not shoppers' reviews", () => {
    const text = mainText(`<div class="review">${prose(60, 'verdict')}</div><div>${prose(20, 'other')}</div>`);
    expect(text).toContain('verdict');
  });

  it('keeps a container named for cards when it holds the whole thread', () => {
    const text = mainText(`<div class="postprofile_container">${prose(120, 'content')}</div>`);
    expect(text).toContain('content');
  });

  it("keeps a post's own header and footer, inside an article", () => {
    const post = `<article><header><p>Posted by someone</p></header>${prose(60)}<footer><p>Edited later</p></footer></article>`;
    expect(mainText(`<main>${post}</main>`)).toMatch(/Posted by someone[\s\S]*Edited later/);
  });

  it('starts from <main> when it holds a fair share of the content', () => {
    const text = mainText(`<div>${prose(40, 'outside')}</div><main>${prose(60, 'inside')}</main>`);
    expect(text).toContain('inside');
    expect(text).not.toContain('outside');
  });

  it('drops link lists among prose', () => {
    const tags = '<p><a href="/t/1">gardens</a>, <a href="/t/2">walks</a>, <a href="/t/3">coast</a></p>';
    const text = mainText(`<div>${prose(80)}${tags}</div>`);
    expect(text).not.toContain('gardens');
  });

  it("keeps a listing's linked titles: there the links are the content", () => {
    const items = Array.from(
      { length: 6 },
      (_, i) => `<li><h3><a href="/${i}">Title ${i}</a></h3><a href="/${i}">Blurb ${i} of the item</a></li>`,
    );
    const text = mainText(`<ul>${items.join('')}</ul>`);
    expect(text).toContain('Title 5');
    expect(text).toContain('Blurb 5 of the item');
  });

  it.each([
    ['its content column (container sidebar-right)', '<div class="container sidebar-right">', '</div>'],
    [
      'the whole page (a sticky-footer layout)',
      '<div class="sticky-footer"><div class="sticky-footer_body">',
      '</div></div>',
    ],
  ])('weighs a wrapper named for its layout as content when it holds %s', (_title, open, close) => {
    const text = mainText(
      `<header>${FURNITURE}</header>${open}<h1>Middleware</h1>${prose(80, 'content')}` +
        `<div class="sidebar"><p>Sidebar text here</p></div>${close}<footer><p>Footer text here</p></footer>`,
    );
    expect(text).toContain('Middleware');
    expect(text).toContain('content');
    expect(text).not.toContain('text here');
  });

  it('weighs a wrapper named for what it holds as content inside <main>, below a heading outside it', () => {
    // A product landing page: the sections sit in a wrapper named for its sticky in-page menu.
    const sections = ['first', 'second', 'third'].map((w) => `<section><h2>Section ${w}</h2>${prose(40, w)}</section>`);
    const text = mainText(
      `<header>${FURNITURE}</header><div class="hero"><h1>Functions</h1><p>Run code on events.</p></div>` +
        `<main><div class="secondary-sticky-nav">${sections.join('')}</div></main><footer><p>Footer text here</p></footer>`,
    );
    for (const w of ['first', 'second', 'third']) expect(text).toContain(w);
    expect(text).not.toContain('text here');
  });

  it('leaves out named furniture that outweighs a short page but holds no heading', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/${i}">Footer link number ${i}</a></li>`);
    const text = mainText(
      `<div>${prose(20, 'content')}</div><div class="site-footer"><ul>${links.join('')}</ul></div>`,
    );
    expect(text).toContain('content');
    expect(text).not.toContain('Footer link');
  });

  it.each(['has-sidebar', 'with_sidebar', 'no-footer'])(
    'takes a %s block for the column beside the sidebar',
    (name) => {
      const teasers = Array.from(
        { length: 4 },
        (_, i) => `<article><h3>Teaser ${i}</h3>${prose(30, 'teaser')}</article>`,
      );
      const text = mainText(
        `<main><h1>Latest news</h1><div class="layout ${name}"><div>${teasers.join('')}</div>` +
          `<aside><p>Sidebar text here</p></aside></div></main>`,
      );
      expect(text).toContain('Teaser 3');
      expect(text).not.toContain('text here');
    },
  );

  it('finds nothing on a page without text', () => {
    expect(mainText('<div><img src="/a.png"></div>')).toBe('');
  });
});

describe('how Readability’s pick stands to the main content', () => {
  it.each([
    ['one post of three', 'alpha beta', 'alpha beta gamma delta epsilon zeta', true],
    ['the whole thread', 'alpha beta gamma delta epsilon zeta', 'alpha beta gamma delta epsilon zeta', false],
    ['most of the thread', 'alpha beta gamma delta', 'alpha beta gamma delta epsilon zeta', false],
    ['something else (comments)', 'one two three', 'alpha beta gamma delta epsilon zeta', true],
  ])('decides whether to replace a pick that is %s', (_title, pick, main, replaced) => {
    expect(preferMainContent(pickCoverage(main, pick))).toBe(replaced);
  });

  it.each([
    ['a fragment (one post of five)', 'alpha', 'alpha beta gamma delta epsilon', true],
    ['half of it (an article beside its comments)', 'alpha beta gamma', 'alpha beta gamma delta epsilon zeta', false],
  ])('on a page that reads as an article, replaces only %s', (_title, pick, main, replaced) => {
    expect(preferMainContent(pickCoverage(main, pick), true, 40)).toBe(replaced);
  });

  it('keeps a pick of 100 words or more on a page that reads as an article: a short story among teasers', () => {
    expect(preferMainContent(0.1, true, 150)).toBe(false);
  });

  it('replaces a long pick on a page that reads as an article when it is one of many posts', () => {
    expect(preferMainContent(0.1, true, 150, { oneOfPeers: () => true })).toBe(true);
    expect(preferMainContent(0.5, true, 150, { oneOfPeers: () => true })).toBe(false);
  });

  it('replaces a long pick on a page that reads as an article when it is one section of a longer text', () => {
    expect(preferMainContent(0.3, true, 150, { lacksProse: () => true })).toBe(true);
    expect(preferMainContent(0.3, true, 150, { lacksProse: () => false })).toBe(false);
    expect(preferMainContent(0.4, true, 150, { lacksProse: () => true })).toBe(false);
  });

  it('replaces a long pick on a page that reads as an article when it has no paragraph: a grid of one-line blurbs', () => {
    expect(preferMainContent(0.2, true, 150, { notAStory: () => true })).toBe(true);
    expect(preferMainContent(0.2, true, 150, { notAStory: () => false })).toBe(false);
    expect(preferMainContent(0.4, true, 150, { notAStory: () => true })).toBe(false);
  });

  it('finds a paragraph among blocks only at 40 words or more', () => {
    const blocks = (words: number[]) => words.map((n) => ({ text: 'word '.repeat(n).trim() }) as TextBlock);
    expect(hasParagraph(blocks([12, 20, 39, 15]))).toBe(false);
    expect(hasParagraph(blocks([12, 40]))).toBe(true);
  });

  it('builds the main content for a long pick only when the region could make it a fragment', () => {
    expect(mayReplacePick(true, 150)).toBe(false);
    expect(mayReplacePick(true, 150, { regionWords: () => 300 })).toBe(false);
    expect(mayReplacePick(true, 150, { regionWords: () => 600 })).toBe(true);
    expect(mayReplacePick(true, 150, { oneOfPeers: () => true })).toBe(true);
    expect(mayReplacePick(false, 150)).toBe(true);
  });
});

describe('whether the main content holds prose that Readability’s pick lacks', () => {
  /** Blocks of text, one per entry; `n` words each for a number. */
  const blocks = (...parts: Array<string | number>) =>
    parts.map((p, i) => ({
      el: null as unknown as Element,
      text: typeof p === 'number' ? Array.from({ length: p }, (_, j) => `w${i}x${j}`).join(' ') : p,
    }));
  const lacks = (main: ReturnType<typeof blocks>, pickAt: number[]) => {
    const pick = main.filter((_, i) => pickAt.includes(i));
    const words = pick.reduce((n, b) => n + b.text.split(' ').length, 0);
    return lacksProseOfPick(main, pick, words);
  };

  it.each([
    [
      'sections of prose before the pick (one section of a guide)',
      blocks('Intro', 60, 'Timing', 55, 'Crew', 45, 45, 45),
      [4, 5, 6, 7],
      true,
    ],
    ['prose between the pick’s own paragraphs', blocks(45, 50, 60, 45), [0, 3], true],
    ['comments after the story', blocks('Story', 45, 45, 45, 'Comments', 60, 55, 50), [0, 1, 2, 3], false],
    ['short teasers before the story', blocks(12, 10, 14, 11, 12, 45, 45, 45), [5, 6, 7], false],
    [
      'one paragraph before the story among many short items',
      blocks(45, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 60, 60),
      [11, 12],
      false,
    ],
  ])('%s', (_title, main, pickAt, expected) => {
    expect(lacks(main, pickAt)).toBe(expected);
  });

  it('does not take a story for a section of its comment thread when only its quoted lines are found there', () => {
    // The region is the thread alone (WCXB-dev 0396): a quote after long comments is not the story's own end.
    const quote = 'q0 q1 q2 q3 q4 q5 q6 q7 q8 q9';
    const story = blocks(45, `${'s '.repeat(40)}${quote} s s`, 45);
    const pickWords = story.reduce((n, b) => n + b.text.split(' ').length, 0);
    expect(lacksProseOfPick(blocks(60, 55, quote, 50), story, pickWords)).toBe(false);
    expect(lacksProseOfPick([...blocks(60, 55), ...story], story, pickWords)).toBe(true);
  });

  it('finds a pick block inside a longer block of the main content', () => {
    const main = blocks(60, 'prefix ' + 'a b c d e f g h i j'.repeat(3), 45);
    const pick = blocks('a b c d e f g h i j'.repeat(3));
    expect(lacksProseOfPick(main, pick, 30)).toBe(true);
  });
});

describe('whether Readability’s pick is one of the page’s repeated items', () => {
  const sentences = (word: string, n: number) =>
    Array.from(
      { length: n },
      (_, i) => `<p>${word} sentence number ${i} says something about the ${word} topic.</p>`,
    ).join('');
  /** Whether the first item's text, picked alone, is one of peers in the page. */
  function onePeer(body: string, picked: string): boolean {
    const doc = new JSDOM(`<body>${body}</body>`).window.document;
    const pickDoc = new JSDOM(`<body>${picked}</body>`).window.document;
    const pick = textBlocks(pickDoc.body);
    const words = pick.reduce((n, b) => n + b.text.split(' ').length, 0);
    return pickIsOneOfPeers(doc.body, pick, words);
  }

  it('finds one answer among answers of the same class, whatever their other classes', () => {
    const answers = ['first', 'second', 'third'].map(
      (w, i) =>
        `<div class="answer${i === 0 ? ' accepted-answer' : ''}"><div class="body">${sentences(w, 6)}</div></div>`,
    );
    expect(onePeer(`<div id="answers">${answers.join('')}</div>`, sentences('first', 6))).toBe(true);
  });

  it('finds a post whose lines Readability made into paragraphs', () => {
    const lines = (word: string) =>
      Array.from({ length: 6 }, (_, i) => `${word} line number ${i} says something about the ${word} topic.`).join(
        '<br><br>',
      );
    const posts = ['first', 'second', 'third'].map((w) => `<article class="message">${lines(w)}</article>`);
    expect(
      onePeer(`<div class="thread">${posts.join('')}</div>`, sentences('first', 6).replace(/sentence/g, 'line')),
    ).toBe(true);
  });

  it.each([
    [
      'a story beside teaser cards and comments built differently',
      `<div class="story">${sentences('story', 6)}</div><div class="teaser">${sentences('teaser', 2)}</div><div class="teaser">${sentences('other', 2)}</div><div class="comments">${sentences('comment', 8)}</div>`,
    ],
    [
      'a section among classless sections',
      `<div><div>${sentences('story', 6)}</div></div><div><div>${sentences('teaser', 6)}</div></div>`,
    ],
    [
      'a post whose siblings of its kind hold no text',
      `<div class="post">${sentences('story', 6)}</div><div class="post"></div><div class="post"> </div>`,
    ],
  ])('does not take %s for one of many', (_title, body) => {
    expect(onePeer(`<main>${body}</main>`, sentences('story', 6))).toBe(false);
  });
});
