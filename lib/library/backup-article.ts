import type { ExtractedArticle } from '../types';
import { arr, bool, fail, httpUrl, isObj, num, obj, pickStrings, str, textDir, type Obj } from './backup-checks';
import { LIMITS } from './backup-format';

const ARTICLE_STRINGS = [
  'canonicalUrl',
  'byline',
  'siteName',
  'lang',
  'publishedTime',
  'excerpt',
  'standfirst',
  'leadImage',
] as const;
const FAQ_SOURCES = ['jsonld', 'microdata', 'block', 'accordion', 'details', 'dl', 'section', 'headings'];
const POINTS_SOURCES = ['page-summary', 'standfirst', 'scored', 'none'];

/**
 * Checks a backup's article (ExtractedArticle, lib/types.ts). Known fields are checked by type and size; fields this
 * version does not know (added to ExtractedArticle later) are kept when they
 * are plain JSON of bounded size, so a backup round-trips losslessly.
 */
export function checkArticle(v: unknown, path: string): ExtractedArticle {
  if (!isObj(v)) return fail(path, 'should be an object');
  const o = v;
  const dir = textDir(o.dir, `${path}.dir`);
  if (typeof o.pointsSource !== 'string' || !POINTS_SOURCES.includes(o.pointsSource)) {
    fail(`${path}.pointsSource`, 'is not a known source');
  }
  const known: ExtractedArticle = {
    url: httpUrl(o.url, `${path}.url`),
    title: str(o.title, `${path}.title`, LIMITS.shortText),
    ...pickStrings(o, path, ARTICLE_STRINGS, LIMITS.url),
    ...(dir !== undefined ? { dir } : {}),
    html: str(o.html, `${path}.html`, LIMITS.html),
    text: str(o.text, `${path}.text`, LIMITS.text),
    wordCount: num(o.wordCount, `${path}.wordCount`, 0, 1e8),
    readingMinutes: num(o.readingMinutes, `${path}.readingMinutes`, 0, 1e6),
    faq: arr(o.faq, `${path}.faq`, LIMITS.faq).map((f, i) => {
      const p = `${path}.faq[${i}]`;
      const fo = obj(f, p, ['question', 'answer', 'answerHtml', 'source', 'anchor']);
      if (typeof fo.source !== 'string' || !FAQ_SOURCES.includes(fo.source))
        fail(`${p}.source`, 'is not a known source');
      return {
        question: str(fo.question, `${p}.question`, LIMITS.shortText),
        answer: str(fo.answer, `${p}.answer`, LIMITS.notes),
        answerHtml: str(fo.answerHtml, `${p}.answerHtml`, LIMITS.notes * 4),
        source: fo.source as ExtractedArticle['faq'][number]['source'],
        ...(fo.anchor !== undefined ? { anchor: str(fo.anchor, `${p}.anchor`, 256) } : {}),
      };
    }),
    points: arr(o.points, `${path}.points`, LIMITS.points).map((pt, i) => {
      const p = `${path}.points[${i}]`;
      const po = obj(pt, p, ['text', 'block', 'sentence']);
      return {
        text: str(po.text, `${p}.text`, LIMITS.shortText),
        ...(po.block !== undefined ? { block: num(po.block, `${p}.block`, 0, 1e7) } : {}),
        ...(po.sentence !== undefined ? { sentence: str(po.sentence, `${p}.sentence`, LIMITS.shortText) } : {}),
      };
    }),
    pointsSource: o.pointsSource as ExtractedArticle['pointsSource'],
    isArticle: bool(o.isArticle, `${path}.isArticle`),
  };
  const extra: Obj = {};
  for (const k of Object.keys(o)) {
    if (k in known || isKnownArticleKey(k)) continue;
    if (JSON.stringify(o[k]).length > LIMITS.shortText * 16) fail(`${path}.${k}`, 'is too large');
    extra[k] = o[k];
  }
  return { ...extra, ...known };
}
const ARTICLE_KEYS = new Set<string>([
  'url',
  'title',
  'html',
  'text',
  'wordCount',
  'readingMinutes',
  'faq',
  'points',
  'pointsSource',
  'isArticle',
  'dir',
  ...ARTICLE_STRINGS,
]);
const isKnownArticleKey = (k: string) => ARTICLE_KEYS.has(k);
