import type { ExtractedArticle } from '../../lib/types';

/** A saved-article fixture: a small article with two images, one through srcset. */
export function sampleArticle(over: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    url: 'https://news.example/a/shenzhen-security',
    canonicalUrl: 'https://news.example/a/shenzhen-security',
    title: 'Shenzhen security symposium',
    byline: 'Zhang Tianpei',
    siteName: 'World Today News',
    lang: 'en',
    publishedTime: '2025-07-19T08:12:44.000Z',
    excerpt: 'Directors met in Shanghai.',
    html:
      '<p data-precis-block="0">Directors met in Shanghai; Shenzhen was praised.</p>' +
      '<figure><img src="https://img.example/a.png" alt="A &amp; &quot;B&quot; > C"></figure>' +
      '<picture><source srcset="https://img.example/b.webp"><img src="https://img.example/b-small.jpg" srcset="https://img.example/b-800.jpg 800w, https://img.example/b-2000.jpg 2000w" alt=""></picture>',
    text: 'Directors met in Shanghai; Shenzhen was praised.',
    wordCount: 7,
    readingMinutes: 1,
    faq: [{ question: 'Who?', answer: 'Directors.', answerHtml: '<p>Directors.</p>', source: 'jsonld' }],
    points: [{ text: 'Directors met in Shanghai.', block: 0 }],
    pointsSource: 'scored',
    isArticle: true,
    ...over,
  };
}

/** Deterministic pseudo-image bytes. */
export function bytes(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export function pngBlob(n: number, seed = 1): Blob {
  return new Blob([bytes(n, seed) as BlobPart], { type: 'image/png' });
}
