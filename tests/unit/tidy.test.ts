import { describe, expect, it } from 'vitest';
import { tidyHtml, tidyText, tidyTextNodes } from '../../lib/text/tidy';

describe('tidyText: fixes obvious typos', () => {
  it.each([
    [
      'adds the space missing after a full stop',
      'the end of the year.Simmons said',
      'the end of the year. Simmons said',
    ],
    [
      'capitalises a sentence that starts in lowercase',
      'It rained. the match went on.',
      'It rained. The match went on.',
    ],
    ['does both in one sentence', 'It rained.the match. then it stopped', 'It rained.the match. Then it stopped'],
    ['capitalises after a closing quote', 'He said “stop.” then he left', 'He said “stop.” Then he left'],
    ['capitalises after an opening quote', 'It ended. “why?” she asked', 'It ended. “Why?” she asked'],
    ['uses the language’s own capitals', 'Son ölümü. ışık yandı', 'Son ölümü. Işık yandı'],
    ['capitalises accented letters', 'C’est fini. été chaud', 'C’est fini. Été chaud'],
  ])('%s', (_title, input, expected) => {
    expect(tidyText(input, { lang: input.includes('ölümü') ? 'tr' : undefined })).toBe(expected);
  });
});

describe('tidyText: leaves alone what is not a typo', () => {
  it.each([
    ['web addresses', 'See www.Example.com for more', 'See www.Example.com for more'],
    ['domain names', 'Visit example.Com today', 'Visit example.Com today'],
    ['e-mail addresses', 'Write to info@news.Example now', 'Write to info@news.Example now'],
    ['abbreviations with inner dots', 'Use a tool, e.g. the grep command', 'Use a tool, e.g. the grep command'],
    [
      'common abbreviations',
      'Apples, pears etc. are fruit. Smith vs. jones',
      'Apples, pears etc. are fruit. Smith vs. jones',
    ],
    ['initials', 'J. smith wrote it', 'J. smith wrote it'],
    ['numbers and ordinals', 'Am 3. oktober and step 1. open it', 'Am 3. oktober and step 1. open it'],
    ['ellipses', 'Wait... what happened', 'Wait... what happened'],
    [
      'brand names with inner capitals',
      'It is new. iPhone sales rose. eBay too.',
      'It is new. iPhone sales rose. eBay too.',
    ],
    ['decimals', 'It grew 3.5 percent', 'It grew 3.5 percent'],
    ['upper-case words before a stop', 'He works at NASA.The agency', 'He works at NASA.The agency'],
    ['a lowercase address starting a sentence', 'Go there. example.com is down', 'Go there. example.com is down'],
    ['text with nothing to fix', 'A clean sentence. Another one.', 'A clean sentence. Another one.'],
  ])('%s', (_title, input, expected) => {
    expect(tidyText(input)).toBe(expected);
  });

  it('capitalises the first letter only when asked (a paragraph start)', () => {
    expect(tidyText('the start', { atSentenceStart: true })).toBe('The start');
    expect(tidyText('the start')).toBe('the start');
  });
});

describe('tidyHtml: on article HTML', () => {
  const tidy = (html: string) => tidyHtml(html, window, 'en');

  it('capitalises the first letter of a paragraph and of a heading', () => {
    expect(tidy('<h2>what happened</h2><p>the minister spoke.</p>')).toBe(
      '<h2>What happened</h2><p>The minister spoke.</p>',
    );
  });

  it('follows a sentence across inline elements', () => {
    expect(tidy('<p>It ended. <em>the</em> crowd left.</p>')).toBe('<p>It ended. <em>The</em> crowd left.</p>');
    expect(tidy('<p><a href="#x">the</a> link starts it.</p>')).toBe('<p><a href="#x">The</a> link starts it.</p>');
  });

  it('leaves code, list items and attributes alone', () => {
    const html =
      '<p>Run <code>npm test.Then</code> now.</p><ul><li>apples</li></ul><pre>x. y</pre><p><img alt="a.B" src="https://a.test/x.png"></p>';
    expect(tidy(html)).toBe(html);
  });

  it('keeps block indices and other attributes', () => {
    expect(tidy('<p data-precis-block="0">one.Two</p>')).toBe('<p data-precis-block="0">One. Two</p>');
  });

  it('returns the same string when there is nothing to fix', () => {
    const html = '<p>Nothing to fix here.</p>';
    expect(tidy(html)).toBe(html);
  });

  it('is idempotent', () => {
    const once = tidy('<p>the end.The start. the middle</p>');
    expect(tidy(once)).toBe(once);
  });

  it('counts the text nodes it changed', () => {
    const div = document.createElement('div');
    div.append(Object.assign(document.createElement('p'), { textContent: 'a sentence.Another' }));
    div.append(Object.assign(document.createElement('p'), { textContent: 'Fine.' }));
    expect(tidyTextNodes(div)).toBe(1);
    expect(div.textContent).toBe('A sentence. AnotherFine.');
  });
});
