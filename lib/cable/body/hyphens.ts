// Decides, for a word broken at a line end with a hyphen (`negoti-` / `ations`), whether the hyphen was only
// the break (dropped: `organizations`) or part of the word (kept: `counter-terrorism`, `pro-Western`).
//
// The rule, in order:
//  0. A suspended hyphen stays with its space (`medium-` / `or long-term` -> `medium- or long-term`).
//  1. A capital, a digit or a quote starting the second half keeps the hyphen (`pro-` / `Western`,
//     `2006-` / `2007`, `PRO-` / `MOSCOW`): proper names and numbers are not split at syllables, and all-capital
//     telegrams cannot be told apart, so they keep what is written.
//  2. A first half that is a known prefix keeps it (`counter-`, `anti-`, `non-`, `self-`, `co-`, `well-`...).
//  3. A first half that already holds a hyphen keeps it (`long-term-` / `oriented`).
//  4. A second half that is a word used after hyphens keeps it (`missile-` / `related`, `state-` / `owned`,
//     `policy-` / `making`), and so does an adverb first half (`regularly-` / `scheduled`).
//  5. Otherwise the hyphen was the typist's break and goes (`negoti-` / `ations` -> `negotiations`).

// Words that are written with a hyphen after them far more often than they are split at a syllable.
const PREFIXES = new Set(
  [
    'anti counter non co self well multi semi vice cross quasi neo ultra half long wide post euro socio all',
    'one two three four five six seven eight nine first second third left right government e',
  ]
    .join(' ')
    .split(' '),
);

// `medium- or long-term`, `pro- and anti-`: the hyphen waits for a word after the conjunction.
const SUSPENDED = /^(?:and|or|nor|to|and\/or)$/;

// Words that close hyphenated compounds far more often than they end a split word.
const SUFFIXES = new Set(
  [
    'related based led backed owned run level term scale oriented making building sponsored funded specific wide',
    'free style born made controlled affiliated linked designated listed registered appointed elected held',
    'sized ranking minded up down off out in over ins ups outs offs downs overs',
  ]
    .join(' ')
    .split(' '),
);

/** How a broken word is joined: hyphen kept, hyphen dropped, or hyphen kept with its space (suspended). */
export type HyphenJoin = 'keep' | 'drop' | 'space';

/**
 * Decides by the rule above how `first` (the word ending with the line-end hyphen; only its last 40 characters
 * matter) joins `second` (the next line's first word).
 */
export function hyphenJoin(first: string, second: string): HyphenJoin {
  if (SUSPENDED.test(second)) return 'space';
  const head = first.slice(Math.max(0, first.length - 41), -1);
  if (!/^[a-z]/.test(second) || !/[a-z]$/.test(head) || head.includes('-')) return 'keep';
  const lastPart = head.replace(/^[^A-Za-z0-9]+/, '');
  if (PREFIXES.has(lastPart.toLowerCase())) return 'keep';
  if (SUFFIXES.has(second.replace(/['\u2019]s$/, '').replace(/[^a-z]+$/, ''))) return 'keep';
  if (lastPart.length > 4 && lastPart.endsWith('ly') && second.length >= 3) return 'keep';
  return 'drop';
}

/** Joins `first` (ending with the line-end hyphen) and `second` by the rule above; returns the joined text. */
export function joinHyphenated(first: string, second: string): string {
  const how = hyphenJoin(first, second);
  if (how === 'space') return `${first} ${second}`;
  return how === 'keep' ? `${first}${second}` : `${first.slice(0, -1)}${second}`;
}

/** True when a line ends in a word broken by a hyphen (`negoti-`), not a dash (`--`, ` -`). */
export function endsWithBrokenWord(line: string): boolean {
  return /[A-Za-z0-9]-$/.test(line) && !/--$/.test(line);
}
