import { describe, expect, it } from 'vitest';
import { type CrossRefTargets, findCrossRefs } from './cross-refs';

const targets: CrossRefTargets = {
  paragraphs: new Map([
    ['3', '3'],
    ['4', '4'],
    ['20', '20'],
    ['53', '53'],
    ['54', '54-2'],
  ]),
  letters: new Set(['A', 'B', 'H']),
};

/** The linked texts and where they lead. */
function links(text: string): string[] {
  return findCrossRefs(text, targets).map((r) => {
    const to = r.target.kind === 'paragraph' ? `#${r.target.key}` : `ref ${r.target.letter}`;
    return `${text.slice(r.start, r.end)}->${to}`;
  });
}

describe('findCrossRefs', () => {
  it('links paragraph numbers after para, paras, paragraphs, with ranges and pairs', () => {
    expect(links('AS NOTED IN PARA 20, AND SEE PARAGRAPHS 53-54.')).toEqual([
      '20->#20',
      '53->#53',
      '54->#54-2',
    ]);
    expect(links('(see paras 3 and 4 above)')).toEqual(['3->#3', '4->#4']);
    expect(links('Para. 4 explains.')).toEqual(['4->#4']);
  });

  it('links reference letters to the header’s references', () => {
    expect(links('PER REF H, AND REFTEL A.')).toEqual(['H->ref H', 'A->ref A']);
    expect(links('REFS A AND B DESCRIBE')).toEqual(['A->ref A', 'B->ref B']);
  });

  it('leaves alone targets the cable lacks, decimals and lower-case words', () => {
    expect(links('PARA 9 AND REF C')).toEqual([]);
    expect(links('PARA 3.5 MILLION')).toEqual([]);
    expect(links('a ref a colleague made')).toEqual([]);
  });
});
