// The signer's name at the end of a cable: alone on the last line (`HARRISON`, `DE LA CRUZ`, `Walsh`) or glued
// after the last sentence (`End Text. MORROW`, `...the markets. Keane`); and the end-of-message tail after it.

import { CLOSING_LINE } from '../vocabulary';

// One to four words, each a capitalised name or an initial (`Thomas R. Lyle`, `DE LA CRUZ`).
// The archive's `##` after a name (`HORAN##`) or a stray ` .` (`KENNARD .`) is no part of it but does not make it
// something else.
const NAME =
  /^(?:[A-Z][A-Za-z'\u2019-]*\.?|[A-Z]\.)(?: (?:[A-Z][A-Za-z'\u2019-]*|[A-Z]\.)){0,3}(?:##?| \.)?$/;
const NOT_NAMES = new Set(
  [
    'END TEXT COMMENT SUMMARY NOTE SIPDIS NOFORN NNNN NNN BT UNCLASSIFIED UNCLAS CONFIDENTIAL SECRET',
    'SENSITIVE MINIMIZE CONSIDERED THANKS REGARDS INTERPRETER NOTETAKER ACTION INFO CABLE AND OR THE',
    'LIMITED OFFICIAL USE BEGIN PARA PARAGRAPH REF REFTEL SEPTEL ENDS',
  ]
    .join(' ')
    .split(' '),
);
// The glued form: a sentence end, spaces, then the name ending the text.
const GLUED = /(?<!\b[A-Z])[.!?)"\u201D] +([A-Z][A-Za-z'\u2019-]+(?: [A-Z][A-Za-z'\u2019-]+){0,2})$/;
/** True when `text` (a whole line) can be a signer's name. */
export function isSignatureLine(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 40 || !NAME.test(t)) return false;
  const words = t.split(' ');
  if (words.some((w) => NOT_NAMES.has(w.replace(/\.$/, '').toUpperCase()))) return false;
  // Mixed-case names are one or two words (`Walsh`, `Keane`); longer capitalised runs are titles.
  const allCaps = t === t.toUpperCase();
  return allCaps || words.length <= 3;
}

/**
 * The signature glued to the end of a line (`End Text. MORROW`), as `[before, name]`, or null. Mixed-case
 * names glue only as one word (`Keane`): anything longer is a sentence.
 */
export function splitGluedSignature(line: string): [string, string] | null {
  if (line.length < 4) return null;
  const m = GLUED.exec(line.length > 300 ? line.slice(-300) : line);
  if (!m) return null;
  const name = m[1] as string;
  if (!isSignatureLine(name)) return null;
  if (name !== name.toUpperCase() && name.includes(' ')) return null;
  const cut = line.length - name.length;
  return [line.slice(0, cut).trimEnd(), name];
}

/** Number of lines at the end that only close the message (`NNNN`, `End Cable Text`, a banner). */
export function tailLength(lines: readonly (string | { text: string })[]): number {
  const at = (i: number): string => {
    const line = lines[i] as string | { text: string };
    return typeof line === 'string' ? line : line.text;
  };
  let n = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = at(i);
    if (line.trim() === '') {
      n++;
      continue;
    }
    if (!CLOSING_LINE.test(line)) break;
    n++;
  }
  // Blank lines alone are not a tail.
  let blanks = 0;
  for (let i = lines.length - 1; i >= lines.length - n; i--) {
    if (at(i).trim() !== '') break;
    blanks++;
  }
  return n === blanks ? 0 : n;
}
