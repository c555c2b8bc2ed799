import { describe, expect, it } from 'vitest';
import { docId, type SearchDoc } from './documents';
import { LibraryIndex, tokenize } from './library-index';

function para(cableId: string, key: string, text: string): SearchDoc {
  return {
    id: docId('paragraph', cableId, key),
    cableId,
    kind: 'paragraph',
    blockKey: key,
    ref: null,
    text,
    tags: '',
  };
}

const ALPHA = [
  para('08ALPHA1', '1', 'The ministry confirmed that the tender for the northern pipeline will be reopened.'),
  para('08ALPHA1', '2', 'Parliament insists on a review of the pricing formula.'),
];
const BETA = [para('09BETA2', '1', 'The fisheries agreement was renewed after the elections in Reykjavík.')];

function filled(): LibraryIndex {
  const index = LibraryIndex.empty();
  index.replaceCable('08ALPHA1', ALPHA);
  index.replaceCable('09BETA2', BETA);
  return index;
}

describe('LibraryIndex', () => {
  it('needs every word, the last one as a word start', () => {
    const index = filled();
    expect(index.query('northern pipel', 10).map((h) => [h.cableId, h.blockKey])).toEqual([
      ['08ALPHA1', '1'],
    ]);
    expect(index.query('northern fisheries', 10)).toEqual([]);
  });

  it('leaves stop words out, and takes the last word as a word start only from three letters', () => {
    const index = filled();
    // "the" and "for" are not indexed: the query is "tender northern", and still needs both.
    expect(index.query('the tender for the northern', 10).map((h) => h.blockKey)).toEqual(['1']);
    expect(index.query('the of', 10)).toEqual([]);
    // Two letters match a whole word only ("pi" is no word here); three match as a start.
    expect(index.query('pi', 10)).toEqual([]);
    expect(index.query('pip', 10).map((h) => h.blockKey)).toEqual(['1']);
  });

  it('forgives a typo in a long word and folds accents', () => {
    const index = filled();
    expect(index.query('fisherise', 10).map((h) => h.cableId)).toEqual(['09BETA2']);
    expect(index.query('reykjavik', 10).map((h) => h.cableId)).toEqual(['09BETA2']);
  });

  it('replaces one cable without touching the others, and forgets a removed one', () => {
    const index = filled();
    index.replaceCable('08ALPHA1', [para('08ALPHA1', '1', 'Entirely new wording about grain exports.')]);
    expect(index.query('pipeline', 10)).toEqual([]);
    expect(index.query('grain', 10).map((h) => h.blockKey)).toEqual(['1']);
    expect(index.query('fisheries', 10)).toHaveLength(1);
    index.replaceCable('09BETA2', []);
    expect(index.query('fisheries', 10)).toEqual([]);
    expect(index.cables()).toEqual(['08ALPHA1']);
  });

  it('answers the same after a save and reload, and keeps updating', () => {
    const index = filled();
    const reloaded = LibraryIndex.fromJSON(index.toJSON());
    for (const query of ['pipeline', 'review formula', 'reykj']) {
      expect(reloaded.query(query, 10)).toEqual(index.query(query, 10));
    }
    reloaded.replaceCable('09BETA2', []);
    expect(reloaded.query('fisheries', 10)).toEqual([]);
    expect(reloaded.documentCount).toBe(2);
  });

  it('splits words on punctuation and folds case', () => {
    expect(tokenize('U.S.-Kazakh talks, 2008')).toEqual(['u', 's', 'kazakh', 'talks', '2008']);
  });
});
