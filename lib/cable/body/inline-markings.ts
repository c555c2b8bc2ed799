// Portion markings inside a block's text (`... Fighters: (S//NF) The ...`, a glued `A. (C) ...`, a quoted
// non-paper's `(secret//rel germany)`): found where a marking can stand, added to the block as marking spans.
// Never changes a block's text, kind or own marking; the marking at a block's start is the segmenter's.
import { readMarking } from '../markings';
import type { Block, MarkingSpan } from '../types';

// A parenthesised form short enough to be a marking, opening with a level's first letter (most brackets in a
// cable are not, and are passed over here); block text is reflowed, so no line breaks inside.
const CANDIDATE = /\((?=[CSTULcstul])([^()\n]{1,100})\)/g;
// What a marking follows: a sentence end or a colon (`said. (C)`, `Fighters: (S//NF)`), a label (`A. (C)`,
// `A) (SBU)`, `(a) (C)`), a list dash. A word before it makes it prose (`Sensitive but Unclassified (SBU)`,
// `paper(s)`), and `;` or `,` an item of an `(a); (b); (c)` run.
const AFTER_SENTENCE = /(?:[.:!?]["'\u2019\u201D)\]]?|[)\]]|-)$/;
// A block that opens with a bare number (`10 (C) On the deficit`): the paragraph label the segmenter left.
const BARE_NUMBER = /^\d{1,3}$/;
// What follows it: the end of the text, or a space and anything but a lower-case word (`(c) their entry`).
const BEFORE_TEXT = /^(?:$|[ \t]+(?![a-z]))/;
const BARE_LETTER = /^[csu]$/i;
// A label right before: `B) `, `(b) `, `12. `.
const AFTER_LABEL = /(?:^|[\s(])(?:[A-Za-z]|\d{1,3})[.)][ \t]*$/;

/** The letter before and after `letter` (`c` -> `b`, `d`). */
const neighbours = (letter: string): string[] => {
  const code = letter.toLowerCase().charCodeAt(0);
  return [String.fromCharCode(code - 1), String.fromCharCode(code + 1)];
};

// A bare `(C)`, `(S)` or `(U)` is a label when the block also has the letter before or after it as one:
// `(B) ... (C) ... (D)`, `b) ... (c)`; but not right after a label of its own (`B) (C) DESCRIBE`).
function inLabelRun(text: string, at: number, letter: string): boolean {
  if (AFTER_LABEL.test(text.slice(Math.max(0, at - 5), at))) return false;
  return neighbours(letter).some((n) => new RegExp(`(?:^|[\\s(])${n}\\)`, 'i').test(text));
}

function standsAlone(text: string, at: number, end: number): boolean {
  if (!BEFORE_TEXT.test(text.slice(end, end + 2))) return false;
  const lead = at <= 4 ? text.slice(0, at).trim() : null;
  if (lead !== null && (lead === '' || BARE_NUMBER.test(lead))) return true;
  return AFTER_SENTENCE.test(text.slice(Math.max(0, at - 4), at).trimEnd());
}

/** The portion markings in `text` that stand as markings, as spans over their written form. */
export function findInlineMarkings(text: string): MarkingSpan[] {
  if (!text.includes('(')) return [];
  const out: MarkingSpan[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const at = m.index;
    const end = at + m[0].length;
    if (!standsAlone(text, at, end)) continue;
    const inner = (m[1] as string).trim();
    const labelRun = BARE_LETTER.test(inner) && inLabelRun(text, at, inner);
    const read = readMarking(m[0], { labelRun });
    if (read) out.push({ kind: 'marking', start: at, end, marking: read.marking.normalized });
  }
  return out;
}

/** Adds the in-text marking spans to every block but signatures, in place. */
export function markInlineMarkings(blocks: Block[]): void {
  for (const block of blocks) {
    if (block.kind === 'signature') continue;
    block.spans.push(...findInlineMarkings(block.text));
  }
}
