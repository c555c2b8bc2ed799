// Sub-paragraph labels: `A.`, `b.`, `ii.`, `II.`, `(a)`, `(iv)`, `(2)`, `1)`, `a)` at a line start, with the
// style and ordinal that let a run (`(a)`, `(b)`, `(c)`) be followed. Reads labels; nesting is blocks.ts's.
import { indentOf } from '../text-tests';

export type LabelStyle =
  | 'upper'
  | 'lower'
  | 'roman'
  | 'ROMAN'
  | 'paren-lower'
  | 'paren-roman'
  | 'paren-num'
  | 'num-paren'
  | 'lower-paren';

/** A sub-paragraph label read at a line start. */
export interface SubLabel {
  /** As written, without punctuation: `A`, `ii`, `c`, `2`. */
  written: string;
  style: LabelStyle;
  /** Position in its sequence: `A`/`a`/`i`/`1` are 1. */
  ordinal: number;
  /** Characters taken by the label, its punctuation and the spaces after it. */
  length: number;
}

const LABEL = /^ *(?:\(([a-z]{1,5}|\d{1,2})\)|([A-Za-z]{1,5}|\d{1,2})([.)]))(?= +\S| *$)/;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10 };
const ROMAN = /^(?:x{0,2})(?:ix|iv|v?i{0,3})$/;

/** Value of a lower-case roman numeral up to 29 (`xiv` -> 14), or 0. */
export function romanValue(s: string): number {
  if (!s || !ROMAN.test(s)) return 0;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i] as string] as number;
    const next = ROMAN_VALUES[s[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The run a label would continue, so an ambiguous `i` or `v` can be read as a letter or a numeral. */
export interface OpenRun {
  style: LabelStyle;
  ordinal: number;
}

function read(inner: string, paren: boolean, close: string, runs: readonly OpenRun[]): SubLabel | null {
  const continues = (style: LabelStyle, ordinal: number) =>
    runs.some((r) => r.style === style && r.ordinal + 1 === ordinal);
  if (/^\d+$/.test(inner)) {
    const ordinal = Number.parseInt(inner, 10);
    if (paren) return { written: inner, style: 'paren-num', ordinal, length: 0 };
    return close === ')' ? { written: inner, style: 'num-paren', ordinal, length: 0 } : null;
  }
  const lower = inner.toLowerCase();
  const roman = romanValue(lower);
  const letter = inner.length === 1 ? lower.charCodeAt(0) - 96 : 0;
  const isUpper = inner === inner.toUpperCase();
  if (paren) {
    if (!isUpper || inner.length === 1) {
      if (inner !== lower) return null;
      const asLetter = letter > 0 && (continues('paren-lower', letter) || !roman || letter === 1);
      if (asLetter && !(roman && continues('paren-roman', roman))) {
        return { written: inner, style: 'paren-lower', ordinal: letter, length: 0 };
      }
      return roman ? { written: inner, style: 'paren-roman', ordinal: roman, length: 0 } : null;
    }
    return null;
  }
  if (close === ')') {
    return inner.length === 1 && inner === lower
      ? { written: inner, style: 'lower-paren', ordinal: letter, length: 0 }
      : null;
  }
  const letterStyle: LabelStyle = isUpper ? 'upper' : 'lower';
  const romanStyle: LabelStyle = isUpper ? 'ROMAN' : 'roman';
  if (inner !== lower && !isUpper) return null;
  if (letter > 0 && continues(letterStyle, letter)) {
    return { written: inner, style: letterStyle, ordinal: letter, length: 0 };
  }
  if (roman > 0 && (continues(romanStyle, roman) || roman === 1 || inner.length > 1)) {
    return { written: inner, style: romanStyle, ordinal: roman, length: 0 };
  }
  return letter > 0 ? { written: inner, style: letterStyle, ordinal: letter, length: 0 } : null;
}

/**
 * Reads a sub-paragraph label at the start of a line, or null. `runs` are the label runs open at this point:
 * after `h.` an `i.` is a letter, otherwise a numeral. Multi-letter labels must be roman numerals.
 */
export function readSubLabel(line: string, runs: readonly OpenRun[] = []): SubLabel | null {
  // Cheap gate: a label's `.` or `)` comes within the first few characters after the indentation.
  const lead = indentOf(line);
  const probe = line.slice(lead, lead + 8);
  if (!probe.includes('.') && !probe.includes(')')) return null;
  const m = LABEL.exec(line);
  if (!m) return null;
  const paren = m[1] !== undefined;
  const label = read((m[1] ?? m[2]) as string, paren, m[3] ?? '', runs);
  if (!label) return null;
  const spaces = /^ */.exec(line.slice(m[0].length)) as RegExpExecArray;
  return { ...label, length: m[0].length + spaces[0].length };
}
