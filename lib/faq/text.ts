/**
 * Text tests shared by the FAQ finders: what reads as a question, what heads
 * an FAQ section, and how two wordings of one question are matched (issue #4).
 */
import { BLOCK_TAGS, normalizeSpace } from '../text/blocks';

/** Ends with a question mark (Latin, full-width, Arabic). */
const ENDS_WITH_QMARK = /[?？؟]\s*["'”’»)]?$/;

/**
 * Starts like a question in English, German, French or Spanish. Only used
 * where the page already says "this is an FAQ" (an FAQ heading or block),
 * for questions written without a question mark ("How to reset my password").
 */
const INTERROGATIVE =
  /^(?:¿\s*)?(?:how|what|why|when|where|who|whom|whose|which|can|could|do|does|did|is|are|was|were|will|would|should|shall|may|must|have|has|wie|was|warum|weshalb|wieso|wann|wo|wer|welche[rsmn]?|kann|können|muss|gibt|ist|sind|comment|pourquoi|quand|où|qui|quel|quelle|quels|quelles|combien|est-ce|puis-je|peut-on|cómo|como|qué|por qué|cuándo|dónde|quién|cuál|cuáles|cuánto|cuánta|puedo|se puede)(?=[\s,'’]|$)/i;

/** "Q:", "Q1.", "Question 2 -", "Frage:", "Pregunta:" before a question. */
export const Q_PREFIX = /^(?:(?:q|f|p)\s*\d{0,3}\s*[:.]|(?:question|frage|pregunta)\s*\d{0,3}\s*[:.)–-])\s*/i;
/** "A:", "Answer -", "Antwort:", "R:", "Réponse:", "Respuesta:" before an answer. */
export const A_PREFIX = /^(?:(?:a|r)\s*[:.]|(?:answer|antwort|réponse|reponse|respuesta)\s*[:.)–-])\s*/i;

const NO_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

/**
 * Plain text of an element on one line. Unlike blockText it keeps the text of
 * buttons: accordion questions are usually written inside one.
 */
export function elementText(el: Element, skip?: (el: Element) => boolean): string {
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        if (NO_TEXT.has(tag) || skip?.(c as Element)) continue;
        if (tag === 'BR') out += ' ';
        else if (BLOCK_TAGS.has(tag)) {
          out += ' ';
          walk(c);
          out += ' ';
        } else walk(c);
      }
    }
  };
  walk(el);
  return normalizeSpace(out);
}

/**
 * Text of an element read as a question: elementText without icons, whose
 * text is a glyph name in icon fonts ("chevron_right" in Material Icons,
 * WCXB 4413) or is hidden from screen readers.
 */
export function questionText(el: Element): string {
  return elementText(el, isIcon);
}

/** An icon: hidden or in an icon font, and at most one word (a collapsed answer may be aria-hidden too, WCXB 0692). */
export function isIcon(el: Element): boolean {
  if (el.getAttribute('aria-hidden') !== 'true' && !/material-(?:icons|symbols)/.test(el.getAttribute('class') ?? '')) {
    return false;
  }
  const text = (el.textContent ?? '').trim();
  return text.length <= 40 && !/\s/.test(text);
}

/** A plausible question length: a few words, not a paragraph. */
function questionSized(text: string): boolean {
  if (text.length < 4 || text.length > 300) return false;
  // CJK questions have no spaces; elsewhere one word is a label, not a question.
  return /\s/.test(text) || /[\u3000-\u9fff\uac00-\ud7af]/.test(text);
}

/** Reads as a question: ends with a question mark and has the length of one. */
export function isQuestion(text: string): boolean {
  return questionSized(text) && ENDS_WITH_QMARK.test(text);
}

/**
 * Reads as a question where the page has said it is an FAQ: a question mark,
 * or an interrogative first word.
 */
export function isLooseQuestion(text: string): boolean {
  const t = text.replace(Q_PREFIX, '');
  return isQuestion(t) || (questionSized(t) && INTERROGATIVE.test(t) && !/[.!:]$/.test(t));
}

/** Starts with an interrogative word ("How", "Can", "Warum", "¿Cómo"...). */
export function startsLikeQuestion(text: string): boolean {
  return INTERROGATIVE.test(text.replace(Q_PREFIX, ''));
}

/** Phrases that head an FAQ, as whole words anywhere in a short heading. */
const FAQ_PHRASE = new RegExp(
  '(?:^|[^\\p{L}])(?:' +
    [
      'faqs?',
      'f\\.a\\.q\\.?s?',
      'frequently[ -]asked questions?',
      'frequent questions',
      'commonly asked questions',
      'common questions',
      'questions (?:and|&) answers',
      'häufig(?:e| gestellte) fragen',
      'oft gestellte fragen',
      'fragen (?:und|&) antworten',
      'questions fréquentes',
      'questions fréquemment posées',
      'foire aux questions',
      'questions[- ]réponses',
      'questions et réponses',
      'preguntas frecuentes',
      'preguntas más frecuentes',
      'preguntas y respuestas',
    ].join('|') +
    ')(?=$|[^\\p{L}])',
  'iu',
);

/** "Q&A" alone heads an FAQ; "Q&A: the minister on ..." heads an interview. */
const QA_ALONE = /^(?:q\s*&\s*a|q\s+and\s+a|q\s*\+\s*a)s?\s*:?$/i;

/** Heads an FAQ section: "FAQ", "frequently Asked Questions", "Häufige Fragen"... */
export function isFaqHeading(text: string): boolean {
  const t = normalizeSpace(text);
  if (!t || t.length > 90 || t.split(' ').length > 10) return false;
  if (QA_ALONE.test(t)) return true;
  // A heading that is itself a question ("Do you have questions?") is not a title.
  return FAQ_PHRASE.test(t) && !ENDS_WITH_QMARK.test(t);
}

/** Lowercased question without numbering, prefixes or punctuation, for matching. */
export function questionKey(text: string): string {
  return normalizeSpace(
    text
      .toLowerCase()
      .replace(/[’‘`´]/g, "'")
      .replace(Q_PREFIX, '')
      .replace(/^\d{1,3}\s*[.):-]\s*/, '')
      .replace(/[^\p{L}\p{N}' ]+/gu, ' '),
  );
}

/** True when two question keys name the same question (one rewording away at most). */
export function sameQuestion(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.includes(short) && short.length / long.length >= 0.7) return true;
  const wa = new Set(a.split(' '));
  const wb = new Set(b.split(' '));
  let common = 0;
  for (const w of wa) if (wb.has(w)) common += 1;
  return common / (wa.size + wb.size - common) >= 0.8;
}
