// Splits a cable's REF field into lettered references and finds the cable each one cites
// (`A. 05 FOOBAR 5459 B. 06 FOOBAR 5733`, `(A)STATE 012345, (B)STATE 023456`). Header text only, never the body.

import type { Reference } from '../types';
import { canonicalId, type IdOptions } from './ids';

// A letter label at an item start: `A.`, `(B)`, `B:`; the letter must be followed by a space or a cited origin.
const LABEL = /(^|[\s,;])(?:\(([A-Z])\)[ \t]*|([A-Z])[.:](?=[ \t]|$))/g;
// A cited cable: optional year, one to four origin words, a serial. Words are capitals, no digits.
const CITATION =
  /(?:^|[^\p{L}\p{N}])(?:((?:19|20)?\d{2})[ \t]+)?((?:[A-Z][A-Z'-]*[ \t]+){0,3}[A-Z][A-Z'-]*)[ \t]+-?(\d{1,8})(?![\p{L}\p{N}])/gu;
// Words that sit before a citation but are never part of an origin; documents that are not cables.
const NOT_ORIGIN = new Set([
  'A',
  'AND',
  'OR',
  'REF',
  'REFS',
  'REFTEL',
  'SEE',
  'ALSO',
  'THE',
  'OF',
  'IN',
  'TO',
  'FOR',
  'AS',
  'NOTAL',
  'PARA',
  'PARAS',
  'EMBASSY',
  'AMEMBASSY',
  'SEPTEL',
  'TELCON',
  'EMAIL',
  'CIRCULAR',
]);
const NOT_CABLE = new Set([
  'FAM',
  'FAH',
  'USC',
  'CFR',
  'UNSCR',
  'RES',
  'IIR',
  'TD',
  'PL',
  'NO',
  'NOV',
  'DEC',
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
]);

/** The first cable a reference's text cites, as a canonical id, or null. */
export function citedId(text: string, opts: IdOptions): string | null {
  CITATION.lastIndex = 0;
  for (let m = CITATION.exec(text); m; m = CITATION.exec(text)) {
    const words = (m[2] as string).split(/[ \t]+/);
    while (words.length > 0 && NOT_ORIGIN.has(words[0] as string)) words.shift();
    const last = words[words.length - 1];
    if (!last || NOT_CABLE.has(last) || words.some((w) => NOT_ORIGIN.has(w))) continue;
    // A year only counts when it directly precedes the origin (`06 FOOBAR 431`), not after dropped words.
    const year = words.length === (m[2] as string).split(/[ \t]+/).length ? m[1] : undefined;
    const id = canonicalId(`${year ? `${year} ` : ''}${words.join(' ')} ${m[3]}`, opts);
    if (id) return id;
  }
  return null;
}

interface Cut {
  letter: string;
  at: number;
  valueAt: number;
}

/** Item starts whose letters run A, B, C... in order; other capitals followed by a dot are left as text. */
function labelCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  let expected = 'A';
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    const letter = (m[2] ?? m[3]) as string;
    const at = m.index + (m[1] as string).length;
    // `A. A: FOOBAR 00118`, `A. (A) FOOBAR 1817`: a label repeated right after itself is one label.
    const previous = cuts[cuts.length - 1];
    if (previous && letter === previous.letter && text.slice(previous.valueAt, at).trim() === '') {
      previous.valueAt = m.index + m[0].length;
      continue;
    }
    if (letter !== expected) continue;
    cuts.push({ letter, at, valueAt: m.index + m[0].length });
    expected = String.fromCharCode(expected.charCodeAt(0) + 1);
  }
  return cuts;
}

/** Whitespace collapsed, trailing separators dropped (a loop: a regex anchored at the end is quadratic here). */
function collapse(s: string): string {
  const text = s.replace(/\s+/g, ' ');
  let end = text.length;
  while (end > 0 && ' ,;'.includes(text[end - 1] as string)) end--;
  return text.slice(0, end).trim();
}

/**
 * Reads the value of a REF field (after `REF:`, continuation lines joined with `\n`): lettered items, or one
 * unlettered reference per `;`. Each gets the canonical id of the cable it cites; a reference without a year
 * takes `opts.year`, the citing cable's.
 */
export function parseReferences(value: string, opts: IdOptions): Reference[] {
  const cuts = labelCuts(value);
  const refs: Reference[] = [];
  const lead = collapse(value.slice(0, cuts[0]?.at ?? value.length));
  // Unlettered references, or text before a lone label (`STATE 1234 A. ...` is not a list).
  if (cuts.length === 0 || (lead && cuts.length < 2)) {
    for (const part of value.split(';')) {
      const text = collapse(part);
      if (text) refs.push({ letter: null, text, id: citedId(text, opts) });
    }
    return refs;
  }
  if (lead) refs.push({ letter: null, text: lead, id: citedId(lead, opts) });
  for (const [i, cut] of cuts.entries()) {
    const end = cuts[i + 1]?.at ?? value.length;
    const text = collapse(value.slice(cut.valueAt, end));
    refs.push({ letter: cut.letter, text, id: citedId(text, opts) });
  }
  return refs;
}

/** The next expected REF letter after the labels already read (`A.`, `(B)`), or null for none yet. */
export function nextRefLetter(ref: string[]): string | null {
  const labels = ref.join('\n').match(/(?:^|[\s,;])(?:\(([A-Z])\)|([A-Z])[.:](?=\s|$))/g);
  if (!labels) return null;
  const last = (labels[labels.length - 1] as string).replace(/[^A-Z]/g, '');
  return String.fromCharCode(last.charCodeAt(0) + 1);
}

/** Whether a line starts with the REF label `letter` (`C.`, `(C)`, `C:`). */
export function startsWithLabel(line: string, letter: string | null): boolean {
  if (!letter) return false;
  const m = /^[ \t]*(?:\(([A-Z])\)|([A-Z])[.:][ \t])/.exec(line);
  return m !== null && (m[1] ?? m[2]) === letter;
}
