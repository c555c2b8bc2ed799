import { describe, expect, it } from 'vitest';
import { cableText } from './cable-text';
import { describeQuote } from './describe-quote';

describe('describeQuote', () => {
  it('records the quote, 32 characters of context either side, and the offsets', () => {
    const text = `${'p'.repeat(40)}QUOTE${'s'.repeat(40)}`;
    const [quote, position] = describeQuote(text, 40, 45);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'QUOTE',
      prefix: 'p'.repeat(32),
      suffix: 's'.repeat(32),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 40, end: 45 });
  });

  it('keeps shorter context at the edges of the text', () => {
    const [quote] = describeQuote('abc def', 0, 3);
    expect(quote.prefix).toBe('');
    expect(quote.suffix).toBe(' def');
  });

  it('refuses a range outside the text', () => {
    expect(() => describeQuote('abc', 2, 5)).toThrow(RangeError);
    expect(() => describeQuote('abc', 2, 1)).toThrow(RangeError);
  });
});

describe('cableText', () => {
  it('joins blocks with a blank line and records where each block sits', () => {
    const anchorText = cableText({
      blocks: [
        { key: '1', text: 'First.' },
        { key: '2', text: 'Second one.' },
      ],
    });
    expect(anchorText.text).toBe('First.\n\nSecond one.');
    for (const b of anchorText.blocks) {
      expect(anchorText.text.slice(b.start, b.end)).toBe(b.key === '1' ? 'First.' : 'Second one.');
    }
  });
});
