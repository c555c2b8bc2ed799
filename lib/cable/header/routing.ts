// Reads a telegram's routing header (VZCZC..., the date-time group, FM, TO, INFO) into sender, addressees and
// date. Knows nothing of the cable's own header (classification line, TAGS...) that may follow it.
import { BANNER_WORDS_SOURCE } from '../vocabulary';
import { isoDate, monthNumber } from './lines';

export interface Routing {
  from: string | null;
  to: string[];
  info: string[];
  /** From the date-time group: `P 101200Z JAN 08` -> `2008-01-10T12:00`. */
  date: string | null;
  /** Offset just after the routing block (after the last addressee line), 0 when none was read. */
  end: number;
}

// `P 101200Z JAN 08`, `O 021530Z MAR 07`, `P R 011200Z DEC 66`, `011200Z Nov 00`, `R 151515Z MAY 74`.
const DTG =
  /^[ \t]*(?:[A-Z]{1,2}[ \t]+){0,3}(\d{2})(\d{2})(\d{2})[ \t]?Z[ \t]+([A-Za-z]{3})[ \t]+(\d{2}|\d{4})\b/;
const FM = /^[ \t]*FM[ \t]+(\S.*?)[ \t]*$/;
const TO = /^[ \t]*TO[ \t]+(\S.*?)[ \t]*$/;
const INFO = /^[ \t]*INFO[ \t]+(\S.*?)[ \t]*$/;
// Teletype framing and distribution lines around the addressees.
const NOISE =
  /^[ \t]*(?:VZCZC|ZNY|ZNR|ZZH|DE[ \t]+R|BT[ \t]*$|NNNN|#\d|PAGE[ \t]+\d|ACTION[ \t]|-{5,}|[A-Z]{1,2}[ \t]+R[A-Z]{3,}|R[A-Z]{4}[ \t]+R[A-Z]{3,})/;

const BANNER_START = new RegExp(`^[ \\t]*(?:${BANNER_WORDS_SOURCE})\\b`);

/** `RUEHC/SECSTATE WASHDC PRIORITY 1234` -> `SECSTATE WASHDC`: routing indicator, precedence, serial dropped. */
export function addressee(line: string): string {
  return line
    .slice(0, 200)
    .trim()
    .replace(/^[A-Z0-9]{4,8}\//, '')
    .replace(/(?:[ \t]+(?:NIACT[ \t]+)?(?:IMMEDIATE|PRIORITY|ROUTINE|FLASH))?(?:[ \t]+\d{1,5})?$/, '')
    .replace(/\s+/g, ' ');
}

function dtgDate(m: RegExpExecArray): string | null {
  const [, day = '', hh = '', mm = '', mon = '', yy = ''] = m;
  const month = monthNumber(mon);
  if (!month || Number(hh) > 23 || Number(mm) > 59) return null;
  const year = yy.length === 4 ? yy : `${Number(yy) >= 50 ? '19' : '20'}${yy}`;
  const date = isoDate(year, month, day);
  return date ? `${date}T${hh}:${mm}` : null;
}

/**
 * Reads the routing block of `text` from its start. Addressees run from `TO` to the first blank line, the
 * cable's classification line or the end; `INFO` lines before `FM` (old distribution lists) are not addressees.
 */
export function readRouting(text: string, limit = 20_000): Routing {
  const result: Routing = { from: null, to: [], info: [], date: null, end: 0 };
  let list: string[] | null = null;
  let start = 0;
  let lines = 0;
  const scan = text.length > limit ? text.slice(0, limit) : text;
  while (start < scan.length && lines++ < 400) {
    let end = scan.indexOf('\n', start);
    if (end < 0) end = scan.length;
    // Routing lines are short; a cap keeps the line patterns linear on pathological input.
    const line = scan.slice(start, Math.min(end, start + 300));
    const next = end + 1;
    start = next;
    if (!line.trim()) {
      if (list && (result.to.length > 0 || result.info.length > 0)) break;
      continue;
    }
    const dtg = DTG.exec(line);
    if (dtg && !result.from) {
      result.date ??= dtgDate(dtg);
      result.end = Math.min(next, scan.length);
      continue;
    }
    const fm = FM.exec(line);
    if (fm) {
      result.from = (fm[1] as string).replace(/\s+/g, ' ');
      list = null;
      result.end = Math.min(next, scan.length);
      continue;
    }
    const to = result.from ? TO.exec(line) : null;
    const info = result.from ? INFO.exec(line) : null;
    if (to || info) {
      list = to ? result.to : result.info;
      const value = ((to ?? info) as RegExpExecArray)[1] as string;
      // `TO PAGE 02 STATE 012345 011200Z`: a page header printed in the addressee block.
      if (!/^PAGE[ \t]+\d/.test(value)) list.push(addressee(value));
      result.end = Math.min(next, scan.length);
      continue;
    }
    if (list && /^[ \t]*PAGE[ \t]+\d/.test(line)) continue;
    if (list && /^[ \t]*[A-Z0-9/][A-Z0-9/ .,()&'-]*$/.test(line) && !/^[ \t]*(?:[A-Z] ){3,}/.test(line)) {
      // Addressee lines are capitals; a spaced banner (`C O N F I D E N T I A L`) ends the block.
      if (BANNER_START.test(line)) break;
      list.push(addressee(line));
      result.end = Math.min(next, scan.length);
      continue;
    }
    if (list) break;
    if (NOISE.test(line) || !result.from) continue;
    break;
  }
  return result;
}
