import { describe, expect, it } from 'vitest';
import { findFaq } from '../../lib/faq';
import { extractArticle } from '../../lib/extract';
import { extractFixture, parsePage } from '../helpers/fixtures';

const ARTICLE = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of an ordinary article about gardening, long enough for a reader to keep it, with several clauses, commas, and a full stop at the end of it.</p>`,
).join('');

function page(body: string, head = ''): Document {
  return parsePage(
    `<!DOCTYPE html><html><head><title>Test</title>${head}</head><body><article>${body}</article></body></html>`,
  ).window.document;
}

function ld(obj: unknown): string {
  // Escaped as CMSs do, so that a "</script>" inside a string does not end the script.
  return `<script type="application/ld+json">${JSON.stringify(obj).replace(/</g, '\\u003c')}</script>`;
}

describe('findFaq on structured data', () => {
  it('reads FAQPage JSON-LD in @graph with @id references, HTML answers and entities', () => {
    const doc = page(
      ARTICLE,
      ld({
        '@graph': [
          { '@type': ['WebPage', 'FAQPage'], mainEntity: [{ '@id': '#q1' }, { '@id': '#q2' }] },
          {
            '@type': 'Question',
            '@id': '#q1',
            name: 'Is it 1&comma;000?',
            acceptedAnswer: { text: '<p>Yes.</p><p>Mostly.</p>' },
          },
          {
            '@type': 'Question',
            '@id': '#q2',
            name: 'Why &amp;amp; how?',
            acceptedAnswer: { text: '&lt;b&gt;Because&lt;/b&gt;' },
          },
        ],
      }),
    );
    const faq = findFaq(doc);
    expect(faq.map((f) => [f.question, f.answer, f.source])).toEqual([
      ['Is it 1,000?', 'Yes.\n\nMostly.', 'jsonld'],
      ['Why & how?', 'Because', 'jsonld'],
    ]);
    expect(faq[1]!.answerHtml).toBe('<b>Because</b>');
  });

  it('sanitizes structured answers', () => {
    const doc = page(
      ARTICLE,
      ld({
        '@type': 'FAQPage',
        mainEntity: {
          '@type': 'Question',
          name: 'Safe?',
          acceptedAnswer: { text: '<img src=x onerror=alert(1)><script>alert(2)</script>Yes' },
        },
      }),
    );
    const [entry] = findFaq(doc);
    expect(entry!.answerHtml).not.toMatch(/onerror|<script/);
    expect(entry!.answer).toBe('Yes');
  });

  it('ignores the Question of a QAPage', () => {
    const doc = page(
      ARTICLE,
      ld({
        '@type': 'QAPage',
        mainEntity: { '@type': 'Question', name: 'Why?', acceptedAnswer: { text: 'Because.' } },
      }),
    );
    expect(findFaq(doc)).toEqual([]);
  });
});

describe('findFaq on visible markup', () => {
  it('finds ARIA accordion answers in collapsed, hidden panels', () => {
    const items = [1, 2, 3]
      .map(
        (i) =>
          `<h3><button aria-expanded="false" aria-controls="p${i}" id="b${i}">Question number ${i}?</button></h3>` +
          `<div id="p${i}" role="region" aria-labelledby="b${i}" hidden><p>Answer ${i}.</p></div>`,
      )
      .join('');
    const faq = findFaq(page(ARTICLE + `<div class="acc">${items}</div>`));
    expect(faq.map((f) => [f.question, f.answer])).toEqual([
      ['Question number 1?', 'Answer 1.'],
      ['Question number 2?', 'Answer 2.'],
      ['Question number 3?', 'Answer 3.'],
    ]);
    expect(faq[0]!.answerHtml).not.toContain('hidden');
  });

  it('finds Bootstrap 4 card accordions', () => {
    const cards = ['Can I return it?', 'Do you ship abroad?']
      .map(
        (q, i) =>
          `<div class="card"><div class="card-header" id="h${i}"><h5 class="mb-0"><button class="btn btn-link" data-toggle="collapse" data-target="#c${i}">${q}</button></h5></div>` +
          `<div id="c${i}" class="collapse" data-parent="#accordion"><div class="card-body">Answer ${i}.</div></div></div>`,
      )
      .join('');
    const faq = findFaq(page(ARTICLE + `<div id="accordion">${cards}</div>`));
    expect(faq.map((f) => f.question)).toEqual(['Can I return it?', 'Do you ship abroad?']);
  });

  it('keeps accordions whose titles are not questions out', () => {
    const items = ['Monthly pricing', 'My methodology', 'Contact']
      .map(
        (t, i) =>
          `<button aria-expanded="false" aria-controls="x${i}">${t}</button><div id="x${i}"><p>Text ${i}.</p></div>`,
      )
      .join('');
    expect(findFaq(page(ARTICLE + `<div>${items}</div>`))).toEqual([]);
  });

  it.each([
    ['a profile', ['Favorite books?', 'Favorite athlete?', 'Favorite places you have visited?'], 'Lebron James'],
    ['a numbered guide', ['1. How long is my trip?', '2. What season is it?', '3. Do I like driving?'], 'It depends.'],
    [
      'an interview',
      ['What got you started?', 'What was hardest?', 'What comes next?'],
      'I started when my father gave me a bike.',
    ],
  ])('reads no FAQ into question subheads of %s', (_kind, questions, answer) => {
    const body = questions.map((q) => `<h3>${q}</h3><p>${answer}</p>`).join('');
    expect(findFaq(page(ARTICLE + body))).toEqual([]);
  });

  it('needs two pairs under an FAQ heading', () => {
    expect(findFaq(page(ARTICLE + '<h2>FAQ</h2><h3>Ready to start?</h3><p>Sign up today.</p>'))).toEqual([]);
  });

  it('marks questions, answers and the section, numbering anchors from 1', () => {
    const doc = page(
      ARTICLE +
        '<h2>FAQ</h2><h3>First question here?</h3><p>First answer.</p><h3>Second question here?</h3><p>Second answer.</p>',
    );
    const faq = findFaq(doc);
    expect(faq.map((f) => f.anchor)).toEqual(['faq-1', 'faq-2']);
    const section = doc.querySelector('[data-precis-faq="section"]')!;
    expect(section.querySelector('h2')!.textContent).toBe('FAQ');
    expect(section.querySelectorAll('[data-precis-faq="q"]')).toHaveLength(2);
    expect(section.querySelectorAll('[data-precis-faq="a"]')).toHaveLength(2);
    expect(doc.querySelector('[data-precis-anchor="faq-2"]')!.textContent).toBe('Second question here?');
    // The article paragraphs before the FAQ stay outside the section.
    expect(section.textContent).not.toContain('Paragraph 1');
  });

  it('writes a question held in an in-page toggle link as a span', () => {
    // Readability counts a toggle's text as links and drops the card with its answer (faq-toggle-links).
    const items = ['Can I pay by card?', 'Do you deliver on Sundays?', 'Is there a minimum order?']
      .map(
        (q, i) =>
          `<a href="#" aria-controls="p${i}" aria-expanded="false"><h4>${q}</h4></a>` +
          `<div id="p${i}" class="collapse"><p>Answer ${i}.</p></div>`,
      )
      .join('');
    const doc = page(ARTICLE + `<h2>FAQ</h2><div>${items}</div>`);
    expect(findFaq(doc)).toHaveLength(3);
    expect(doc.querySelector('[data-precis-anchor="faq-1"]')!.tagName).toBe('SPAN');
    expect(doc.querySelector('[data-precis-faq="section"] a')).toBeNull();
  });

  it('separates the blocks of an answer with one blank line', () => {
    const result = extractFixture('faq-elementor');
    expect(result.ok && result.article.faq[0]!.answer).toBe(
      'Between two months and a year.\n\nA warm, well-mixed heap is at the fast end.',
    );
  });
});

describe('FAQ marks through the whole pipeline', () => {
  it.each([
    'seed-news-page',
    'faq-yoast',
    'faq-section-es',
    'faq-heading-run',
    'faq-aria',
    'faq-bootstrap',
    'faq-toggle-links',
  ])('survive Readability and the sanitizer on %s', (name) => {
    const result = extractFixture(name);
    if (!result.ok) throw new Error(result.message);
    const { html, faq } = result.article;
    expect(faq.length).toBeGreaterThan(0);
    expect(html).toContain('data-precis-faq="section"');
    for (const entry of faq) expect(html).toContain(`data-precis-anchor="${entry.anchor}"`);
  });

  it('puts the seed FAQ, heading included, in one section and nothing else', () => {
    const result = extractFixture('seed-news-page');
    if (!result.ok) throw new Error(result.message);
    const doc = parsePage(`<body>${result.article.html}</body>`).window.document;
    const sections = doc.querySelectorAll('[data-precis-faq="section"]');
    expect(sections).toHaveLength(1);
    const text = sections[0]!.textContent ?? '';
    expect(text).toMatch(/^frequently Asked Questions/);
    expect(text).not.toContain('Share your views');
    expect(text).not.toContain('rural revitalization initiatives');
  });

  it('keeps answers written loose between the question headings inside the FAQ section', () => {
    const result = extractFixture('faq-section-loose-text');
    if (!result.ok) throw new Error(result.message);
    const doc = parsePage(`<body>${result.article.html}</body>`).window.document;
    const section = doc.querySelector('[data-precis-faq="section"]')!;
    expect(section.textContent).toContain('Allow about 60 cm of table edge');
    expect(section.textContent).toContain('keep it out of direct sunlight');
    expect(section.textContent).not.toContain('made in small workshops');
  });

  it('finds nothing when the FAQ step is off', () => {
    const doc = parsePage('<h2>FAQ</h2><h3>A question here?</h3><p>An answer.</p>' + ARTICLE).window.document;
    const result = extractArticle(doc, { faq: false });
    expect(result.ok && result.article.faq).toEqual([]);
  });
});
