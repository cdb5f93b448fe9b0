import { describe, expect, it } from 'vitest';
import { noticeKind, proseSpan } from '../../lib/extract/clutter-notices';
import { wordCount } from '../../lib/extract/clutter-rules';

/** The kind of `text` standing as block `index` of 20, with prose from block 3 to block 16. */
const kind = (text: string, index: number) =>
  noticeKind(text, { words: wordCount(text), index, total: 20, span: [3, 16] });

describe('publisher notices', () => {
  it.each([
    [
      'an affiliate disclosure',
      'This post may contain affiliate and/or referral links. Please see my disclosure page.',
      'disclosure',
    ],
    [
      'a commission note',
      'Products are chosen independently by our editors. Purchases made through our links may earn us a commission.',
      'disclosure',
    ],
    [
      'a sponsor note',
      'This shop has been compensated by Collective Bias, Inc. and its advertiser. All opinions are mine alone.',
      'disclosure',
    ],
    [
      'a moderation rule',
      'ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.',
      'moderation',
    ],
    [
      'a moderation note',
      'Note: we are temporarily moderating all comments submitted to deal with a surge in spam.',
      'moderation',
    ],
    [
      'a copyright footer',
      'This document is subject to copyright. Apart from any fair dealing, no part may be reproduced without the written permission.',
      'rights',
    ],
    [
      'a citation line',
      'Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18) retrieved 20 November 2019 from https://example.org/news',
      'rights',
    ],
    ['a follow line', 'Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.', 'follow'],
    [
      'a coverage line',
      "Follow AP's full coverage of Brexit and British politics at https://www.example.com/Brexit",
      'follow',
    ],
    ['a more-at line', 'More AP NBA: https://example.com/NBA and https://twitter.com/AP_Sports', 'follow'],
    ['a write-to line', 'Write to Al Root at allen.root@example.com', 'follow'],
  ])('recognises %s at the foot of the article', (_name, text, expected) => {
    expect(kind(text, 18)).toBe(expected);
  });

  it('recognises a disclosure above the first paragraph', () => {
    expect(kind('This post may contain affiliate links.', 1)).toBe('disclosure');
  });

  it.each([
    ['inside the body', 'This post may contain affiliate links.', 10],
    [
      'between two paragraphs near the top',
      'Some readers asked about our affiliate links and the commission programs of shops.',
      3.5,
    ],
    [
      'as prose about moderation',
      'The company said the moderators read every comment before it appears on the site.',
      10,
    ],
  ])('keeps a notice-like line %s', (_name, text, index) => {
    expect(noticeKind(text, { words: wordCount(text), index, total: 20, span: [3, 16] })).toBeUndefined();
  });

  it('finds the prose between the notices', () => {
    const long = 'word '.repeat(30).trim();
    const texts = ['This post may contain affiliate links.', long, 'Short line.', long, 'Follow us on Twitter.'];
    expect(proseSpan(texts, wordCount)).toEqual([1, 3]);
  });
});
