import { describe, expect, it } from 'vitest';
import { makeDocument, PARAGRAPHS } from '../../../tests/fixtures/documents';
import { mutate } from '../../../tests/fixtures/mutations';
import { anchor } from './anchor';
import { cableText, findBlock } from './cable-text';
import { describeQuote } from './describe-quote';

/** Selectors for a whole block of a document, as the repository makes them. */
function selectorsFor(paragraphs: readonly string[], key: string, keys?: readonly string[]) {
  const text = cableText(makeDocument('08TEST1', paragraphs, {}, keys));
  const range = findBlock(text, key);
  if (!range) throw new Error(`no block ${key}`);
  return describeQuote(text.text, range.start, range.end);
}

describe('anchor: exact', () => {
  it('trusts the position when the quote is still there', () => {
    const selectors = selectorsFor(PARAGRAPHS, '3');
    const result = anchor(selectors, cableText(makeDocument('08TEST1')));
    expect(result).toMatchObject({ blockKey: '3', method: 'position' });
  });

  it('finds moved text by its quote and returns the key the new mirror uses', () => {
    const selectors = selectorsFor(PARAGRAPHS, '3');
    // Another mirror shows an extra introductory paragraph, so every offset and number moves by one.
    const other = makeDocument('08TEST1', ['An introductory note added by the mirror.', ...PARAGRAPHS]);
    const result = anchor(selectors, cableText(other));
    expect(result).toMatchObject({ blockKey: '4', method: 'exact' });
  });

  it('tells identical paragraphs apart by their context', () => {
    const repeated = 'The embassy will continue to follow the matter closely.';
    const paragraphs = [PARAGRAPHS[0] ?? '', repeated, PARAGRAPHS[1] ?? '', repeated, PARAGRAPHS[2] ?? ''];
    const selectors = selectorsFor(paragraphs, '4');
    const shifted = makeDocument('08TEST1', ['Mirror banner text.', ...paragraphs]);
    expect(anchor(selectors, cableText(shifted))).toMatchObject({ blockKey: '5', method: 'exact' });
  });

  it('works without a position selector', () => {
    const [quote] = selectorsFor(PARAGRAPHS, '2');
    expect(anchor([quote], cableText(makeDocument('08TEST1')))).toMatchObject({
      blockKey: '2',
      method: 'exact',
    });
  });

  it('trusts a short quote whose context agrees', () => {
    const paragraphs = [...PARAGRAPHS, 'HOAGLAND'];
    const selectors = selectorsFor(paragraphs, '7');
    const moved = makeDocument('08TEST1', ['Banner.', ...paragraphs]);
    expect(anchor(selectors, cableText(moved))).toMatchObject({ blockKey: '8', method: 'exact' });
  });
});

describe('anchor: fuzzy', () => {
  it.each([1, 2, 3, 4, 5, 6])('re-anchors paragraph %s with 5%% of its characters changed', (n) => {
    const key = String(n);
    const selectors = selectorsFor(PARAGRAPHS, key);
    for (const seed of [1, 2, 3]) {
      const changed = PARAGRAPHS.map((p, i) => (i === n - 1 ? mutate(p, 0.05, seed * 10 + n) : p));
      expect(changed[n - 1]).not.toBe(PARAGRAPHS[n - 1]);
      const result = anchor(selectors, cableText(makeDocument('08TEST1', changed)));
      expect(result).toMatchObject({ blockKey: key, method: 'fuzzy' });
    }
  });

  it('re-anchors every paragraph when the whole text, context included, differs by 10%', () => {
    for (let n = 1; n <= PARAGRAPHS.length; n++) {
      const selectors = selectorsFor(PARAGRAPHS, String(n));
      for (let seed = 1; seed <= 20; seed++) {
        const changed = PARAGRAPHS.map((p, i) => mutate(p, 0.1, seed * 100 + i));
        const result = anchor(selectors, cableText(makeDocument('08TEST1', changed)));
        expect(result, `paragraph ${n}, seed ${seed}`).toMatchObject({
          blockKey: String(n),
          method: 'fuzzy',
        });
      }
    }
  });

  it('re-anchors when every paragraph differs slightly and the numbering moved', () => {
    const selectors = selectorsFor(PARAGRAPHS, '5');
    const changed = PARAGRAPHS.map((p, i) => mutate(p, 0.05, 100 + i));
    const other = makeDocument('08TEST1', changed, {}, ['2', '3', '4', '5', '6', '7']);
    expect(anchor(selectors, cableText(other))).toMatchObject({ blockKey: '6', method: 'fuzzy' });
  });

  it('goes to the larger part of a paragraph another mirror split in two', () => {
    const target = PARAGRAPHS[1] ?? '';
    const cut = target.indexOf('but that');
    const split = [
      PARAGRAPHS[0] ?? '',
      target.slice(0, cut).trim(),
      target.slice(cut),
      ...PARAGRAPHS.slice(2),
    ];
    const selectors = selectorsFor(PARAGRAPHS, '2');
    const result = anchor(selectors, cableText(makeDocument('08TEST1', split)));
    const larger = cut > target.length - cut ? '2' : '3';
    expect(result).toMatchObject({ blockKey: larger, method: 'fuzzy' });
  });
});

describe('anchor: orphans', () => {
  it('orphans a quote from another cable', () => {
    const selectors = selectorsFor(PARAGRAPHS, '2');
    const otherCable = makeDocument('09OTHER2', [
      'The visiting delegation discussed fisheries quotas and the renewal of the coastal patrol agreement.',
      'Both sides agreed to meet again after the elections, which are expected to be held in the spring.',
    ]);
    expect(anchor(selectors, cableText(otherCable))).toEqual({ orphan: true, reason: 'not-found' });
  });

  it('orphans a paragraph rewritten beyond recognition (40% changed)', () => {
    const selectors = selectorsFor(PARAGRAPHS, '2');
    const changed = PARAGRAPHS.map((p, i) => (i === 1 ? mutate(p, 0.4, 7) : p));
    expect(anchor(selectors, cableText(makeDocument('08TEST1', changed)))).toEqual({
      orphan: true,
      reason: 'not-found',
    });
  });

  it('orphans a selector without a quote', () => {
    const [, position] = selectorsFor(PARAGRAPHS, '2');
    expect(anchor([position], cableText(makeDocument('08TEST1')))).toEqual({
      orphan: true,
      reason: 'no-quote',
    });
    expect(
      anchor(
        [{ type: 'TextQuoteSelector', exact: '  ', prefix: '', suffix: '' }],
        cableText(makeDocument('X')),
      ),
    ).toEqual({
      orphan: true,
      reason: 'no-quote',
    });
  });

  it('does not trust a short quote that occurs in several places with no agreeing context', () => {
    const selectors = [
      { type: 'TextQuoteSelector' as const, exact: 'the tender', prefix: 'zzzz', suffix: 'yyyy' },
    ];
    expect(anchor(selectors, cableText(makeDocument('08TEST1')))).toEqual({
      orphan: true,
      reason: 'too-weak',
    });
  });

  it('does not search approximately for a short quote', () => {
    const selectors = [
      { type: 'TextQuoteSelector' as const, exact: 'the tendor was', prefix: '', suffix: '' },
    ];
    expect(anchor(selectors, cableText(makeDocument('08TEST1')))).toEqual({
      orphan: true,
      reason: 'not-found',
    });
  });
});
