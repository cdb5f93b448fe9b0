/**
 * A news page stuffed with XSS vectors (issue #9): in the article body, in
 * captions, in a visible FAQ, in a JSON-LD FAQPage and in the metadata.
 * A payload that ran would call `__xss(id)` or request `/pwned/<id>...`.
 */
import { VECTORS } from '../fixtures/xss/vectors';

const PROSE = [
  'The regional council approved a new plan for the river districts on Monday, after two years of consultation with residents and businesses.',
  'Under the plan, three bridges will be rebuilt and the flood defences along the northern bank will be raised by a metre before the next winter.',
  'Engineers said the work would be done in stages so that the main crossings stay open, and that most of the cost is covered by a national fund.',
  'Residents who spoke at the final hearing welcomed the defences but asked for more detail on how long the roadworks near the schools would last.',
  'The council will publish a timetable for each district next month and hold open meetings in the libraries of the three affected neighbourhoods.',
];

/**
 * Vectors that make the page itself navigate or rebase its own URLs (meta
 * refresh, <base href>) would only test the page, not Precis: in the live
 * page they go into the JSON-LD, where they are text.
 */
const PAGE_LEVEL = /http-equiv|<base\b/i;

const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Builds the attack page's HTML. */
export function attackPage(): string {
  const body: string[] = [];
  const inBody = VECTORS.filter((v) => !PAGE_LEVEL.test(v.payload));
  inBody.forEach((v, i) => {
    if (i % 12 === 0) body.push(`<p>${PROSE[(i / 12) % PROSE.length]} ${v.payload}</p>`);
    else if (i % 12 === 5) {
      body.push(
        `<figure><img src="/img/river.png" alt="River ${i}"><figcaption>The river ${v.payload}</figcaption></figure>`,
      );
    } else body.push(`<p>Residents said item ${i} mattered. ${v.payload} The council agreed to look again.</p>`);
  });
  const faqVectors = [...VECTORS.slice(0, 14), ...VECTORS.filter((v) => PAGE_LEVEL.test(v.payload))];
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faqVectors.map((v, i) => ({
      '@type': 'Question',
      name: `Is question ${i} safe? ${v.payload}`,
      acceptedAnswer: { '@type': 'Answer', text: `<p>Answer ${i} ${v.payload}</p>` },
    })),
  };
  const visibleFaq = inBody
    .slice(0, 6)
    .map(
      (v, i) =>
        `<h3>Will the bridge ${i} stay open? ${v.payload}</h3><p>Yes, the bridge ${i} stays open. ${v.payload}</p>`,
    )
    .join('');
  const meta = VECTORS[1]!.payload;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>River plan approved ${meta}</title>
<meta property="og:title" content="${escAttr(`River plan approved ${meta}`)}">
<meta property="og:site_name" content="${escAttr(`Attack Times ${VECTORS[2]!.payload}`)}">
<meta name="author" content="${escAttr(`Eve ${VECTORS[3]!.payload}`)}">
<meta property="article:published_time" content="2025-05-01T10:00:00Z">
<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>
</head><body>
<header><nav><a href="/">Home</a></nav></header>
<article><h1>River plan approved</h1>
${body.join('\n')}
<h2>Frequently asked questions</h2>
${visibleFaq}
</article>
</body></html>`;
}
