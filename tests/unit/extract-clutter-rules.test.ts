import { describe, expect, it } from 'vitest';
import { clutterKind, wordCount } from '../../lib/extract/clutter-rules';

function kind(html: string, index = 0) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const el = doc.body.firstElementChild!;
  return clutterKind(el.textContent!.replace(/\s+/g, ' ').trim(), { el, index, total: 20 });
}

describe('clutter rules', () => {
  it.each([
    ['an ad label', '<p>- Advertisement -</p>', 'ad-label'],
    ['a sponsored label', '<p>SPONSORED</p>', 'ad-label'],
    ['a continues-below line', '<p>Story continues below advertisement</p>', 'ad-label'],
    ['a read-also link', '<p>Read also: <a href="/x">Storm damage report counts the cost</a></p>', 'read-also'],
    ['a related link', '<p>Related: <a href="/x">The 15 weirdest galaxies in our universe</a></p>', 'read-also'],
    ['a newsletter box', '<p>Sign up for our newsletter and get the top stories in your inbox.</p>', 'newsletter'],
    ['an engagement prompt', '<p>What are your thoughts? Share your views in the comments below!</p>', 'engagement'],
    ['a follow-us line', '<p>Follow us on Facebook and Twitter.</p>', 'engagement'],
    ['share buttons', '<p><a>Share on Facebook</a> <a>Tweet</a> <a>Email</a></p>', 'share'],
    ['a photo credit', '<p>Photo: Ringo H.W. Chiu, AP</p>', 'credit'],
    ['an agency-only credit', '<p>Natalie Naccache | Bloomberg | Getty Images</p>', 'credit'],
    ['a dateline', '<p>Updated 5:27 am CST, Wednesday, November 20, 2019</p>', 'dateline'],
    ['a Spanish dateline', '<p>Publicado el 12 de noviembre de 2019</p>', 'dateline'],
    ['a French dateline', '<p>Mis à jour le 20 novembre 2019 à 11h28</p>', 'dateline'],
    ['a Portuguese reading time', '<p>Tempo de leitura: 2 minutos</p>', 'dateline'],
    ['a German reading time', '<p>Lesezeit: 3 Minuten</p>', 'dateline'],
    ['a byline line', '<p>By Paul Takahashi</p>', 'byline'],
    ['a breadcrumb trail', '<p><a>Home</a> » <a>News</a> » <a>Local</a></p>', 'breadcrumb'],
    ['previous/next links', '<p>Previous article: <a href="/a">Ferry timetable changes</a></p>', 'prev-next'],
    ['a gallery counter', '<p>Image 4 of 5</p>', 'ui'],
    ['a German comments label', '<p>12 Kommentare</p>', 'ui'],
    ['a Russian review prompt', '<p>Добавить отзыв</p>', 'ui'],
    ['a bare link', '<p><a href="/opinion/">Opinion</a></p>', 'link-line'],
    ['a numeric date', '<p>12/05/2019</p>', 'dateline'],
    ['an ISO date', '<p>2025-07-09</p>', 'dateline'],
    ['a time', '<p>10:30</p>', 'dateline'],
    ['a year', '<p>2019</p>', 'dateline'],
    ['a bare count', '<p>12</p>', 'dateline'],
  ])('recognises %s', (_name, html, expected) => {
    expect(kind(html)).toBe(expected);
  });

  it.each([
    ['a "Related work" heading', '<h2>Related work</h2>'],
    [
      'prose that starts with "Advertisement"',
      '<p>Advertisement of the tender in the regional journal drew eleven bids, which the board narrowed to three.</p>',
    ],
    [
      'prose that mentions comments and sharing',
      '<p>The share of the cost borne by the town is small, and the comments from residents changed minds.</p>',
    ],
    [
      'a long paragraph that ends with a question',
      `<p>${'The board met again on Tuesday to weigh the bids. '.repeat(8)}What do you think?</p>`,
    ],
    ['a sentence with a date in it', '<p>The work began on 4 March 2025 and will end in the autumn of 2026.</p>'],
    ['a short quote', '<p>“We are ready,” she said.</p>'],
    // Numbers that are not dates or counts: a rating, a price range (WCXB-dev 4253).
    ['a rating', '<p>4.7</p>'],
    ['a rating out of five', '<p>4.3/5</p>'],
    ['a price range', '<p>$38 to $275</p>'],
    ['a range of counts', '<p>1 to 25</p>'],
    [
      'a linked glossary term, which names the definition below it',
      '<p><a href="/glossary/backlinks">Backlinks:</a></p>',
    ],
  ])('keeps %s', (_name, html) => {
    expect(kind(html)).toBeUndefined();
  });

  it("keeps a definition list's linked term, which names the definition after it", () => {
    const doc = new DOMParser().parseFromString(
      '<dl><dt><a href="/docs/close"><code>WebSocket.close()</code></a></dt><dd>Closes the connection.</dd></dl>',
      'text/html',
    );
    const el = doc.querySelector('dt')!;
    expect(clutterKind('WebSocket.close()', { el, index: 5, total: 20 })).toBeUndefined();
  });
});

describe('wordCount', () => {
  // The count of /[\p{L}\p{N}]+/gu runs, which the loop in clutter-rules.ts replaces.
  it.each([
    ['plain English', 'The quick brown fox, 12 dogs.', 6],
    ['letters beyond ASCII', 'naïve café — Straße İstanbul', 4],
    ['a combining accent, which splits a word as the regex did', 'cafe\u0301s', 2],
    ['CJK characters, one run', '東京都', 1],
    ['Arabic-Indic digits', 'عدد ١٢٣', 2],
    ['letters beyond the BMP', '𝐀𝐁𝐂 and 😀 emoji', 3],
    ['a lone surrogate', 'a\ud835b', 2],
    ['nothing but punctuation', ' — …  ', 0],
    ['the empty string', '', 0],
  ])('counts %s', (_, text, expected) => {
    expect(wordCount(text)).toBe(expected);
    expect(wordCount(text)).toBe(text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
  });
});
