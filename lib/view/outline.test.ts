import { describe, expect, it } from 'vitest';
import { block } from '../../tests/fixtures/documents';
import { outlineOf, paragraphKeyFor } from './outline';

const blocks = [
  block({ key: 't1', kind: 'heading', number: null, text: 'Summary' }),
  block({ key: '1', marking: 'C', text: 'Short.' }),
  block({ key: '1.a', kind: 'subparagraph', number: 'a', parent: '1', depth: 1 }),
  block({ key: '2', text: `${'word '.repeat(30)}end` }),
  block({ key: '2-2', number: '2' }),
  block({ key: 'B', number: 'B' }),
];

describe('outlineOf', () => {
  it('lists headings and numbered paragraphs in order, sub-blocks left out', () => {
    const outline = outlineOf(blocks);
    expect(outline.map((e) => [e.kind, e.key, e.label])).toEqual([
      ['heading', 't1', null],
      ['paragraph', '1', '1'],
      ['paragraph', '2', '2'],
      ['paragraph', '2-2', '2'],
      ['paragraph', 'B', 'B'],
    ]);
    expect(outline[1]?.marking).toBe('C');
  });

  it('cuts a long lead at a word and marks the cut', () => {
    const text = outlineOf(blocks)[2]?.text ?? '';
    expect(text.length).toBeLessThanOrEqual(73);
    expect(text.endsWith('word…')).toBe(true);
  });
});

describe('paragraphKeyFor', () => {
  it('finds the first paragraph with the label, however the reader types it', () => {
    expect(paragraphKeyFor(blocks, '2')).toBe('2');
    expect(paragraphKeyFor(blocks, ' para 2 ')).toBe('2');
    expect(paragraphKeyFor(blocks, '¶1.')).toBe('1');
    expect(paragraphKeyFor(blocks, 'b')).toBe('B');
  });

  it('finds nothing for a label the cable lacks or for a sub-paragraph', () => {
    expect(paragraphKeyFor(blocks, '9')).toBeNull();
    expect(paragraphKeyFor(blocks, 'a')).toBeNull();
    expect(paragraphKeyFor(blocks, '   ')).toBeNull();
  });
});
