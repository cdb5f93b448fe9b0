import { describe, expect, it } from 'vitest';
import { createIndex, searchDoc, searchIds, upsertDoc } from '../../lib/library/search';

describe('library search', () => {
  const index = createIndex();
  upsertDoc(
    index,
    searchDoc('baths', {
      title: 'Council votes to rebuild the old swimming baths',
      standfirst: 'The Victorian baths closed in 2009.',
      text: 'Councillors voted by twenty-one to nine on Tuesday night.',
    }),
  );
  upsertDoc(index, searchDoc('crane', { title: 'Harbour crane returns', text: 'The crane lifted its first load.' }));

  it('finds an article by its title and by its text', () => {
    expect(searchIds(index, 'swimming')).toEqual(['baths']);
    expect(searchIds(index, 'councillors')).toEqual(['baths']);
    expect(searchIds(index, 'crane')).toEqual(['crane']);
  });

  it('finds an article by its standfirst, shown above the text but not in it', () => {
    expect(searchIds(index, 'victorian')).toEqual(['baths']);
  });
});
