// Reads a telegram's routing header (VZCZC..., the date-time group, FM, TO, INFO) into sender, addressees and
// date. Knows nothing of the cable's own header (classification line, TAGS...) that may follow it.
import type { Addressee, Precedence } from '../types';
import { BANNER_WORDS_SOURCE, PRECEDENCE_SIGNS, PRECEDENCES, PROSIGN_LINE } from '../vocabulary';
import { isoDate, monthNumber } from './lines';

export interface Routing {
  from: string | null;
  to: string[];
  info: string[];
  /** Addressees of `XMT` lines: left out of a collective, not addressees. */
  excluded: string[];
  /** Every TO and INFO addressee with the precedence its line gives. */
  addressees: Addressee[];
  /** The date-time group's precedence prosign (`O` IMMEDIATE, `P` PRIORITY...), or null. */
  precedence: Precedence | null;
  /** `VZCZCXRO1234`, the transmission id, or null. */
  transmissionId: string | null;
  /** The date-time group as written (`O 101200Z JAN 08`), or null. */
  dtg: string | null;
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
const XMT = /^[ \t]*XMT[ \t]+(\S.*?)[ \t]*$/;
const TRANSMISSION = /^[ \t]*(VZCZC[A-Z0-9]{0,20})/;
const PRECEDENCE = /[ \t](FLASH|NIACT[ \t]+IMMEDIATE|IMMEDIATE|PRIORITY|ROUTINE)(?:[ \t]+\d{1,5})?[ \t]*$/;
const PROSIGN = /^[ \t]*([ZOPR])[ \t]/;
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

/** A routing with nothing read. */
function emptyRouting(): Routing {
  return {
    from: null,
    to: [],
    info: [],
    excluded: [],
    addressees: [],
    precedence: null,
    transmissionId: null,
    dtg: null,
    date: null,
    end: 0,
  };
}

/**
 * Reads the routing block of `text` from its start. Addressees run from `TO` to the first blank line, the
 * cable's classification line or the end; `INFO` lines before `FM` (old distribution lists) are not addressees.
 */
export function readRouting(text: string, limit = 20_000): Routing {
  const result: Routing = emptyRouting();
  let list: string[] | null = null;
  const push = (target: string[], line: string) => {
    const name = addressee(line);
    target.push(name);
    if (target === result.excluded) return;
    const precedence = PRECEDENCE.exec(line.slice(0, 200))?.[1]?.replace(/[ \t]+/g, ' ') as
      | Precedence
      | undefined;
    result.addressees.push({
      name,
      list: target === result.to ? 'to' : 'info',
      precedence: precedence ?? null,
    });
  };
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
    if (!result.transmissionId && !result.from) {
      const vz = TRANSMISSION.exec(line);
      if (vz) result.transmissionId = vz[1] as string;
    }
    const dtg = DTG.exec(line);
    if (dtg && !result.from) {
      result.date ??= dtgDate(dtg);
      if (!result.dtg) {
        result.dtg = dtg[0].trim().replace(/\s+/g, ' ');
        const sign = PROSIGN.exec(line)?.[1];
        result.precedence = sign ? (PRECEDENCE_SIGNS[sign] ?? null) : null;
      }
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
    const xmt = result.from ? XMT.exec(line) : null;
    if (to || info || xmt) {
      list = to ? result.to : info ? result.info : result.excluded;
      const value = ((to ?? info ?? xmt) as RegExpExecArray)[1] as string;
      // `TO PAGE 02 STATE 012345 011200Z`: a page header printed in the addressee block.
      if (!/^PAGE[ \t]+\d/.test(value)) push(list, value);
      result.end = Math.min(next, scan.length);
      continue;
    }
    if (list && /^[ \t]*PAGE[ \t]+\d/.test(line)) continue;
    // `BT` after the last addressee (the break before the text), `NNNN`, `#1234`: framing that ends the list.
    if (list && PROSIGN_LINE.test(line)) {
      list = null;
      result.end = Math.min(next, scan.length);
      continue;
    }
    if (list && /^[ \t]*[A-Z0-9/][A-Z0-9/ .,()&'-]*$/.test(line) && !/^[ \t]*(?:[A-Z] ){3,}/.test(line)) {
      // Addressee lines are capitals; a spaced banner (`C O N F I D E N T I A L`) ends the block.
      if (BANNER_START.test(line)) break;
      push(list, line);
      result.end = Math.min(next, scan.length);
      continue;
    }
    if (list) break;
    if (NOISE.test(line) || !result.from) continue;
    break;
  }
  return result;
}

/** The cable's precedence: the highest its TO lines give, else the date-time group's prosign. */
export function cablePrecedence(routing: Routing | null): Precedence | null {
  if (!routing) return null;
  let best: Precedence | null = null;
  for (const a of routing.addressees) {
    if (a.list !== 'to' || !a.precedence) continue;
    if (!best || PRECEDENCES.indexOf(a.precedence) < PRECEDENCES.indexOf(best)) best = a.precedence;
  }
  return best ?? routing.precedence;
}
