import { describe, expect, it } from 'vitest';
import { block } from '../../tests/fixtures/documents';
import { carriesMarking, effectiveMarking, summarizeMarkings } from './marking-summary';

describe('summarizeMarkings', () => {
  it('counts each marking, highest level first, and names the highest level', () => {
    const summary = summarizeMarkings([
      block({ key: '1', marking: 'C' }),
      block({ key: '2', marking: 'SBU' }),
      block({ key: '3', marking: 'C' }),
      block({ key: '4', marking: 'S//NF' }),
      block({ key: '5' }),
      block({ key: '5.a', kind: 'subparagraph', number: 'a', parent: '5', marking: 'U' }),
      block({ key: 't1', kind: 'text', number: null }),
    ]);
    expect(summary.counts).toEqual([
      { marking: 'S//NF', level: 'S', count: 1 },
      { marking: 'C', level: 'C', count: 2 },
      { marking: 'SBU', level: 'SBU', count: 1 },
      { marking: 'U', level: 'U', count: 1 },
    ]);
    expect(summary.highest).toBe('S');
    expect(summary.unmarked).toBe(1);
  });

  it('reports no level for an unmarked cable', () => {
    const summary = summarizeMarkings([block({ key: '1' }), block({ key: '2' })]);
    expect(summary).toEqual({ counts: [], highest: null, unmarked: 2 });
  });
});

describe('effectiveMarking', () => {
  const para = block({ key: '3', marking: 'C//NF' });
  const byKey = new Map([['3', para]]);

  it('gives a block its own marking first', () => {
    expect(effectiveMarking(block({ key: '3.a', parent: '3', marking: 'U' }), byKey)).toBe('U');
  });

  it('lets an unmarked sub-block inherit its paragraph marking', () => {
    expect(effectiveMarking(block({ key: '3.b', kind: 'list-item', parent: '3' }), byKey)).toBe('C//NF');
    expect(effectiveMarking(block({ key: 't9', kind: 'text' }), byKey)).toBeNull();
  });
});

describe('markings written inside a block', () => {
  const inText = block({
    key: '7',
    marking: 'C',
    text: 'He said: (S//NF) The source spoke.',
    spans: [{ kind: 'marking', start: 9, end: 16, marking: 'S//NF' }],
  });

  it("are counted with the blocks' own markings and can be the highest", () => {
    const summary = summarizeMarkings([inText, block({ key: '8', marking: 'C' })]);
    expect(summary.counts).toEqual([
      { marking: 'S//NF', level: 'S', count: 1 },
      { marking: 'C', level: 'C', count: 2 },
    ]);
    expect(summary.highest).toBe('S');
  });

  it('make the filter pick the block out', () => {
    const byKey = new Map([['7', inText]]);
    expect(carriesMarking(inText, byKey, 'S//NF')).toBe(true);
    expect(carriesMarking(inText, byKey, 'C')).toBe(true);
    expect(carriesMarking(inText, byKey, 'U')).toBe(false);
  });
});
