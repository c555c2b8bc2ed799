import { describe, expect, it } from 'vitest';
import { assignKeys, type KeySource } from './keys';

describe('block keys', () => {
  it('keys paragraphs by label and gives a repeated label a suffix', () => {
    const sources: KeySource[] = [
      { kind: 'paragraph', label: '44', parent: -1 },
      { kind: 'paragraph', label: '45', parent: -1 },
      { kind: 'paragraph', label: '45', parent: -1 },
      { kind: 'paragraph', label: '47', parent: -1 },
    ];
    expect(assignKeys(sources)).toEqual(['44', '45', '45-2', '47']);
  });

  it('keys sub-items, list items, text and redactions under their parent', () => {
    const sources: KeySource[] = [
      { kind: 'paragraph', label: '4', parent: -1 },
      { kind: 'subparagraph', label: 'a', parent: 0 },
      { kind: 'subparagraph', label: 'ii', parent: 1 },
      { kind: 'list-item', label: null, parent: 0 },
      { kind: 'list-item', label: null, parent: 0 },
      { kind: 'text', label: null, parent: 0 },
      { kind: 'redaction', label: null, parent: 0 },
      { kind: 'heading', label: null, parent: -1 },
      { kind: 'text', label: null, parent: -1 },
      { kind: 'heading', label: 'II', parent: -1 },
      { kind: 'signature', label: null, parent: -1 },
    ];
    expect(assignKeys(sources)).toEqual([
      '4',
      '4.a',
      '4.a.ii',
      '4.l1',
      '4.l2',
      '4.t1',
      '4.r1',
      'h1',
      't1',
      'h-II',
      'sig',
    ]);
  });

  it('keeps every key unique when labels collide with generated keys', () => {
    const keys = assignKeys([
      { kind: 'paragraph', label: '1', parent: -1 },
      { kind: 'subparagraph', label: '1', parent: -1 },
      { kind: 'paragraph', label: '1', parent: -1 },
      { kind: 'signature', label: null, parent: -1 },
      { kind: 'signature', label: null, parent: -1 },
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
