// Portion markings and classification levels: recognises `(S//NF)`, `(C/REL NATO)`, `SECRET - ENTIRE TEXT.`...
// at the start of a string, normalises them and ranks levels (their meaning in words: lib/i18n/marking-meaning.ts).
// Never decides structure.
import type { Level, Marking } from './types';
import { BANNER_LETTERS, CAVEATS, LEVEL_OF, LEVEL_WORDS, LEVELS } from './vocabulary';

export { LEVELS };

export interface ReadMarkingOptions {
  /** Lower-case `(c)` is a marking (default). Pass false inside an `(a)`, `(b)` run, where `(c)` is a label. */
  lowercaseC?: boolean;
  /** Inside a run of letter labels: every bare one-letter form (`(c)`, `(s)`, `(u)`, `(C)`, `(S)`, `(U)`) is a label. */
  labelRun?: boolean;
}

// A parenthesised form: at most 100 chars a line inside (a REL list naming seven countries runs to 90), allowed to
// wrap onto one next line; bounded so a 1 MB line is cheap.
const PAREN = /^[ \t]*\(([^()\n]{1,100}(?:\n[ \t]*[^()\n]{1,100})?)\)[ \t]*/;
// Old style, paragraph 1 of older cables: `SECRET - ENTIRE TEXT.`, `C - ENTIRE TEXT`.
const ENTIRE =
  /^[ \t]*(TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|LIMITED OFFICIAL USE|SBU|LOU|TS|S|C|U)[ \t]*[-:\u2013\u2014]*[ \t]*ENTIRE[ \t]+TEXT\b\.?[ \t]*/i;
// Level at the start of a marking's inside; longest forms first so `SBU` is not read as `S`.
const LEVEL =
  /^(top secret|secret|confidential|unclassified|unclas|sensitive but unclassified|limited official use|sbu|lou|ts|s|c|u)(?![a-z0-9.])/i;
const SEPARATOR = /^(?:[ \t]*(?:\/\/?|-+|,)[ \t]*|[ \t]+)/;
const REL_LIST =
  /^REL(?:EASABLE)?(?:[ \t]+(TO))?(?:[ \t]+([A-Z]{2,}(?:[ \t]*,[ \t]*(?!REL\b)[A-Z]{2,})*))?(?![A-Z])/i;
const FGI = /^FGI(?:[ \t]+([A-Z]{3}(?:[ \t]*,[ \t]*[A-Z]{3})*))?(?![A-Z])/i;
// The vocabulary's caveat words, longest first, a space in them matching any run of blanks.
const CAVEAT_WORD = new RegExp(
  `^(${Object.keys(CAVEATS)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/ /g, '[ \\t]+'))
    .join('|')})(?![A-Z0-9])`,
  'i',
);

const BARE_LETTER = /^[csuCSU]$/;

/**
 * Normalises the inside of a portion marking (`S/NF`, `C/REL NATO`, `c`, `S-NF`, `C/NOFORN`) to `S//NF`,
 * `C//REL NATO`, `C`..., or null when it is not a marking (`U.S.`, `Iran`, `S/ABC`).
 */
export function normalizeMarking(inner: string): Marking | null {
  const text = inner.replace(/\s+/g, ' ').trim();
  const lv = LEVEL.exec(text);
  if (!lv) return null;
  const levelWritten = lv[1] as string;
  const upper = levelWritten.toUpperCase();
  // Mixed case (`Sbu`, `Secret`) is prose, not a marking; a long form in lower case only when the whole marking
  // is (`secret//rel germany`, as some drafters typed it), never beside capitals (`secret//NF`).
  const lower = levelWritten === levelWritten.toLowerCase();
  if (levelWritten !== upper && (!lower || (upper.length > 3 && text !== text.toLowerCase()))) return null;
  const level = LEVEL_WORDS[upper] ?? upper;
  const parts = [level];
  let rest = text.slice(levelWritten.length);
  while (rest.length > 0) {
    const sep = SEPARATOR.exec(rest);
    if (!sep) return null;
    rest = rest.slice(sep[0].length);
    if (rest.length === 0) break;
    const token = readCaveat(rest);
    if (!token) return null;
    if (token.value) parts.push(token.value);
    rest = rest.slice(token.length);
  }
  const normalized = parts.join('//');
  return { normalized, written: `(${text})`, level: LEVEL_OF[level] as Level };
}

