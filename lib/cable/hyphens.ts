// Decides, for a word broken at a line end with a hyphen (`negoti-` / `ations`), whether the hyphen was only
// the break (dropped: `organizations`) or part of the word (kept: `counter-terrorism`, `pro-Western`).
//
// The rule, in order:
//  1. A capital, a digit or a quote starting the second half keeps the hyphen (`pro-` / `Western`,
//     `2006-` / `2007`, `PRO-` / `MOSCOW`): proper names and numbers are not split at syllables, and all-capital
//     telegrams cannot be told apart, so they keep what is written.
//  2. A first half that is a known prefix keeps it (`counter-`, `anti-`, `non-`, `self-`, `co-`, `well-`...).
//  3. A first half that already holds a hyphen keeps it (`long-term-` / `oriented`).
//  4. Otherwise the hyphen was the typist's break and goes (`negoti-` / `ations` -> `negotiations`).

// Words that are written with a hyphen after them far more often than they are split at a syllable.
const PREFIXES = new Set(
  [
    'anti counter non co self well multi semi vice cross quasi neo ultra half long wide post euro socio all',
    'one two three four five six seven eight nine first second third left right government e',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Joins `first` (ending with the line-end hyphen) and `second` (the next line's first word), keeping or dropping
 * the hyphen by the rule above. Returns the joined word.
 */
export function joinHyphenated(first: string, second: string): string {
  const head = first.slice(0, -1);
  const lastPart = (head.split('-').pop() ?? '').replace(/^[^A-Za-z0-9]+/, '');
  const keep = () => `${first}${second}`;
  const drop = () => `${head}${second}`;
  if (!/^[a-z]/.test(second)) return keep();
  if (!/[a-z]$/.test(head)) return keep();
  if (head.includes('-')) return keep();
  if (PREFIXES.has(lastPart.toLowerCase())) return keep();
  return drop();
}

/** True when a line ends in a word broken by a hyphen (`negoti-`), not a dash (`--`, ` -`). */
export function endsWithBrokenWord(line: string): boolean {
  return /[A-Za-z0-9]-$/.test(line) && !/--$/.test(line);
}
