import { describe, expect, it } from 'vitest';
import { block } from '../../tests/fixtures/documents';
import { paragraphAtEdge, paragraphOffsets, scrollDeltaFor, spotAt } from './reading-position';

describe('paragraphAtEdge', () => {
  const placed = [
    { key: '1', top: -500, bottom: -100 },
    { key: '2', top: -100, bottom: 300 },
    { key: '3', top: 300, bottom: 700 },
  ];

  it('finds the paragraph that holds the reading line', () => {
    expect(paragraphAtEdge(placed, 0)).toBe('2');
    expect(paragraphAtEdge(placed, 300)).toBe('3');
  });

  it('gives null above the first paragraph, and the last one past the end', () => {
    expect(paragraphAtEdge(placed, -600)).toBeNull();
    expect(paragraphAtEdge(placed, 5000)).toBe('3');
  });
});

describe('paragraphOffsets', () => {
  it('finds each numbered paragraph line, with or without the site pilcrow', () => {
    const text = 'SUBJECT: TEST\n\n1. (C) First.\n\n¶2. (S) Second\nline.\n  3. Third.';
    const offsets = paragraphOffsets(text, [block({ key: '1' }), block({ key: '2' }), block({ key: '3' })]);
    expect(text.slice(offsets.get('1'), (offsets.get('1') ?? 0) + 6)).toBe('1. (C)');
    expect(text.slice(offsets.get('2'), (offsets.get('2') ?? 0) + 2)).toBe('2.');
    expect(text.slice(offsets.get('3'), (offsets.get('3') ?? 0) + 9)).toBe('3. Third.');
  });

  it('does not take a date number on the line before a real paragraph for that paragraph', () => {
    const text = '4. Talks began on June\n10. We were told.\n\n5. Next.\n\n10. Ten.';
    const blocks = [block({ key: '4' }), block({ key: '5' }), block({ key: '10' })];
    const offsets = paragraphOffsets(text, blocks);
    expect(offsets.get('10')).toBe(text.indexOf('10. Ten.'));
  });

  it('tells repeated labels apart by their keys and skips paragraphs it cannot find', () => {
    const text = '45. One.\n45. Two.\n';
    const blocks = [block({ key: '45' }), block({ key: '45-2', number: '45' }), block({ key: '46' })];
    expect([...paragraphOffsets(text, blocks)]).toEqual([
      ['45', 0],
      ['45-2', 9],
    ]);
  });
});

describe('keeping the reading spot across views', () => {
  const clean = [
    { key: '1', top: -300, bottom: -20 },
    { key: '2', top: -20, bottom: 180 },
    { key: '3', top: 180, bottom: 400 },
  ];
  const original = [
    { key: '1', top: 500, bottom: 900 },
    { key: '2', top: 900, bottom: 1300 },
  ];

  it('reads how far into its paragraph the reading line is', () => {
    expect(spotAt(clean, 80)).toEqual({ key: '2', fraction: 0.5 });
    expect(spotAt(clean, -400)).toBeNull();
  });

  it('scrolls the other view to the same fraction of the same paragraph', () => {
    const spot = { key: '2', fraction: 0.5 };
    expect(scrollDeltaFor(spot, original, 80)).toBe(900 + 200 - 80);
    expect(scrollDeltaFor({ key: '3', fraction: 0 }, original, 80)).toBeNull();
  });
});
