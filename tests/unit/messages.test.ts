/**
 * Messages between Precis's pages are checked on receipt (issue #9): a
 * receiver answers only well-formed requests of a type it knows.
 */
import { describe, expect, it } from 'vitest';
import { EXTRACT_COPY, FIND_SAVED, IMAGE_ACCESS, SAVE_ARTICLE, isRequest, isSaveReply } from '../../utils/messages';

const article = {
  url: 'https://news.example/a',
  title: 'A',
  html: '<p>A</p>',
  text: 'A',
  wordCount: 1,
  readingMinutes: 1,
  faq: [],
  points: [],
  isArticle: true,
};
const snapshot = { url: 'https://news.example/a', baseUrl: 'https://news.example/', html: '<p>A</p>' };

describe('requests between Precis pages', () => {
  it.each([
    ['a copy to read', { type: EXTRACT_COPY, snapshot, options: {} }],
    ['an article to save', { type: SAVE_ARTICLE, article, imageAccess: false }],
    ['an address to look up', { type: FIND_SAVED, url: 'https://news.example/a' }],
    ['an article whose images to check', { type: IMAGE_ACCESS, article }],
  ])('accepts %s', (_, request) => {
    expect(isRequest(request)).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'precis:delete-everything' }],
    ['a copy without its base address', { type: EXTRACT_COPY, snapshot: { url: 'x', html: '' }, options: {} }],
    ['an article without text', { type: SAVE_ARTICLE, article: { ...article, text: 3 }, imageAccess: true }],
    ['a save that does not say about images', { type: SAVE_ARTICLE, article }],
    ['an address that is not text', { type: FIND_SAVED, url: 42 }],
    ['nothing', null],
    ['a string', 'precis:find-saved'],
  ])('refuses %s', (_, request) => {
    expect(isRequest(request)).toBe(false);
  });

  it('checks a save answer', () => {
    expect(isSaveReply({ ok: true })).toBe(true);
    expect(isSaveReply({ ok: true, note: '2 images not kept.' })).toBe(true);
    expect(isSaveReply({ ok: false, message: 'The disk is full.' })).toBe(true);
    expect(isSaveReply({ ok: false })).toBe(false);
    expect(isSaveReply({ ok: true, note: 1 })).toBe(false);
  });
});
