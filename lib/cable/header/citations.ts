// Finds the cables one reference item cites (`08 STATE 1234`, `THE HAGUE 97`, `STATE 1111 AND 2222`, `KABUL
// 101/102`, `ROME 55 (99)`) and what an item that cites none is (e-mail, telcon, memo). One item's text only.

import type { ReferenceKind } from '../types';
import { MONTHS, POSTS } from '../vocabulary';
import { canonicalId, type IdOptions } from './ids';

/** One cable an item cites: where its citation starts and ends in the item, and its id when a year is known. */
export interface Citation {
  start: number;
  end: number;
  id: string | null;
}

interface Token {
  kind: 'word' | 'number' | 'mark';
  text: string;
  start: number;
  end: number;
  /** A serial split off the post it was glued to (`HK05511`). */
  split?: boolean;
}

// Words (any script, so a look-alike letter keeps a word whole), numbers, and single marks.
const TOKEN = /(\p{L}[\p{L}\p{N}'.&-]*)|(\d+)|(\S)/gu;

// A post glued to its serial (`HK05511`): split where the table knows the letters as a post.
const GLUED_SERIAL = /^([A-Za-z]{2,})(\d{3,7})$/;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const kind = m[1] ? 'word' : m[2] ? 'number' : 'mark';
    const glued = kind === 'word' ? GLUED_SERIAL.exec(m[0]) : null;
    if (glued && POSTS.has(letters(glued[1] as string))) {
      const cut = m.index + (glued[1] as string).length;
      out.push({ kind: 'word', text: glued[1] as string, start: m.index, end: cut });
      out.push({
        kind: 'number',
        text: glued[2] as string,
        start: cut,
        end: m.index + m[0].length,
        split: true,
      });
      continue;
    }
    out.push({ kind, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Words before a serial that never belong to a post's name.
const NOT_POST = new Set([
  'A',
  'AND',
  'OR',
  'REF',
  'REFS',
  'REFTEL',
  'REFTELS',
  'SEE',
  'ALSO',
  'OF',
  'IN',
  'TO',
  'FOR',
  'AS',
  'AT',
  'ON',
  'BY',
  'NOTAL',
  'PARA',
  'PARAS',
  'PARAGRAPH',
  'EMBASSY',
  'SEPTEL',
  'TELCON',
  'EMAIL',
  'E-MAIL',
  'CIRCULAR',
  'NO',
  'NUMBER',
  'PAGE',
  'SECTION',
  'ITEM',
  'MSG',
  'DTG',
  'TEL',
  'CABLE',
  'CABLES',
  'PREVIOUS',
  'DATED',
  'OF',
]);
// Senders and document series whose numbers are not State cables.
const NOT_CABLE = new Set([
  'FAM',
  'FAH',
  'USC',
  'CFR',
  'UNSCR',
  'RES',
  'RESOLUTION',
  'IIR',
  'TD',
  'PL',
  'SECDEF',
  'CJCS',
  'JCS',
  'DOD',
  'CIA',
  'DIA',
  'FBI',
  'FBIS',
  'OSC',
  'HOTR',
  'USDAO',
  'DAO',
  'NSC',
  'EO',
  'ARTICLE',
  'LAW',
  'ACT',
  'REPORT',
  'REPORTS',
  'MEMO',
  'LETTER',
  'NOTE',
  'NOTICE',
  'POINTS',
  'FAX',
  'BRIEFING',
  'MEETING',
  'CALL',
  'ROOM',
  'FLIGHT',
  'FILE',
  'CASE',
  'ID',
  'PHONE',
  'DECREE',
  'ANNEX',
  'CHAPTER',
  'VOLUME',
  'VERSION',
  'YEAR',
  'FY',
]);
// Words that start a post's name of several words (`THE HAGUE`, `SAN JOSE`, `NEW DELHI`, `USUN NEW YORK`).
const LEAD_WORDS = new Set([
  'THE',
  'SAN',
  'SANTO',
  'SANTA',
  'PORT',
  'NEW',
  'LA',
  'LAS',
  'EL',
  'TEL',
  'ABU',
  'ADDIS',
  'KUALA',
  'HO',
  'CHI',
  'MINH',
  'RIO',
  'DE',
  'DO',
  'DAR',
  'ES',
  'BANDAR',
  'SERI',
  'SRI',
  'PHNOM',
  'ST',
  'SAINT',
  'CIUDAD',
  'BUENOS',
  'SAO',
  'USUN',
  'PORT-AU',
  'GUATEMALA',
  'MEXICO',
  'KUWAIT',
  'PANAMA',
  'HONG',
  'CAPE',
  'CITY',
  'BANJA',
]);
const MONTH_WORD = /^(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*\.?$/;
const CHAIN_WORDS = new Set(['AND', '&', 'ALSO']);
// A word of a post's name; a zero typed for an O inside it (`COTON0U`) is still a letter.
const LETTERS = /^[A-Za-z][A-Za-z0'-]*\.?$/;
// Words a writer puts between a post and its serial (`COLOMBO CABLES 0266`): not part of the post.
const FILLER = new Set(['CABLE', 'CABLES', 'TEL', 'TELS', 'TELEGRAM', 'TELEGRAMS']);
// Level tokens a writer puts between a post and its serial (`KUWAIT (C)02293`).
const LEVEL_TOKEN = /^(?:U|C|S|SBU|LOU|TS)$/;

const upper = (s: string) => s.replace(/[a-z]+/g, (w) => w.toUpperCase());
const letters = (s: string) =>
  upper(s)
    .replace(/0/g, 'O')
    .replace(/[^A-Z]/g, '');

function isMonth(word: string): boolean {
  const w = upper(word);
  return MONTH_WORD.test(w) && MONTHS[w.slice(0, 3)] !== undefined;
}

/**
 * The post named by the words right before a serial: the longest run of them the post table knows, else a
 * capitals word (with `THE`, `SAN`, `NEW`... before it) that no rule rules out. Returns how many words it took.
 */
function postOf(
  words: Token[],
  atItemStart: boolean,
  document: boolean,
): { post: string; count: number } | null {
  const lastWord = words[words.length - 1];
  if (lastWord && words.length > 1 && FILLER.has(upper(lastWord.text))) {
    const found = postOf(words.slice(0, -1), atItemStart, document);
    return found ? { post: found.post, count: found.count + 1 } : null;
  }
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    const run = words.slice(words.length - n);
    const known = POSTS.get(letters(run.map((w) => w.text).join('')));
    if (known && !NOT_POST.has(upper((run[0] as Token).text))) return { post: known, count: n };
  }
  const last = words[words.length - 1];
  if (!last) return null;
  // `NOTICE- 24`: a word's trailing hyphen is no part of it.
  const word = last.text.replace(/\.$|-+$/, '');
  // An unknown post in capitals; in title case only when it opens the item (`B) Sao Paulo 276`), as a
  // capitalised word before a number mid-sentence is prose (`met Ambassador Smith 12 times`).
  const title = atItemStart && /^[A-Z][a-z'-]+$/.test(word);
  const key = upper(word);
  if (
    (!/^[A-Z][A-Z0'-]+$/.test(word) && !title) ||
    NOT_POST.has(key) ||
    NOT_CABLE.has(key) ||
    isMonth(word) ||
    word.length < 3 ||
    document
  )
    return null;
  let count = 1;
  while (count < words.length && count < 4) {
    const before = upper((words[words.length - 1 - count] as Token).text).replace(/\.$/, '');
    if (!LEAD_WORDS.has(before)) break;
    count++;
  }
  if (title && words.length - count > 0) return null;
  return {
    post: letters(
      words
        .slice(words.length - count)
        .map((w) => w.text)
        .join(''),
    ),
    count,
  };
}

const isYear = (t: Token | undefined): boolean =>
  t?.kind === 'number' && (t.text.length === 2 || /^(?:19|20)\d{2}$/.test(t.text));

/** True when the space between two tokens holds only blanks (the tokens stand apart, not glued). */
const apart = (text: string, a: Token, b: Token): boolean => /^\s+$/.test(text.slice(a.end, b.start));
const glued = (a: Token, b: Token): boolean => a.end === b.start;

/** The cables `text` cites, in order. A citation without a written year takes `opts.year`. */
export function citations(raw: string, opts: IdOptions, self: string | null = null): Citation[] {
  // A letter O typed for a leading zero (`LAGOS O1512`); same length, so offsets hold.
  const text = raw.replace(/\b[Oo](?=\d{3,}\b)/g, '0');
  const tokens = tokenize(text);
  const out: Citation[] = [];
  // An item that names an e-mail, a memo or a report cites only posts the table knows (`DOE EMAIL DATED 10`).
  const document = kindOf(text) !== 'other' || /\b(?:REPORT|LETTER|DATED|POINTS|NOTES?)\b/i.test(text);
  let chain: { post: string; year: string | undefined; last: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'number') continue;
    const next = tokens[i + 1];
    // A number glued to letters (`301601Z`, `12TH`) or a date's part (`10/15/07`) is no serial.
    if (next && glued(t, next) && (next.kind === 'word' || (next.text === '/' && isDateAt(tokens, i))))
      continue;
    if (t.text.length > 8) continue;
    // Words right before it, separated by blanks only, with an optional `-` before the digits (`STATE -0978`).
    let j = i - 1;
    let start = t.start;
    if ((tokens[j]?.text === '-' || tokens[j]?.text === '#') && glued(tokens[j] as Token, t)) j--;
    // `STATE (01) 201265`: the year between post and serial; `KUWAIT (C)02293`: a marking there.
    let midYear: string | undefined;
    if (tokens[j]?.text === ')' && tokens[j - 2]?.text === '(') {
      const inner = tokens[j - 1] as Token;
      if (isYear(inner) && inner.text.length === 2) midYear = inner.text;
      if (midYear || LEVEL_TOKEN.test(inner.text)) j -= 3;
    }
    // `PRAGUE, 1228`: a stray comma after a post the table knows.
    const comma =
      tokens[j]?.text === ',' &&
      tokens[j - 1]?.kind === 'word' &&
      glued(tokens[j - 1] as Token, tokens[j] as Token);
    if (comma) j--;
    const words: Token[] = [];
    while (j >= 0 && words.length < 6) {
      const w = tokens[j] as Token;
      const right = words[0] ?? tokens[j + 1];
      // The first word may touch what follows it when that is a split serial or the stray comma.
      const touching = words.length === 0 && (comma || t.split === true);
      if (w.kind !== 'word' || !LETTERS.test(w.text) || !right || (!touching && !apart(text, w, right)))
        break;
      words.unshift(w);
      j--;
    }
    // The item opens with these words, or with a year and these words (`05 Sao Paulo 975`).
    const atItemStart = j < 0 || (j === 0 && isYear(tokens[0]));
    let found = words.length > 0 ? postOf(words, atItemStart, document) : null;
    if (found && comma && !POSTS.has(letters((words[words.length - 1] as Token).text))) found = null;
    if (found) {
      const first = words[words.length - found.count] as Token;
      start = first.start;
      // `08 STATE 1234`, `(99) ROME 55`: the year right before the post.
      const k = j + (words.length - found.count);
      let year: string | undefined;
      const prev = tokens[k];
      // `08 STATE 1234`, and the archive's glued `09RIYADH 1302`.
      if (prev && isYear(prev) && (apart(text, prev, first) || glued(prev, first))) {
        year = prev.text;
        start = prev.start;
      } else if (prev?.text === ')' && isYear(tokens[k - 1]) && tokens[k - 2]?.text === '(') {
        year = (tokens[k - 1] as Token).text;
        start = (tokens[k - 2] as Token).start;
      }
      const after = yearAfter(text, tokens, i);
      year ??= midYear ?? after?.year;
      const id = cableId(year, found.post, t.text, opts);
      if (!id || id !== self) out.push({ start, end: after ? after.end : t.end, id });
      chain = { post: found.post, year: year ?? undefined, last: after ? after.index : i };
      if (after) i = after.index;
      continue;
    }
    // `STATE 1111 AND 2222`, `123456, 234567`, `KABUL 101/102`: more serials of the same post.
    if (chain && onlySeparators(tokens, chain.last + 1, i) && !(isYear(t) && next?.kind === 'word')) {
      const after = yearAfter(text, tokens, i);
      const year = after?.year ?? chain.year;
      const id = cableId(year, chain.post, t.text, opts);
      if (!id || id !== self) out.push({ start: t.start, end: after ? after.end : t.end, id });
      chain.last = after ? after.index : i;
      if (after) i = after.index;
      continue;
    }
    // `870 Ulaanbaatar`, `377 KATHMANDU`: the serial before a post the table knows, the item ending there.
    const behind: ReturnType<typeof postBehind> = chain ? null : postBehind(tokens, i);
    if (behind) {
      const id = cableId(undefined, behind.post, t.text, opts);
      if (!id || id !== self) out.push({ start: t.start, end: behind.end, id });
      chain = { post: behind.post, year: undefined, last: behind.index };
      i = behind.index;
      continue;
    }
    chain = null;
  }
  return out;
}

/**
 * The post right after the serial at `i`, when nothing but a separator follows it: one the table knows, or,
 * when the serial opens the item, a capitalised word that no rule rules out (`870 Ulaanbaatar`).
 */
function postBehind(tokens: Token[], i: number): { post: string; end: number; index: number } | null {
  for (let n = 3; n >= 1; n--) {
    const run = tokens.slice(i + 1, i + 1 + n);
    if (run.length < n || run.some((w) => w.kind !== 'word' || !LETTERS.test(w.text))) continue;
    const after = tokens[i + 1 + n];
    if (after && after.text !== ',' && after.text !== ';') continue;
    const key = letters(run.map((w) => w.text).join(''));
    const known = POSTS.get(key);
    const word = upper((run[0] as Token).text);
    const plausible =
      i === 0 && n === 1 && key.length >= 4 && !NOT_POST.has(word) && !NOT_CABLE.has(word) && !isMonth(word);
    if (known || plausible) return { post: known ?? key, end: (run[n - 1] as Token).end, index: i + n };
  }
  return null;
}

const cableId = (year: string | undefined, post: string, serial: string, opts: IdOptions): string | null =>
  canonicalId(`${year ? `${year} ` : ''}${post} ${serial}`, opts);

/** `10/15/07`, `9/22`: the number at `i` starts a month/day date. */
function isDateAt(tokens: Token[], i: number): boolean {
  const a = tokens[i + 2];
  if ((tokens[i] as Token).text.length > 2 || a?.kind !== 'number' || a.text.length > 2) return false;
  // `10/15/07` is a date whatever its numbers; `10/15` only when one part can be a month (`88/06` is no date).
  const [x, y] = [Number((tokens[i] as Token).text), Number(a.text)];
  return tokens[i + 3]?.text === '/' || (x <= 12 && y <= 31) || (x <= 31 && y <= 12);
}

/** Tokens from `from` to before `to` are separators between serials of one post (`,`, `/`, `AND`, `&`). */
function onlySeparators(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (!(t.text === ',' || t.text === '/' || CHAIN_WORDS.has(upper(t.text)))) return false;
  }
  return true;
}

/** A year written after the serial: `1234 (08)`, `1234-91`, `1234/08`, `1234/2008`. */
function yearAfter(
  text: string,
  tokens: Token[],
  i: number,
): { year: string; end: number; index: number } | null {
  const t = tokens[i] as Token;
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  const c = tokens[i + 3];
  if (a?.text === '(' && b && isYear(b) && c?.text === ')' && /^\s*$/.test(text.slice(t.end, a.start)))
    return { year: b.text, end: c.end, index: i + 3 };
  if (a && (a.text === '-' || a.text === '/') && glued(t, a) && b && glued(a, b) && isYear(b))
    return { year: b.text, end: b.end, index: i + 2 };
  // `AMMAN 07718 99,`: a zero-padded serial, then a two-digit year standing alone before a separator.
  if (
    t.text.startsWith('0') &&
    a?.kind === 'number' &&
    a.text.length === 2 &&
    /^ +$/.test(text.slice(t.end, a.start)) &&
    (!b || b.text === ',' || b.text === ';')
  )
    return { year: a.text, end: a.end, index: i + 1 };
  return null;
}

// What a reference that cites no cable is, by the words it uses.
const KINDS: ReadonlyArray<readonly [RegExp, ReferenceKind]> = [
  [/\bE-?MAILS?\b|\bEMAILED\b/i, 'email'],
  [/\bTEL(?:E)?CONS?\b|\bPHONE\b|\bTELEPHONE\b|\bCALL\b/i, 'telcon'],
  [/\bMEMO(?:RANDUM|S)?\b|\bMEMCON\b/i, 'memo'],
];

/** The kind of an item that cites no cable. */
export function kindOf(text: string): ReferenceKind {
  for (const [pattern, kind] of KINDS) if (pattern.test(text)) return kind;
  return 'other';
}
