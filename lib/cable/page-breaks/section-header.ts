// The routing block and header lines a later section of an old telegram repeats after its `PAGE 01` header
// (`ACTION ...`, `INFO ... /033 W`, the dash line, `O 291359Z NOV 78`, `FM`/`TO`, the section banner, E.O., TAGS,
// SUBJECT): page furniture. Reads those lines only; removal and rejoining are remove.ts's.

import { isBannerLine } from './forms';
import { lineEndOf } from './lines';

const FURNITURE = [
  /^ACTION[ \t]+[A-Z]{2,}-\d{2}\b/,
  /^(?:INFO[ \t]+)?(?:[A-Z]{2,6}-\d{2}[ \t]+)*[A-Z]{2,6}-\d{2}(?:[ \t]+\/[ \t]?\d{3}[ \t]?W)?[ \t]*$/,
  /^(?:INFO[ \t]+)?(?:[A-Z]{2,6}-\d{2}[ \t]+)+\/[ \t]?\d{3}[ \t]?W[ \t]*$/,
  /^-{5,}[ \t]*\d{6}[ \t]+\d{6}Z[ \t]*\/[ \t]?\d{1,3}[ \t]*$/,
  /^[OPRZ]{1,2}[ \t]+\d{6}Z[ \t]+[A-Z]{3}[ \t]+\d{2}[ \t]*$/,
  /^(?:FM|TO|INFO)[ \t]+[A-Z]/,
  /^BT[ \t]*$/,
  /^(?:[A-Z](?: [A-Z]){4,}|UNCLAS\w*|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)\b.*\bSECTION[ \t]+\d{1,2}[ \t]+OF[ \t]+\d{1,2}\b/,
  /^E\.?[ \t]?O\.?[ \t]+1\d{4}\b/,
  /^TAGS\b/,
];
const SUBJECT = /^SUBJ(?:ECT)?\b/;
// Addressee lines after `TO` / `INFO`: a post in capitals, perhaps a precedence and a serial, nothing else.
const ADDRESSEE =
  /^[A-Z][A-Z .&/-]{2,50}(?:[ \t]+(?:IMMEDIATE|PRIORITY|ROUTINE|NIACT))?(?:[ \t]+\d{1,5})?[ \t]*$/;
const MAX_LINES = 40;

/**
 * The repeated routing and header lines from `from` (the line after a section's `PAGE 01` header), trimmed and
 * pushed to `around`. Returns where the text after them (and the blank lines after them) resumes, and how many
 * blank lines followed; `from` and 0 lines taken when the section repeats nothing.
 */
export function takeSectionHeader(
  text: string,
  from: number,
  around: string[],
): { resume: number; blanksAfter: number; taken: number } {
  let pos = from;
  let taken = 0;
  let blanks = 0;
  let addressees = false;
  let subject = false;
  let resume = from;
  let blanksAfter = 0;
  for (let n = 0; n < MAX_LINES && pos < text.length; n++) {
    const end = lineEndOf(text, pos);
    const line = text.slice(pos, end).trim();
    const next = Math.min(text.length, end + 1);
    if (line === '') {
      blanks++;
      subject = false;
      addressees = false;
      pos = next;
      if (taken > 0) {
        resume = pos;
        blanksAfter = blanks;
      }
      continue;
    }
    const furniture = FURNITURE.some((re) => re.test(line));
    const wrapped: boolean = (subject || addressees) && blanks === 0 && ADDRESSEE.test(line);
    if (!furniture && !wrapped && !SUBJECT.test(line)) break;
    // A subject's wrapped lines belong to it only when a blank line ends the subject before the text.
    if (subject && !furniture && !SUBJECT.test(line) && !blankWithin(text, next, 3)) break;
    if (SUBJECT.test(line)) subject = true;
    addressees = /^(?:FM|TO|INFO)[ \t]/.test(line) || (addressees && wrapped);
    around.push(line);
    taken++;
    blanks = 0;
    pos = next;
    resume = pos;
    blanksAfter = 0;
  }
  return taken > 0 ? { resume, blanksAfter, taken } : { resume: from, blanksAfter: 0, taken: 0 };
}

/**
 * True when nothing but a section's repeated routing and header lines, banners and blank lines stands between the
 * end of a `PAGE 01` header (`end`) and the next header (`to`). A page 1 that holds text (a converted modern cable
 * whose first page header was rewritten `PAGE 01 ...`) is a page like any other: its text is kept.
 */
export function onlyFurnitureBetween(text: string, end: number, to: number): boolean {
  const from = Math.min(text.length, end + 1);
  const repeated = takeSectionHeader(text, from, []);
  const rest = text.slice(repeated.taken > 0 ? repeated.resume : from, to);
  return rest.split('\n').every((line) => line.trim() === '' || isBannerLine(line));
}

/** True when a blank line comes within `lines` lines from `pos`. */
function blankWithin(text: string, pos: number, lines: number): boolean {
  let at = pos;
  for (let n = 0; n < lines && at < text.length; n++) {
    const end = lineEndOf(text, at);
    if (text.slice(at, end).trim() === '') return true;
    at = end + 1;
  }
  return false;
}
