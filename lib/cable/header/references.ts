// Splits a cable's REF field into its items (`A. 05 FOOBAR 5459 B. 06 FOOBAR 5733`, `(A)STATE 012345`, `a) ...`,
// `;`-separated) and each item into the references it makes. Header text only, never the body.

import type { Reference } from '../types';
import { type Citation, citations, kindOf } from './citations';
import type { IdOptions } from './ids';

// A letter label at an item start: `A.`, `(B)`, `B:`, `C)`, lower case too; the letter must be followed by a
// space or, in the parenthesised form, may touch the cited origin (`(A)STATE 12`). A capital alone at a line
// start before a post or serial (`B KUALA LUMPUR 739`) is a label too, once the list has its `A.` or when it
// opens the field.
const LABEL =
  /(^|[\s,;])(?:\(([A-Za-z])\)[ \t]*|([A-Za-z])[.:)](?=\s|$)|(?<=(?:^|\n)[ \t]*)([A-Z])[ \t]+(?=[A-Z0-9]))/g;

/** The first cable a reference's text cites, as a canonical id, or null. */
export function citedId(text: string, opts: IdOptions): string | null {
  return citations(text, opts).find((c) => c.id)?.id ?? null;
}

interface Cut {
  letter: string;
  at: number;
  valueAt: number;
}

/**
 * Item starts whose letters run in order from the first: A, or whatever letter opens the field (a REF line that
 * quotes only `B LONDON 4567` of a longer list); other capitals followed by a dot are left as text.
 */
function labelCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  let expected = 'A';
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    const letter = ((m[2] ?? m[3] ?? m[4]) as string).toUpperCase();
    const at = m.index + (m[1] as string).length;
    const opensField = cuts.length === 0 && text.slice(0, at).trim() === '';
    if (m[4] && cuts.length === 0 && !opensField) continue;
    // `A. A: FOOBAR 00118`, `A. (A) FOOBAR 1817`: a label repeated right after itself is one label.
    const previous = cuts[cuts.length - 1];
    if (previous && letter === previous.letter && text.slice(previous.valueAt, at).trim() === '') {
      previous.valueAt = m.index + m[0].length;
      continue;
    }
    if (letter !== expected && !opensField) continue;
    cuts.push({ letter, at, valueAt: m.index + m[0].length });
    expected = String.fromCharCode(letter.charCodeAt(0) + 1);
  }
  return cuts;
}

// An item that is a serial alone, perhaps with `AND PREVIOUS`: no date, no other number after it.
const BARE_SERIAL = /^\d{2,7}(?:[ \t]+AND[ \t]+PREVIOUS)?[ \t.]*$/i;

/** The post of a canonical id (`07FOOBAR12` -> `FOOBAR`), or null. */
function postOfId(id: string | null): string | null {
  return id ? (/^(?:\d{2}|\d{4})([A-Z]+?)\d+$/.exec(id)?.[1] ?? null) : null;
}

/** Whitespace collapsed, trailing separators dropped (a loop: a regex anchored at the end is quadratic here). */
function collapse(s: string): string {
  const text = s.replace(/\s+/g, ' ');
  let end = text.length;
  while (end > 0 && ' ,;'.includes(text[end - 1] as string)) end--;
  return text.slice(0, end).trim();
}

/**
 * The references of one item: one per cable it cites, in order (`STATE 1111 AND 2222` is two), each with its
 * own part of the item's text; an item that cites none is one reference of its kind (e-mail, telcon...).
 */
function itemReferences(
  letter: string | null,
  raw: string,
  opts: IdOptions,
  self: string | null,
  post: string | null = null,
): Reference[] {
  const text = collapse(raw);
  if (!text) return [];
  const found = citations(text, opts, self);
  // `B. 2962 AND PREVIOUS`, `A) 6307`: a serial alone is the post of the cable before it, or the citing post.
  if (found.length === 0 && post && BARE_SERIAL.test(text)) {
    const id = citations(`${post} ${text}`, opts, self)[0]?.id ?? null;
    if (id) return [{ letter, text, id, kind: 'cable' }];
  }
  if (found.length === 0) return [{ letter, text, id: null, kind: kindOf(text) }];
  if (found.length === 1) return [{ letter, text, id: (found[0] as Citation).id, kind: 'cable' }];
  return found.map((c, i) => {
    const from = i === 0 ? 0 : c.start;
    const to = i === found.length - 1 ? text.length : c.end;
    return { letter, text: collapse(text.slice(from, to)), id: c.id, kind: 'cable' as const };
  });
}

/**
 * Reads the value of a REF field (after `REF:`, continuation lines joined with `\n`): lettered items, or
 * unlettered ones separated by `;`. Every cable an item names becomes its own reference with its canonical id;
 * a citation without a year takes `opts.year`, the citing cable's. `self`, the citing cable's id, is never
 * cited (a page header left in a REF list names it).
 */
export function parseReferences(value: string, opts: IdOptions, self: string | null = null): Reference[] {
  const cuts = labelCuts(value);
  const refs: Reference[] = [];
  const lead = collapse(value.slice(0, cuts[0]?.at ?? value.length));
  // Unlettered references, or text before a lone label (`STATE 1234 A. ...` is not a list).
  if (cuts.length === 0 || (lead && cuts.length < 2)) {
    for (const part of value.split(';')) refs.push(...itemReferences(null, part, opts, self));
    return refs;
  }
  if (lead) refs.push(...itemReferences(null, lead, opts, self));
  for (const [i, cut] of cuts.entries()) {
    const end = cuts[i + 1]?.at ?? value.length;
    const before = postOfId(refs.findLast((r) => r.id)?.id ?? null) ?? postOfId(self);
    refs.push(...itemReferences(cut.letter, value.slice(cut.valueAt, end), opts, self, before));
  }
  return refs;
}

/** The next expected REF letter after the labels already read (`A.`, `(B)`), or null for none yet. */
export function nextRefLetter(ref: string[]): string | null {
  const cuts = labelCuts(ref.join('\n'));
  const last = cuts[cuts.length - 1];
  return last ? String.fromCharCode(last.letter.charCodeAt(0) + 1) : null;
}

/** Whether a line starts with the REF label `letter` (`C.`, `(C)`, `C:`). */
export function startsWithLabel(line: string, letter: string | null): boolean {
  if (!letter) return false;
  const m = /^[ \t]*(?:\(([A-Za-z])\)|([A-Za-z])[.:)](?:[ \t]|$))/.exec(line);
  return m !== null && ((m[1] ?? m[2]) as string).toUpperCase() === letter;
}
