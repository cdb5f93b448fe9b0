import { describe, expect, it } from 'vitest';
import { findPageSummary, pickPoints, pointsFromText } from '../../lib/points';
import { textBlocks, type TextBlock } from '../../lib/text/blocks';

/** Parses an article body and numbers its blocks as lib/extract does. */
function article(body: string): { doc: Document; blocks: TextBlock[] } {
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');
  const blocks = textBlocks(doc.body);
  const seen = new Map<Element, number>();
  for (const b of blocks) {
    if (b.el === doc.body || seen.has(b.el)) continue;
    seen.set(b.el, seen.size);
    b.el.setAttribute('data-precis-block', String(seen.size - 1));
  }
  return { doc, blocks };
}

const PROSE = [
  'The city council approved a new budget for public transport on Tuesday evening.',
  'The budget adds forty buses and extends night service to every district of the city.',
  'Council members said the plan would be paid for by a small rise in parking fees.',
  'Residents have asked for better night service for more than a decade.',
  'Work on the new bus depot is expected to begin next spring.',
].map((s) => `<p>${s}</p>`);

describe('pickPoints', () => {
  it('uses the page’s own "Key takeaways" list', () => {
    const { blocks } = article(
      `<h2>Key takeaways</h2><ul><li>Forty new buses join the fleet next year.</li><li>Night service reaches every district.</li><li>Parking fees pay for the plan.</li></ul>${PROSE.join('')}`,
    );
    const { points, source } = pickPoints({ title: 'Council backs bus plan', blocks, count: 4 });
    expect(source).toBe('page-summary');
    expect(points.map((p) => p.text)).toEqual([
      'Forty new buses join the fleet next year.',
      'Night service reaches every district.',
      'Parking fees pay for the plan.',
    ]);
    expect(points[0]!.block).toBe(1);
  });

  it('uses a summary box named by its class', () => {
    const { blocks } = article(
      `<div class="article-key-points"><ul><li>Forty new buses join the fleet.</li><li>Night service reaches every district.</li></ul></div>${PROSE.join('')}`,
    );
    expect(pickPoints({ title: '', blocks, count: 4 }).source).toBe('page-summary');
  });

  it('uses a "TL;DR:" paragraph', () => {
    const { blocks } = article(
      `${PROSE.join('')}<p>TL;DR: the council will add forty buses and run them all night.</p>`,
    );
    const { points, source } = pickPoints({ title: '', blocks, count: 4 });
    expect(source).toBe('page-summary');
    expect(points[0]!.text).toBe('the council will add forty buses and run them all night.');
  });

  it('uses a summary box Readability dropped, read from the whole page', () => {
    const page = article(
      `<aside class="sidebar"><h3>In brief</h3><ul><li>Forty new buses join the fleet.</li><li>Night service reaches every district.</li></ul></aside><nav><h3>Highlights</h3><ul><li><a href="/a">Other story one here</a></li><li><a href="/b">Other story two here</a></li></ul></nav>`,
    );
    const summary = findPageSummary(page.doc);
    expect(summary).toEqual(['Forty new buses join the fleet.', 'Night service reaches every district.']);
    const { blocks } = article(PROSE.join(''));
    const { points, source } = pickPoints({ title: '', blocks, count: 4, pageSummary: summary });
    expect(source).toBe('page-summary');
    expect(points.map((p) => p.text)).toEqual(summary);
  });

  it('starts with the standfirst and says so', () => {
    const { blocks } = article(
      `<p class="article-standfirst">Forty buses and all-night service: the council’s plan for the city’s transport.</p>${PROSE.join('')}`,
    );
    const { points, source } = pickPoints({ title: 'Council backs bus plan', blocks, count: 3 });
    expect(source).toBe('standfirst');
    expect(points).toHaveLength(3);
    expect(points[0]!.text).toMatch(/^Forty buses and all-night service/);
  });

  it('scores sentences of the body when the page has no summary, in article order', () => {
    const { blocks } = article(PROSE.join(''));
    const { points, source } = pickPoints({ title: 'Council approves bus budget', blocks, count: 3 });
    expect(source).toBe('scored');
    expect(points).toHaveLength(3);
    const order = points.map((p) => p.block!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(points[0]!.text).toBe(PROSE[0]!.replace(/<\/?p>/g, ''));
  });

  it('names the block and the untrimmed sentence of each point', () => {
    const { blocks } = article(
      '<p>Opening words of the story go here. But the council approved the budget for buses on Tuesday.</p><p>Another paragraph with enough words to count here.</p>',
    );
    const { points } = pickPoints({ title: 'Council approves budget for buses', blocks, count: 4 });
    const trimmed = points.find((p) => p.text.startsWith('The council approved'));
    expect(trimmed).toMatchObject({ block: 0, sentence: 'But the council approved the budget for buses on Tuesday.' });
    for (const p of points) expect(blocks[p.block!]!.text).toContain(p.sentence);
  });

  it('keeps the FAQ, captions, headings, bylines and link lists out of the main points', () => {
    const { blocks } = article(`
      <p class="byline">By Ann Example</p>
      <figure><img src="x.jpg"><figcaption>The council chamber where the bus budget was approved on Tuesday.</figcaption></figure>
      <h2>The council approves the bus budget for the whole city</h2>
      ${PROSE.join('')}
      <ul><li><a href="/1">Council approves bus budget for the city</a></li><li><a href="/2">Bus budget approved by the council</a></li></ul>
      <section data-precis-faq><h3>What did the council approve for the city?</h3><p>The council approved the bus budget for the city on Tuesday.</p></section>
      <h2>Frequently asked questions</h2>
      <h3>When will the buses run?</h3><p>The council said the buses will run all night in every district of the city.</p>
      <h2>What comes next</h2>
      <p>The transport committee will meet again in May to review the bus budget.</p>`);
    const { points } = pickPoints({ title: 'Council approves bus budget', blocks, count: 7 });
    const texts = points.map((p) => p.text).join('\n');
    expect(texts).not.toMatch(/Ann Example|council chamber|whole city|all night|What did/);
    expect(texts).not.toMatch(/^Council approves bus budget for the city$/m);
    for (const p of points) expect(blocks[p.block!]!.el.tagName).toBe('P');
  });
});

describe('pointsFromText', () => {
  it('never gives two points that say the same thing', () => {
    const paragraphs = [
      'The city council approved a new budget for public transport on Tuesday evening.',
      'On Tuesday evening the city council approved a new public transport budget.',
      'The budget adds forty buses and extends night service to every district.',
      'Residents have asked for better night service for more than a decade.',
    ];
    const points = pointsFromText('Council approves transport budget', paragraphs, 3, 'en');
    expect(points.map((p) => p.block)).not.toContain(1);
    expect(points).toHaveLength(3);
  });

  it('prefers statements to questions and quotations', () => {
    const paragraphs = [
      'Will the city ever get the buses it was promised by the council?',
      '"We have waited for years and years for this," said one resident of the city.',
      'The city council approved a new budget for public transport on Tuesday.',
      'The budget adds forty buses and extends night service to every district.',
    ];
    const points = pointsFromText('Council approves transport budget', paragraphs, 2, 'en');
    expect(points.map((p) => p.block)).toEqual([2, 3]);
  });

  it('passes over a short kicker for the statements that carry the news', () => {
    const paragraphs = [
      'Soon, the night buses will be rolling again.',
      'The city council approved a new budget for public transport on Tuesday evening after a long debate.',
      'The budget adds forty buses and extends night service to every district of the city.',
      'Residents have asked for better night service for more than a decade.',
    ];
    const points = pointsFromText('Council approves transport budget', paragraphs, 2, 'en');
    expect(points.map((p) => p.block)).toEqual([1, 2]);
  });

  it('passes over photo captions left in the text', () => {
    const paragraphs = [
      'The city council approved a new budget for public transport on Tuesday evening after a long debate.',
      'Council leader Anna Berg (left) and transport chief Tom Reid (right) at the city hall on Tuesday evening.',
      'Scroll down for video The council approved forty new buses for public transport in the city.',
      'The budget adds forty buses and extends night service to every district of the city.',
    ];
    const points = pointsFromText('Council approves transport budget', paragraphs, 2, 'en');
    expect(points.map((p) => p.block)).toEqual([0, 3]);
  });

  it('ranks a sentence on all it says, then shows it without its aside', () => {
    const paragraphs = [
      'The city council met on Tuesday evening to discuss several matters of local interest.',
      'The team flew its giant kite – a world record attempt at the Wulong festival – over the river on Saturday.',
    ];
    const points = pointsFromText('World record attempt at Wulong festival', paragraphs, 1, 'en');
    expect(points.map((p) => p.text)).toEqual(['The team flew its giant kite over the river on Saturday.']);
  });

  it('reads Chinese, cutting words with Intl.Segmenter', () => {
    const paragraphs = [
      '上海市政府周二批准了新的公共交通预算。预算将增加四十辆公交车。',
      '居民多年来一直要求改善夜间服务。新的公交车站明年春天开工。',
    ];
    const points = pointsFromText('上海批准公共交通预算', paragraphs, 2, 'zh-CN');
    expect(points).toHaveLength(2);
    expect(points[0]!.text).toBe('上海市政府周二批准了新的公共交通预算。');
  });
});