function readCaveat(s: string): { value: string; length: number } | null {
  const rel = REL_LIST.exec(s);
  if (rel) {
    const list = rel[2]
      ? rel[2]
          .toUpperCase()
          .split(/[ \t]*,[ \t]*/)
          .join(', ')
      : '';
    const value = ['REL', rel[1] ? 'TO' : '', list].filter(Boolean).join(' ');
    return { value, length: rel[0].length };
  }
  const fgi = FGI.exec(s);
  if (fgi) return { value: fgi[1] ? `FGI ${fgi[1].toUpperCase()}` : 'FGI', length: fgi[0].length };
  const word = CAVEAT_WORD.exec(s);
  if (!word) return null;
  const value = CAVEATS[word[0].toUpperCase().replace(/[ \t]+/g, ' ')];
  return value === undefined ? null : { value, length: word[0].length };
}

/**
 * Reads a portion marking at the start of `s` (after optional spaces or tabs). `length` counts every character
 * consumed, the spaces after the marking included. A marking wrapped onto the next line is read whole; its
 * `written` form has the line break collapsed to a space.
 */
export function readMarking(
  s: string,
  options: ReadMarkingOptions = {},
): { marking: Marking; length: number } | null {
  const head = s.length > 240 ? s.slice(0, 240) : s;
  const paren = PAREN.exec(head);
  if (paren) {
    const inner = paren[1] as string;
    const trimmed = inner.trim();
    if (BARE_LETTER.test(trimmed)) {
      if (options.labelRun) return null;
      if (trimmed === 'c' && options.lowercaseC === false) return null;
    }
    const marking = normalizeMarking(inner);
    return marking ? { marking, length: paren[0].length } : null;
  }
  const entire = ENTIRE.exec(head);
  if (!entire) return null;
  const word = (entire[1] as string).toUpperCase();
  const level = LEVEL_WORDS[word] ?? word;
  const written = entire[0].trim().replace(/\.$/, '').replace(/\s+/g, ' ');
  return {
    marking: { normalized: level, written, level: LEVEL_OF[level] as Level },
    length: entire[0].length,
  };
}

/** The level of a normalised marking (`S//NF` -> `S`, `LOU` -> `SBU`), or null. */
export function levelOf(normalized: string): Level | null {
  const head = normalized.split('//', 1)[0] ?? '';
  return LEVEL_OF[head] ?? null;
}

/** The highest level among normalised markings or levels; nulls and unknown forms are ignored. */
export function highestLevel(list: Iterable<string | null | undefined>): Level | null {
  let best = -1;
  for (const item of list) {
    if (!item) continue;
    const level = levelOf(item);
    if (level) best = Math.max(best, LEVELS.indexOf(level));
  }
  return best < 0 ? null : (LEVELS[best] as Level);
}

// Letters only, so spaced (`C O N F I D E N T I A L`) and punctuated banners compare alike.

/**
 * The level of a classification banner: `C O N F I D E N T I A L`, `UNCLAS`, `SECRET//NOFORN`, `SS E C R E T`,
 * `UNCLASSIFIED//FOR OFFICIAL USE ONLY` (U), `UNCLAS SENSITIVE` (SBU). Null when it names no level.
 */
export function classificationLevel(banner: string): Level | null {
  const letters = banner
    .slice(0, 200)
    .toUpperCase()
    .replace(/[^A-Z]+/g, '');
  for (const [pattern, level] of BANNER_LETTERS) if (pattern.test(letters)) return level;
  return null;
}
