// Re-anchors a bookmark's selectors in a cable's anchoring text: position, then exact quote, then fuzzy quote.
// Decides what is trustworthy; a quote it cannot place is reported as an orphan with a reason, never dropped.
import type { OrphanReason, TextPositionSelector, TextQuoteSelector } from '../schema';
import { type AnchorText, blockForRange } from './cable-text';
import { exactMatches, fuzzyMatch, type QuoteMatch } from './match-quote';

/** Quotes shorter than this (trimmed) need their context to agree before an exact match is trusted. */
const MIN_TRUSTED_QUOTE = 12;
/** Quotes shorter than this are never matched approximately: too many places look alike. */
const MIN_FUZZY_QUOTE = 24;
/** Fuzzy matches of quotes shorter than this also need their context to agree. */
const CONTEXT_FREE_FUZZY_QUOTE = 64;
/** Share of context (prefix or suffix) that must agree where context is required. */
const MIN_CONTEXT_SIMILARITY = 0.5;

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export type AnchorResult =
  | { orphan?: undefined; blockKey: string; start: number; end: number; method: AnchorMethod }
  | { orphan: true; reason: OrphanReason };

type AnySelector = TextQuoteSelector | TextPositionSelector;

function contextAgrees(match: QuoteMatch): boolean {
  return Math.max(match.prefixSimilarity, match.suffixSimilarity) >= MIN_CONTEXT_SIMILARITY;
}

function placed(doc: AnchorText, start: number, end: number, method: AnchorMethod): AnchorResult {
  const block = blockForRange(doc, start, end);
  return block ? { blockKey: block.key, start, end, method } : { orphan: true, reason: 'not-found' };
}

/**
 * Finds where the selectors point in `doc`. The position is trusted only where the quote is still there; exact
 * occurrences are ranked by context and old position; a fuzzy match allows up to 20% of the quote changed.
 */
export function anchor(selectors: readonly AnySelector[], doc: AnchorText): AnchorResult {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  if (!quote || quote.exact.trim().length === 0) return { orphan: true, reason: 'no-quote' };
  const weak = quote.exact.trim().length < MIN_TRUSTED_QUOTE;

  if (position && doc.text.slice(position.start, position.end) === quote.exact) {
    return placed(doc, position.start, position.end, 'position');
  }

  const context = { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, hint: position?.start };
  const [top, runnerUp] = exactMatches(doc.text, context);
  if (top) {
    // A short quote that occurs in several places, with nothing around it to tell which, is not to be trusted.
    const tied =
      runnerUp !== undefined &&
      runnerUp.prefixSimilarity + runnerUp.suffixSimilarity >= top.prefixSimilarity + top.suffixSimilarity;
    if (weak && (!contextAgrees(top) || tied)) return { orphan: true, reason: 'too-weak' };
    return placed(doc, top.start, top.end, 'exact');
  }

  if (quote.exact.length < MIN_FUZZY_QUOTE) return { orphan: true, reason: 'not-found' };
  const fuzzy = fuzzyMatch(doc.text, context);
  if (!fuzzy) return { orphan: true, reason: 'not-found' };
  if (quote.exact.length < CONTEXT_FREE_FUZZY_QUOTE && !contextAgrees(fuzzy)) {
    return { orphan: true, reason: 'too-weak' };
  }
  return placed(doc, fuzzy.start, fuzzy.end, 'fuzzy');
}
