import { describe, expect, it } from 'vitest';
import { dropRepeatedQuotes } from '../../lib/extract/quoted-posts';

const POST =
  'My starter is three weeks old and for the last few days it has smelled sharply of nail polish remover after every feeding. It still doubles in size, but the bread came out dense.';

function thread(html: string): Element {
  return new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild!;
}

const count = (root: Element, phrase: string) => (root.textContent ?? '').split(phrase).length - 1;

describe('dropRepeatedQuotes', () => {
  it("drops a reply's quote of an earlier post, with its attribution inside it", () => {
    const root = thread(
      `<article><p>${POST}</p></article><article><blockquote><div>crumbwatcher said:</div><div>${POST}</div></blockquote><p>Feed it twice a day.</p></article>`,
    );
    expect(dropRepeatedQuotes(root)).toBe(1);
    expect(count(root, 'three weeks old')).toBe(1);
    expect(root.textContent).not.toContain('crumbwatcher said:');
    expect(root.textContent).toContain('Feed it twice a day.');
  });

  it.each([
    ['a quote the text has not said yet', `<p>Feed it more.</p><blockquote>${POST}</blockquote>`],
    ['a quote before the post it repeats', `<blockquote>${POST}</blockquote><p>${POST}</p>`],
    [
      'a quote of a line or two, the context of the reply',
      `<p>${POST}</p><blockquote>${POST.slice(0, 100)}</blockquote>`,
    ],
  ])('keeps %s', (_, html) => {
    const root = thread(html);
    expect(dropRepeatedQuotes(root)).toBe(0);
    expect(root.querySelector('blockquote')).not.toBeNull();
  });
});
