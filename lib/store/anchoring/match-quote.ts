// Finds the best place for a quote in a text: exact occurrences first, then approximate ones, each scored by
// how well the quote, its prefix/suffix context and its old position agree. Deciding trust is anchor.ts's job.
import { approxSearch } from './approx-search';

/** Highest share of a quote's characters that may differ in an approximate match. */
const MAX_ERROR_RATE = 0.2;

/** Exact occurrences considered at most (a short quote in a long text could otherwise occur thousands of times). */
const MAX_OCCURRENCES = 1000;

export interface QuoteContext {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the quote used to start, if known. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** Edits between the quote and the matched text; 0 for an exact match. */
  errors: number;
  /** Similarity of the text before/after the match to the recorded prefix/suffix, 0..1. */
  prefixSimilarity: number;
  suffixSimilarity: number;
  /** Overall score, 0..1; used to rank candidates. */
  score: number;
}

/** Levenshtein distance; only used on short context strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** 1 for equal strings, 0 for nothing in common; two empty strings are equal (both at an edge of the text). */
function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

function scoreAt(text: string, quote: QuoteContext, start: number, end: number, errors: number): QuoteMatch {
  const prefixSimilarity = similarity(
    quote.prefix,
    text.slice(Math.max(0, start - quote.prefix.length), start),
  );
  const suffixSimilarity = similarity(quote.suffix, text.slice(end, end + quote.suffix.length));
  const quoteSimilarity = 1 - errors / Math.max(1, quote.exact.length);
  const positionSimilarity =
    quote.hint === undefined ? 0.5 : 1 - Math.min(1, Math.abs(start - quote.hint) / Math.max(1, text.length));
  // The quote weighs most; context tells duplicates apart; the old position only breaks remaining ties.
  const score =
    (50 * quoteSimilarity + 20 * prefixSimilarity + 20 * suffixSimilarity + 2 * positionSimilarity) / 92;
  return { start, end, errors, prefixSimilarity, suffixSimilarity, score };
}

function best(matches: QuoteMatch[]): QuoteMatch | null {
  let top: QuoteMatch | null = null;
  for (const match of matches) if (!top || match.score > top.score) top = match;
  return top;
}

/** Every exact occurrence of the quote, scored, best first. */
export function exactMatches(text: string, quote: QuoteContext): QuoteMatch[] {
  const found: QuoteMatch[] = [];
  if (quote.exact.length === 0) return found;
  for (let at = text.indexOf(quote.exact); at !== -1 && found.length < MAX_OCCURRENCES; ) {
    found.push(scoreAt(text, quote, at, at + quote.exact.length, 0));
    at = text.indexOf(quote.exact, at + 1);
  }
  return found.sort((a, b) => b.score - a.score);
}

/** The best approximate occurrence with at most MAX_ERROR_RATE of the quote changed, or null. */
export function fuzzyMatch(text: string, quote: QuoteContext): QuoteMatch | null {
  const maxErrors = Math.floor(quote.exact.length * MAX_ERROR_RATE);
  const candidates = approxSearch(text, quote.exact, maxErrors);
  return best(candidates.map((c) => scoreAt(text, quote, c.start, c.end, c.errors)));
}
