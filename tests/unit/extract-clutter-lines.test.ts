import { describe, expect, it } from 'vitest';
import { clutterKind } from '../../lib/extract/clutter-rules';

function kind(html: string) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const el = doc.body.firstElementChild!;
  return clutterKind(el.textContent!.replace(/\s+/g, ' ').trim(), { el, index: 10, total: 20 });
}

describe('framing lines', () => {
  it.each([
    ['a wire sign-off', '<p>Reporting by Anna Lindqvist; Editing by Paul Simmons</p>', 'sign-off'],
    ['a bracketed sign-off', '<p>(Additional reporting by Marek Nowak)</p>', 'sign-off'],
    ['a contributor line', '<p>Associated Press writer Jonas Berg contributed to this report.</p>', 'sign-off'],
    ['a contributed-reporting line', '<p>Keith Bradsher contributed reporting from Hong Kong.</p>', 'sign-off'],
    ['a posted-by line', '<p>Posted by David at December 16, 2025 11:15 AM</p>', 'sign-off'],
    ['a tag list', '<p>Tags: power outage, wildfire, utilities</p>', 'tags'],
    ['a linked filed-under line', '<p>Filed under: <a href="/local/">Local</a></p>', 'tags'],
    ['a slide counter', '<p>Image 1 of / 9</p>', 'gallery'],
    ['a slide caption with its counter', '<p>2of4A shopper looks at extension cords.</p>', 'gallery'],
    ['an app promo', '<p><a href="/app">CLICK HERE TO GET THE NEWS APP</a></p>', 'promo'],
    ['a subscription pitch', '<p>Need more space? Subscribe to our sister title for the latest news!</p>', 'promo'],
    [
      'a pitch that starts with "Let\'s"',
      '<p>Let’s stay in touch. Subscribe to our weekly letter, delivered to your inbox every Friday.</p>',
      'promo',
    ],
    ['a no-script notice', '<p>This slideshow requires JavaScript.</p>', 'notice'],
    ['a playback notice', '<p>Media playback is unsupported on your device</p>', 'notice'],
    ['an e-mail address alone', '<p>paul.takahashi@example.com</p>', 'contact'],
    ['a handle alone', '<p>twitter.com/paultakahashi</p>', 'contact'],
    ['a view counter', '<p>1,693 views</p>', 'counter'],
    ['a loading placeholder', '<p>Loading paragraph...</p>', 'ui'],
    [
      'a headline teaser in capitals',
      '<p><strong><a href="/x">SINGER CLEARED TO PERFORM HITS AT AWARDS</a></strong></p>',
      'teaser',
    ],
    ['a dated byline', '<p>By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m.</p>', 'byline'],
    ['a date glued to "Updated"', '<p>Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.</p>', 'dateline'],
  ])('recognises %s', (_name, html, expected) => {
    expect(kind(html)).toBe(expected);
  });

  it.each([
    ['prose about reporting', '<p>The reporting by local agents suggests the recovery will hold until summer.</p>'],
    ['a sentence that starts with "Topics"', '<p>Topics include watershed ecology, planning and management.</p>'],
    ['a link that points into the story', '<p><a href="/results">CLICK FOR FULL STATE SWIM RESULTS</a></p>'],
    ['a click-here line about the story', '<p>Click here to get more information or download this game.</p>'],
    ['a heading-like line in capitals that is not a link', '<p>WHAT THE NEW RULES MEAN FOR YOU</p>'],
    ['a heading about loading', '<p>Loading dock</p>'],
    ["a paper's keywords", '<p>Keywords: inflammation, depression, endorphins</p>'],
    [
      "a review's paragraph on what a subscription costs",
      '<p>The monthly cost of the service depends on the duration of your subscription. You can choose to subscribe for three, six, or twelve months, with prices ranging from $9 to $15 a month.</p>',
    ],
    [
      'a guide\'s "Let\'s say" after code that subscribes to something',
      '<p>Earlier on this page, we introduced a <code>FriendStatus</code> component that calls the <code>useState</code> and <code>useEffect</code> Hooks to subscribe to a friend’s online status. Let’s say we also want to reuse this subscription logic in another component.</p>',
    ],
  ])('keeps %s', (_name, html) => {
    expect(kind(html)).toBeUndefined();
  });
});
