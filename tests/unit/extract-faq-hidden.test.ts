import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { parsePage } from '../helpers/fixtures';

const prose = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the city library reopens on Monday after a two-year renovation that added a children's wing, a rooftop reading room and longer opening hours on weekends.</p>`,
).join('');

const page = `<!doctype html><html lang="en"><head><title>Library reopens</title></head><body><article>
<h1>Library reopens</h1>${prose}
<h2>Frequently asked questions</h2>
<div class="accordion">
  <h3><button aria-expanded="false" aria-controls="a1">When does the library open?</button></h3>
  <div id="a1" role="region" style="display:none"><p>It opens at nine every morning, seven days a week.</p></div>
  <h3><button aria-expanded="false" aria-controls="a2">Do I need a new card?</button></h3>
  <div id="a2" role="region" hidden><p>No, existing cards keep working after the renovation.</p></div>
  <h3><button aria-expanded="false" aria-controls="a3">Is parking available?</button></h3>
  <div id="a3" role="region" aria-hidden="true"><p>Yes, the garage on Mill Street is free for two hours.</p></div>
</div></article></body></html>`;

describe('FAQ in a collapsed accordion', () => {
  it('finds answers the page hides until a question is clicked, with cleaning on', () => {
    const dom = parsePage(page, 'http://fakehost/library-reopens');
    const result = extractArticle(dom.window.document);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.faq.map((f) => [f.question, f.answer])).toEqual([
      ['When does the library open?', 'It opens at nine every morning, seven days a week.'],
      ['Do I need a new card?', 'No, existing cards keep working after the renovation.'],
      ['Is parking available?', 'Yes, the garage on Mill Street is free for two hours.'],
    ]);
    // Anchors are kept only when the reader can scroll to them.
    for (const f of result.article.faq) {
      if (f.anchor) expect(result.article.html).toContain(`data-precis-anchor="${f.anchor}"`);
    }
  });
});
