// Where removed page breaks fell inside their block's reflowed text: the spots where the sentences on both
// sides were rejoined, found by the words that followed each break. Reads text only; decides nothing about blocks.

/** One word of a text and where it starts. */
interface Word {
  text: string;
  start: number;
}

// Rules (`-----`) and dashes carry no words, and headings drop their rules: only words with a letter or digit count.
function wordsOf(text: string, from = 0): Word[] {
  return [...text.matchAll(/\S+/g)]
    .filter((m) => /[\p{L}\p{N}]/u.test(m[0]))
    .map((m) => ({ text: m[0], start: from + m.index }));
}

// How many words after a break must match, at most: enough to tell repeated phrases apart.
const ANCHOR = 3;
// How far from the counted place the words are looked for: reflow joins a hyphenated word broken at a line end,
// so counts drift by one per join after the break. A bound keeps a block of thousands of breaks linear.
const WINDOW = 64;

/** True when the block's words from `at` begin with `anchor` (the last one may be the start of a longer word). */
function matchesAt(words: readonly Word[], at: number, anchor: readonly string[]): boolean {
  return anchor.every((w, i) => {
    const word = words[at + i]?.text;
    if (word === undefined) return false;
    return i === anchor.length - 1 ? word.startsWith(w) : word === w;
  });
}

/** Index of the first source word starting at or after `pos`. */
function firstAtOrAfter(words: readonly Word[], pos: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as Word).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index in `words` nearest `estimate` where `anchor` (or its longest matching start) begins, else -1. */
function nearestMatch(words: readonly Word[], estimate: number, anchor: readonly string[]): number {
  const from = Math.max(0, estimate - WINDOW);
  const to = Math.min(words.length - 1, estimate + WINDOW);
  for (let size = anchor.length; size > 0; size--) {
    const part = anchor.slice(0, size);
    let best = -1;
    for (let i = from; i <= to; i++)
      if (matchesAt(words, i, part) && (best < 0 || Math.abs(i - estimate) < Math.abs(best - estimate)))
        best = i;
    if (best >= 0) return best;
  }
  return -1;
}

/**
 * For breaks at `positions` of `source` inside the block written at `source.slice(start, end)` (label, marking
 * and line ends included), the offset in `blockText` of the first word after each; null where a break stood
 * before the block's first word or after its last. Each break's following words are looked for in the block's
 * text nearest to where counting words back from the block's end puts them; when they are not found (a
 * hyphenated word the page broke in two), that count decides.
 */
export function offsetsInBlock(
  source: string,
  start: number,
  end: number,
  positions: readonly number[],
  blockText: string,
): (number | null)[] {
  const written = wordsOf(source.slice(start, end), start);
  const words = wordsOf(blockText);
  return positions.map((pos) => {
    if (pos <= start || pos >= end || words.length === 0) return null;
    const next = firstAtOrAfter(written, pos);
    const after = written.length - next;
    if (after === 0) return null;
    const estimate = Math.max(0, words.length - after);
    const anchor = written.slice(next, next + ANCHOR).map((w) => w.text);
    const found = nearestMatch(words, estimate, anchor);
    const at = found < 0 ? estimate : found;
    return at === 0 ? null : (words[at] as Word).start;
  });
}
