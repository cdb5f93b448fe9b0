import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/points/split';
import { trimSentence } from '../../lib/points/trim';
import { wordCount } from '../../lib/points/tokens';

const split = (text: string, lang = 'en') => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    {
      title: 'keeps titles and "No." with what follows',
      text: 'Dr. Smith met Mr. Jones at No. 5 Downing Street. They talked.',
      expected: ['Dr. Smith met Mr. Jones at No. 5 Downing Street.', 'They talked.'],
    },
    {
      title: 'keeps "U.S." inside a sentence and ends one after it',
      text: 'The U.S. economy grew in the U.S. The euro fell.',
      expected: ['The U.S. economy grew in the U.S.', 'The euro fell.'],
    },
    {
      title: 'keeps decimals and prices whole',
      text: 'Prices rose 2.5 per cent to $3.50. Sales fell.',
      expected: ['Prices rose 2.5 per cent to $3.50.', 'Sales fell.'],
    },
    {
      title: 'keeps initials with the name',
      text: 'George W. Bush spoke. J. K. Rowling wrote.',
      expected: ['George W. Bush spoke.', 'J. K. Rowling wrote.'],
    },
    {
      title: 'keeps initialisms with the name that follows',
      text: 'Blues legend B.B. King was hospitalized. A guard at the U.S. Census Bureau was shot.',
      expected: ['Blues legend B.B. King was hospitalized.', 'A guard at the U.S. Census Bureau was shot.'],
    },
    {
      title: 'keeps a quotation with its attribution',
      text: '“Why now?” she asked. “Because it matters.” The meeting ended.',
      expected: ['“Why now?” she asked.', '“Because it matters.”', 'The meeting ended.'],
    },
    {
      title: 'splits a missing space after a full stop (seed page)',
      text: 'The symposium aimed at stability.A key focus was on coordinating development.',
      expected: ['The symposium aimed at stability.', 'A key focus was on coordinating development.'],
    },
    {
      title: 'keeps "Node.js" and "U.S.A" whole',
      text: 'Node.js runs in the U.S.A too. It is fast.',
      expected: ['Node.js runs in the U.S.A too.', 'It is fast.'],
    },
    {
      title: 'splits Chinese on full-width stops',
      text: '上海举行了座谈会。王小洪出席会议并讲话！你怎么看？',
      lang: 'zh-CN',
      expected: ['上海举行了座谈会。', '王小洪出席会议并讲话！', '你怎么看？'],
    },
    {
      title: 'splits Japanese on full stops',
      text: '会議が開かれた。大臣が話した。',
      lang: 'ja',
      expected: ['会議が開かれた。', '大臣が話した。'],
    },
  ])('$title', ({ text, lang, expected }) => {
    expect(split(text, lang)).toEqual(expected);
  });

  it('gives each sentence as an exact substring with its offset', () => {
    const text = 'One sentence here.  Another one there.\nA third line';
    for (const s of splitSentences(text, 'en')) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});

describe('trimSentence', () => {
  it.each([
    {
      input: 'But the plan was approved by the council on Monday.',
      expected: 'The plan was approved by the council on Monday.',
    },
    { input: 'However, the plan was approved by the council.', expected: 'The plan was approved by the council.' },
    {
      input: 'The plan was approved by the city council, officials said on Monday.',
      expected: 'The plan was approved by the city council.',
    },
    {
      input: 'The craft will re-enter the atmosphere in a week, Roscosmos, the Russian space agency, said Wednesday.',
      expected: 'The craft will re-enter the atmosphere in a week.',
    },
    {
      input: '(CNN)A trip to an abandoned mansion was filmed.',
      expected: 'A trip to an abandoned mansion was filmed.',
    },
    { input: 'LONDON (Reuters) - Prices rose sharply in the city.', expected: 'Prices rose sharply in the city.' },
    {
      input: 'Kathmandu, Nepal (CNN)Rescuers in Nepal have pulled a man from the wreckage.',
      expected: 'Rescuers in Nepal have pulled a man from the wreckage.',
    },
    {
      input: '(The Hollywood Reporter)Stan Freberg, whose comic career garnered acclaim, has died.',
      expected: 'Stan Freberg, whose comic career garnered acclaim, has died.',
    },
    {
      input: 'Having a store nearby means your house is worth more, according to a study.',
      expected: 'Having a store nearby means your house is worth more.',
    },
    {
      input: 'Scottish voters would rather have a referendum on the EU, a new survey has revealed.',
      expected: 'Scottish voters would rather have a referendum on the EU.',
    },
    {
      input: 'Three men have been executed in a new video, Islamic State has claimed.',
      expected: 'Three men have been executed in a new video.',
    },
    {
      input: 'Bader – who lost his legs in a flying accident in 1931 – was shot down over France in 1941.',
      expected: 'Bader was shot down over France in 1941.',
    },
    {
      input: 'The boys became sick -- perhaps from pesticide exposure -- during a trip to the islands.',
      expected: 'The boys became sick during a trip to the islands.',
    },
    {
      input: 'Leeds won the first leg 2 - 1 and the second 3 - 0.',
      expected: 'Leeds won the first leg 2 - 1 and the second 3 - 0.',
    },
    {
      input: 'Sister Gertrud Tiefenbacher (not pictured) was found in her bedroom by a nun.',
      expected: 'Sister Gertrud Tiefenbacher was found in her bedroom by a nun.',
    },
    { input: '"We won the game," he said.', expected: '"We won the game," he said.' },
    { input: 'He visited Paris, Rome and Berlin, officials said.', expected: 'He visited Paris, Rome and Berlin.' },
    { input: 'Prices will rise, he said.', expected: 'Prices will rise, he said.' },
  ])('$input', ({ input, expected }) => {
    expect(trimSentence(input, 'en')).toBe(expected);
  });

  it('leaves other languages as written', () => {
    expect(trimSentence('Aber der Plan wurde am Montag angenommen, sagte er.', 'de')).toBe(
      'Aber der Plan wurde am Montag angenommen, sagte er.',
    );
  });
});

describe('wordCount', () => {
  it.each([
    { text: 'The council approved a new budget on Tuesday.', expected: 8 },
    { text: '  Spaces   around  ', expected: 2 },
  ])('counts the words of "$text"', ({ text, expected }) => {
    expect(wordCount(text, 'en')).toBe(expected);
  });

  it('counts Chinese words, not runs of characters', () => {
    // Nine words for ICU today ("上海市 / 政府 / 周二 ..."); one run without spaces.
    expect(wordCount('上海市政府周二批准了新的公共交通预算。', 'zh-CN')).toBeGreaterThanOrEqual(6);
  });
});
