import { describe, expect, it } from 'vitest';
import { block } from '../../tests/fixtures/documents';
import { sectionBlocks, sectionBlocksOf } from './structure';

const keys = (blocks: { key: string }[]) => blocks.map((b) => b.key);

describe('sectionBlocks', () => {
  const blocks = [
    block({ key: 't1', kind: 'heading', number: null }),
    block({ key: '1' }),
    block({ key: '1.a', kind: 'subparagraph', number: 'a', parent: '1', depth: 1 }),
    block({ key: '1.l1', kind: 'list-item', number: null, parent: '1', depth: 1 }),
    block({ key: '1.l2', kind: 'list-item', number: null, parent: '1', depth: 1 }),
    block({ key: '1.t', kind: 'text', number: null, parent: '1' }),
    block({ key: '1.l3', kind: 'list-item', number: null, parent: '1', depth: 1 }),
    block({ key: '2' }),
    block({ key: 's', kind: 'signature', number: null }),
  ];
  const sections = sectionBlocks(blocks);

  it('puts sub-blocks under their paragraph and loose blocks apart', () => {
    expect(sections.map((s) => (s.kind === 'paragraph' ? s.head.key : 'loose'))).toEqual([
      'loose',
      '1',
      '2',
      'loose',
    ]);
  });

  it('gathers consecutive list items into one list, and a later run into another', () => {
    const first = sections[1];
    expect(first?.kind).toBe('paragraph');
    expect(first?.children.map((c) => (c.kind === 'list' ? keys(c.items) : c.block.key))).toEqual([
      '1.a',
      ['1.l1', '1.l2'],
      '1.t',
      ['1.l3'],
    ]);
  });

  it('keeps every block exactly once and in order', () => {
    expect(sections.flatMap(sectionBlocksOf).map((b) => b.key)).toEqual(keys(blocks));
  });

  it('starts a new list when the nesting depth changes', () => {
    const nested = sectionBlocks([
      block({ key: '1' }),
      block({ key: 'a', kind: 'list-item', parent: '1', depth: 1 }),
      block({ key: 'b', kind: 'list-item', parent: '1', depth: 2 }),
    ]);
    expect(nested[0]?.children.length).toBe(2);
  });
});
