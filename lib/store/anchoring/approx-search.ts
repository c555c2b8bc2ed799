// Approximate substring search: where a pattern occurs in a text with the fewest edits (Levenshtein distance).
// Myers' bit-parallel algorithm over 32-row blocks, O(text × pattern/32); it knows nothing of quotes or scoring.

/** A place where the pattern occurs with `errors` insertions, deletions or substitutions. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

const WORD = 32;

/** Per character of the pattern, a bit per pattern row where that character stands, in 32-row blocks. */
function patternMasks(pattern: string, blockCount: number): Map<number, Int32Array> {
  const masks = new Map<number, Int32Array>();
  for (let row = 0; row < pattern.length; row++) {
    const code = pattern.charCodeAt(row);
    let mask = masks.get(code);
    if (!mask) {
      mask = new Int32Array(blockCount);
      masks.set(code, mask);
    }
    mask[row >> 5] = (mask[row >> 5] ?? 0) | (1 << (row & 31));
  }
  return masks;
}

/**
 * The edit distance of the pattern against the best substring ending at each text position, reported for every
 * end where it is at most `maxErrors`: `onEnd(end, errors)`, ends in increasing order. With `fromStart`, only
 * substrings starting at 0 count (plain edit distance against each prefix of the text).
 */
function scanEnds(
  text: string,
  pattern: string,
  maxErrors: number,
  onEnd: (end: number, errors: number) => void,
  fromStart = false,
) {
  const m = pattern.length;
  const blockCount = Math.ceil(m / WORD);
  const masks = patternMasks(pattern, blockCount);
  const none = new Int32Array(blockCount);
  // Vertical deltas of the previous column, +1 and -1 bits; column 0 is 0,1,2,...,m so all +1.
  const plus = new Int32Array(blockCount).fill(-1);
  const minus = new Int32Array(blockCount);
  const lastRowBit = 1 << ((m - 1) & 31);
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const eqs = masks.get(text.charCodeAt(j)) ?? none;
    // Row 0 costs nothing in a substring search (delta 0); anchored at the start it grows by 1 per column.
    let carry = fromStart ? 1 : 0;
    for (let b = 0; b < blockCount; b++) {
      const pv = plus[b] ?? 0;
      const mv = minus[b] ?? 0;
      const eq = (eqs[b] ?? 0) | (carry < 0 ? 1 : 0);
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const bottom = b === blockCount - 1 ? lastRowBit : 1 << 31;
      const out = ph & bottom ? 1 : mh & bottom ? -1 : 0;
      ph = (ph << 1) | (carry > 0 ? 1 : 0);
      mh = (mh << 1) | (carry < 0 ? 1 : 0);
      plus[b] = mh | ~(xv | ph);
      minus[b] = ph & xv;
      carry = out;
    }
    score += carry;
    if (score <= maxErrors) onEnd(j + 1, score);
  }
}

function reversed(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/** Where the best match ending at `end` with `errors` edits starts: the one closest to the pattern's length. */
function matchStart(text: string, pattern: string, end: number, errors: number): number {
  // Read backwards from `end`, the match must begin exactly there: hence `fromStart` below.
  const windowStart = Math.max(0, end - pattern.length - errors);
  const window = reversed(text.slice(windowStart, end));
  let best = end - pattern.length;
  let bestErrors = Number.POSITIVE_INFINITY;
  let bestGap = Number.POSITIVE_INFINITY;
  scanEnds(
    window,
    reversed(pattern),
    errors,
    (revEnd, revErrors) => {
      const gap = Math.abs(revEnd - pattern.length);
      if (revErrors < bestErrors || (revErrors === bestErrors && gap < bestGap)) {
        best = end - revEnd;
        bestErrors = revErrors;
        bestGap = gap;
      }
    },
    true,
  );
  return Math.max(0, best);
}

/**
 * Every distinct place the pattern occurs with at most `maxErrors` edits: runs of nearby ends are one place,
 * represented by its fewest-edit end. Sorted by position.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  if (pattern.length === 0 || text.length === 0) return [];
  const limit = Math.min(Math.max(0, Math.floor(maxErrors)), pattern.length);
  const ends: { end: number; errors: number }[] = [];
  scanEnds(text, pattern, limit, (end, errors) => {
    const last = ends[ends.length - 1];
    // Ends closer than half a pattern apart describe the same occurrence.
    if (last && end - last.end < pattern.length / 2) {
      if (errors < last.errors) ends[ends.length - 1] = { end, errors };
      return;
    }
    ends.push({ end, errors });
  });
  return ends.map(({ end, errors }) => ({ start: matchStart(text, pattern, end, errors), end, errors }));
}
