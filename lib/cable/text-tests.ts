// Small judgements on one line of cable text: does it end a sentence, is it a rule, a redaction, a title?
// Pure predicates over strings; they never look at neighbouring lines or decide structure alone.

// Closing quotes and brackets may follow the stop: `...in 2009."`, `...(septel).)`.
const CLOSERS = new Set([')', '"', "'", ']', '\u201D', '\u2019', ' ']);

/** The last character of a line that is not a closing quote, bracket or space, or ''. */
function lastStop(line: string): string {
  for (let i = line.length - 1; i >= 0 && i >= line.length - 12; i--) {
    const c = line[i] as string;
    if (!CLOSERS.has(c)) return c;
  }
  return '';
}
// A run of three marks, then any runs; single marks spaced (`- - -`); or four short runs or more (`-- -- --- -`, a
// rule's tail wrapped onto its own line).
const RULE = /^ *(?:[-=_*~#+]{3,}(?: +[-=_*~#+]+)*|(?:[-=*] ){2,}[-=*]?|(?:[-=_]{1,3} +){3,}[-=_]{1,3}) *$/;
const REDACTION = /^ *[([]?[Xx]{4,}[)\]]?[.,;:]? *$/;
const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'de',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'vs',
  'with',
  'without',
  'over',
  'under',
  'after',
  'before',
  'than',
  'its',
  'his',
  'her',
  'their',
  'our',
  'is',
  'are',
  'be',
  'not',
  'but',
  'up',
  'out',
  'about',
  'la',
  'el',
  'y',
  'et',
  'les',
  'du',
  'des',
]);

/** Index of the first character that is not a space (the line's length when it is all spaces). */
export function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  return i;
}

/** Length of a line without its leading and trailing spaces, without building the trimmed string. */
export function trimmedLength(line: string): number {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  return Math.max(0, end - indentOf(line));
}

// Words a sentence does not end on: a line ending with one goes on after a blank line (`...met on a` / blank /
// `Tuesday morning`), as does one ending with a comma or a hyphen.
const BREAKS_OFF = new RegExp(
  `(?:[,-]|\\b(?:${[
    'a an the this these those that such no some any each every all both few many more most other another',
    'of to in on at by for from with into onto upon about after before between during over under within',
    'without through toward towards against among amid via per as than',
    'and or but nor if when while because since whether which who whom whose where what how also very so',
    'his her its their our your my is are was were be been being will would shall should can could may',
    'might must do does did has have had not',
  ]
    .join(' ')
    .split(' ')
    .join('|')}|Mr\\.|Mrs\\.|Ms\\.|Dr\\.))$`,
  'i',
);

/** True when a line breaks off mid-phrase: on a comma, a hyphen or a small word (`the`, `on`, `other`). */
export function breaksOff(line: string): boolean {
  // Only the last word matters; a long line is not scanned whole.
  const end = line.trimEnd();
  return BREAKS_OFF.test(end.length > 60 ? end.slice(-60) : end);
}

/** True when a line's last word closes a sentence (`.`, `?`, `!`), an introduction (`:`) or a clause (`;`). */
export function endsSentence(line: string): boolean {
  const c = lastStop(line);
  return c === '.' || c === '!' || c === '?' || c === ':' || c === ';';
}

/** True when a line closes a sentence proper: `.`, `?` or `!`, with closing quotes or brackets after it. */
export function endsFullStop(line: string): boolean {
  const c = lastStop(line);
  return c === '.' || c === '!' || c === '?';
}

/** A decorative rule: `-------`, `--------------------------------------------- -`, `- - - -`, `*****`. */
export function isRule(line: string): boolean {
  if (line.length > 200) return false;
  const c = line[indentOf(line)];
  return (
    (c === '-' || c === '=' || c === '_' || c === '*' || c === '~' || c === '#' || c === '+') &&
    RULE.test(line)
  );
}

/** A line (or block) that is only a redaction: `XXXXXXXXXXXX`, `(XXXXXXXXXXXX)`. */
export function isRedaction(text: string): boolean {
  return text.length <= 80 && REDACTION.test(text);
}

/** The line's words, letters and digits only, for title tests. */
function words(line: string): string[] {
  return line.split(/[\s/]+/).filter((w) => /[A-Za-z]/.test(w));
}

/**
 * True when a line reads as a title: short, starts with a capital, and its words are capitalised apart from
 * small words (`Labor Rights and the Courts`, `TRADE ISSUES`, `Iran: Next Steps?`). Sentence stops disqualify it.
 */
export function isTitleLike(line: string, maxLength = 80): boolean {
  const text = line.trim();
  if (text.length < 2 || text.length > maxLength) return false;
  if (/[.,;]$/.test(text) && !/\.\.\.$/.test(text)) return false;
  const list = words(text);
  if (list.length === 0 || list.length > 12) return false;
  const first = list[0]?.replace(/^[^A-Za-z]+/, '') ?? '';
  if (!/^[A-Z]/.test(first)) return false;
  let capital = 0;
  let counted = 0;
  for (const raw of list) {
    const w = raw.replace(/^[^A-Za-z]+/, '');
    if (SMALL_WORDS.has(w.toLowerCase()) && w === w.toLowerCase()) continue;
    counted++;
    if (/^[A-Z]/.test(w)) capital++;
  }
  return counted > 0 && capital / counted >= 0.75;
}

/** True when the letters of a line are all capitals (old telegrams, banners). */
export function isAllCaps(line: string): boolean {
  return /[A-Z]/.test(line) && !/[a-z]/.test(line);
}
