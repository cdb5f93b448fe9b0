import { describe, expect, it } from 'vitest';
import { elementsUnder, elementsWithin } from '../../lib/extract/walk';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('elementsWithin', () => {
  const page = parse(
    `<html><head><title>T</title><meta name="x" content="y"></head><body>
       <div id="a"><p id="b">one <b>two</b></p><ul id="c"><li>i</li><li>ii<ol><li>iii</li></ol></li></ul></div>
       <section id="d"><p>last</p></section></body></html>`,
  );
  // A sibling after the body, as a script may leave one, and a root that is the last element of its parent.
  page.documentElement.append(page.createElement('aside'));
  const all = elementsUnder(page.documentElement);
  it.each(['body', 'head', '#a', '#b', '#c', '#d', 'ol', 'aside', 'title'])(
    'gives what a walk under %s gives, sliced from a walk of the whole page',
    (selector) => {
      const root = page.querySelector(selector)!;
      expect(elementsWithin(all, root)).toEqual(elementsUnder(root));
    },
  );
  it('gives nothing for an element that is not in the list', () => {
    expect(elementsWithin(all, page.createElement('div'))).toEqual([]);
  });
});
