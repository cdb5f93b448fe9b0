import { describe, expect, it } from 'vitest';
import { isFaqHeading, isLooseQuestion, isQuestion, questionKey, sameQuestion } from '../../lib/faq/text';

describe('FAQ headings', () => {
  it.each([
    'FAQ',
    'FAQs',
    'frequently Asked Questions',
    'Frequently asked questions (FAQ)',
    'FAQs about home composting',
    'Questions and answers',
    'Q&A',
    'Q & A:',
    'Häufige Fragen',
    'Fragen und Antworten',
    'Questions fréquentes',
    'Foire aux questions',
    'Preguntas frecuentes',
  ])('heads an FAQ: %s', (title) => {
    expect(isFaqHeading(title)).toBe(true);
  });

  it.each([
    'Q&A: the minister on rural revitalization',
    'Do you have questions?',
    'Our FAQ team answers every email within a day, and this heading is far too long to be a title',
    'Frequently',
    'Related questions',
  ])('does not head an FAQ: %s', (title) => {
    expect(isFaqHeading(title)).toBe(false);
  });
});

describe('questions', () => {
  it.each([
    'What was the primary focus of the Shanghai symposium?',
    '¿Necesito guardabarros?',
    'Faut-il retourner le compost ?',
  ])('reads %s as a question', (q) => {
    expect(isQuestion(q)).toBe(true);
  });
  it.each(['Why?', 'Monthly pricing', 'Share your views in the comments below!'])(
    'does not read %s as a question',
    (q) => {
      expect(isQuestion(q)).toBe(false);
    },
  );
  it('accepts a question without a question mark only where the page says FAQ', () => {
    expect(isQuestion('How to reset my password')).toBe(false);
    expect(isLooseQuestion('How to reset my password')).toBe(true);
    expect(isLooseQuestion('Shipping and returns')).toBe(false);
  });
  it('matches two wordings of one question', () => {
    expect(
      sameQuestion(
        questionKey('Q: Can couples both claim the same room?'),
        questionKey('Can couples both claim the same room'),
      ),
    ).toBe(true);
    expect(
      sameQuestion(
        questionKey('Can couples both claim the room?'),
        questionKey('Can couples both claim the same room?'),
      ),
    ).toBe(true);
    expect(sameQuestion(questionKey('Is the deduction capped?'), questionKey('Who can claim the deduction?'))).toBe(
      false,
    );
  });
});
