// Describes a range of the anchoring text as W3C selectors: the quote with its context, and its position.
// The inverse of anchor.ts; it never looks the quote up, it only records what is there.
import type { Selectors } from '../schema';

/** Characters of context kept on each side of a quote. */
const CONTEXT_LENGTH = 32;

/** Selectors for `text.slice(start, end)`: exact quote, up to 32 characters of prefix and suffix, and offsets. */
export function describeQuote(text: string, start: number, end: number): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`Range ${start}-${end} is outside a text of ${text.length} characters.`);
  }
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
