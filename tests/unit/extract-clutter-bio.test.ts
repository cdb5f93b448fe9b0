import { describe, expect, it } from 'vitest';
import { removeAuthorBoxes } from '../../lib/extract/clutter-bio';
import { blockText, textBlocks } from '../../lib/text/blocks';

const PROSE = [
  'The council approved the budget on Tuesday after a debate that lasted most of the evening and ended in a narrow vote.',
  'Members who opposed it said the road repairs it pays for should have come before the new library wing.',
  'The mayor said the library had waited long enough, and that the roads would be repaired from next year.',
  'Work on the wing is due to start in the spring and should be finished before the end of the following year.',
];

function clean(paragraphs: string[]): string {
  const doc = new DOMParser().parseFromString(
    `<body><div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></body>`,
    'text/html',
  );
  const root = doc.body.firstElementChild!;
  removeAuthorBoxes(textBlocks(root).filter((b) => b.el !== root));
  return blockText(root);
}

describe('author boxes', () => {
  it('drops a lone line about the writer at the end', () => {
    const text = clean([...PROSE, 'Dallas Robinson is a freelance writer living in Minneapolis.']);
    expect(text).not.toContain('Dallas Robinson');
    expect(text).toContain(PROSE[3]);
  });

  it('drops a name line and the bio that starts with the same name', () => {
    const text = clean([...PROSE, 'Regan', 'Regan is a Connecticut native now living in Massachusetts with two cats.']);
    expect(text).not.toContain('Regan');
  });

  it('keeps a sentence about a person quoted in the story', () => {
    const quoted = 'Mara Olsen is a consultant who has advised the council on procurement for a decade.';
    expect(clean([...PROSE, quoted])).toContain(quoted);
  });

  it('keeps a page of profiles, each under its name', () => {
    const profiles = ['Ana Ruiz', 'Ana Ruiz is a reporter who covers the city council and its budget.'];
    const later = ['Tom Berg', 'Tom Berg is a photographer who has worked for the paper since 2010.'];
    const text = clean([...profiles, ...PROSE, ...later]);
    expect(text).toContain('Tom Berg is a photographer');
    expect(text).toContain('Ana Ruiz is a reporter');
  });
});
