// Recognisers for the single lines of a cable's own header: E.O. line, TAGS, Classified By and its reasons,
// handling words, dates. Each reads one line's text; the order of lines is header.ts's business.
import {
  BANNER_WORDS_SOURCE,
  FIELD_LABELS,
  type FieldKind,
  HANDLING_WORDS,
  INLINE_FIELD,
  LEVEL_TOKENS_SOURCE,
  MONTHS,
} from '../vocabulary';
import { readTags } from './tag-list';

export { type FieldKind, INLINE_FIELD };

// A label without its colon counts only before what the field holds, written in capitals (`TAGS PGOV`, `SUBJECT
// FOO`, `REF A.`/`REF STATE 12`; a TAGS label in any case before capital codes, `tAgs PGOV`); never a word such
// as `TAGGED` or a sentence such as `Subject to approval`.
const BARE_LABEL: Partial<Record<FieldKind, RegExp>> = {
  tags: /^[ \t]*(?:[A-Za-z]{2,6}[ \t]*[:;,]|[Tt][Aa][Gg][Ss]?[ \t]+[A-Z]{2,}\b)/,
  subject: /^[ \t]*(?:[A-Za-z]{4,7}[ \t]*[:.;]|SUBJ(?:ECT)?[ \t]+[A-Z(])/,
  ref: /^[ \t]*(?:(?:PROGRAM[ \t]+)?[A-Za-z()]{3,10}[ \t]*[:;.]|REF(?:S|TEL)?[ \t]+[A-Z(])/,
};

/** The header field a line starts, and where its value begins, or null. */
export function fieldStart(line: string): { kind: FieldKind; valueAt: number } | null {
  for (const [pattern, kind] of FIELD_LABELS) {
    const m = pattern.exec(line);
    if (m && (BARE_LABEL[kind]?.test(line) ?? true)) return { kind, valueAt: m[0].length };
  }
  return null;
}

/** A paragraph start (`1. (C)`, `¶2.`, `12.The`) or a portion-marked line: the body has begun. */
export const PARAGRAPH_START = new RegExp(
  String.raw`^[ \t]*(?:¶[ \t]*)?(?:\d{1,3}[ \t]*\.(?!\d)|\((?:${LEVEL_TOKENS_SOURCE})(?:\/\/?[A-Z ,]+)?\)[ \t])`,
);

const BANNER_WORDS = new RegExp(`^(?:${BANNER_WORDS_SOURCE})$`);
const BANNER_THEN = new RegExp(`^(?:${BANNER_WORDS_SOURCE})[ \\t]+(.+)$`);

// What a corrected copy says it corrected (`//SUBJECT LINE`, `//TEXT`, `//PARA 3`).
const CORRECTED_PART =
  /^(?:SUBJECT(?: LINE)?|TEXT|CAPTION|TAGS|ADDRESSEES?(?: LINE)?|CLASSIFICATION|REF(?:ERENCE)?S?|PARAS?(?:GRAPHS?)? [\d ,-]+(?: AND \d+)?)$/;

/**
 * Handling words when the line holds nothing else (`SIPDIS`, `NOFORN, NOT FOR INTERNET DISTRIBUTION`,
 * `SECRET NOFORN`, `C O R R E C T E D COPY//SUBJECT LINE//`), else null. Banner words are dropped.
 */
export function handlingLine(line: string): string[] | null {
  const text = line
    .trim()
    .replace(/\b(?:[A-Z] ){3,}[A-Z]\b/g, (spaced) => spaced.replace(/ /g, ''))
    .replace(/\/{2,}$/, '');
  if (!text || text.length > 120) return null;
  const parts = text.split(/[ \t]*(?:,|\/\/+|;)[ \t]*|[ \t]+(?=SIPDIS|NOFORN)/);
  const words: string[] = [];
  for (const part of parts) {
    const word = part.trim().replace(/[ \t]+/g, ' ');
    if (!word) continue;
    if (BANNER_WORDS.test(word)) continue;
    // `CORRECTED COPY//SUBJECT LINE`: what the copy corrected stays with it, as the line writes it.
    if (words.at(-1) === 'CORRECTED COPY' && CORRECTED_PART.test(word)) {
      words[words.length - 1] = `CORRECTED COPY//${word}`;
      continue;
    }
    const banner = BANNER_THEN.exec(word);
    const rest = banner ? (banner[1] as string) : word;
    if (!HANDLING_WORDS.test(rest)) return null;
    words.push(rest);
  }
  return words.length > 0 ? words : null;
}

const MARKED_BANNER = new RegExp(`^[ \\t]*(?:${BANNER_WORDS_SOURCE})((?:\\/\\/[A-Z0-9 -]+)+)[ \\t]*$`);

/**
 * The handling words of a banner marking line (`SECRET//FGI//NOFORN//MR` -> FGI, NOFORN; the declassification
 * marker `MR` is the E.O. line's), or null for any other line.
 */
export function markedBannerWords(line: string): string[] | null {
  const m = line.length <= 200 ? MARKED_BANNER.exec(line) : null;
  if (!m) return null;
  return (m[1] as string)
    .split('//')
    .map((part) => part.trim())
    .filter((part) => HANDLING_WORDS.test(part));
}

/** A line that only repeats a banner word (` CONFIDENTIAL` at an old page's foot). */
export function isBannerOnly(line: string): boolean {
  return BANNER_WORDS.test(line.trim());
}

/** `MM/DD/YYYY` or `M/D/YY` to ISO `YYYY-MM-DD`, or null when it is not a valid date. */
export function usDate(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [, mm = '', dd = '', yy = ''] = m;
  const year = yy.length === 4 ? yy : `${Number(yy) >= 50 ? '19' : '20'}${yy}`;
  return isoDate(year, mm, dd);
}

/** Month name or abbreviation (`Nov`, `NOVEMBER`) to `MM`, or null. */
export function monthNumber(name: string): string | null {
  return MONTHS[name.slice(0, 3).toUpperCase()] ?? null;
}

/** Validated ISO date from parts, or null. */
export function isoDate(year: string, month: string, day: string): string | null {
  const m = Number(month);
  const d = Number(day);
  if (!/^\d{4}$/.test(year) || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The E.O. line's declassification instruction: `DECL: 01/02/2013` -> `2013-01-02`, `DECL:OADR` -> `OADR`. */
export function declassification(value: string): string | null {
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text || /^N[ \t]*\/?[ \t]*A\.?$/i.test(text)) return null;
  const decl = /^(?:DECL|DNG)[ \t]*:?[ \t]*(.*)$/i.exec(text);
  const rest = (decl ? (decl[1] as string) : text).trim();
  // `DECL: 2020/02/26`: a year-first date is a date too.
  const yearFirst = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(rest);
  const date = yearFirst
    ? isoDate(yearFirst[1] as string, yearFirst[2] as string, yearFirst[3] as string)
    : null;
  return usDate(rest) ?? date ?? (rest || null);
}

/** TAGS codes from a TAGS value (see tag-list.ts): `PRELPGOV` -> PREL, PGOV; prose after the codes ends them. */
export function tagCodes(value: string): string[] {
  return readTags(value).tags;
}

/** A line that can only be more TAGS codes (`NATO, XX, YY`). */
export function isTagsContinuation(line: string): boolean {
  const text = line.trim();
  return text.length <= 200 && /^[A-Z]{2,8}(?:(?: *, *| +)[A-Z]{2,8})*,?$/.test(text);
}

// `1.4 (b) and (d)`, `1.4(b), (c), and (d)`, `1.5 (B & D)`, `1/4 (B), (D)`, `1.4 (b,d)`, `1. 4 (b/d)`, `1.4 b & d`.
const REASON_CODE = /\b1[ \t]*[./][ \t]*([45])\b/g;
// The letters after a code run over parentheses, dots and connectors; a letter stands alone (`(b)`, `b.`).
// Typists split `and` (`A ND`, `an d`), drop the closing parenthesis at the line's end (`(b) and (d`) or leave
// only spaces between letters (`1.4 B C AND D`).
const SPLIT_AND = /\b(?:a[ \t]+nd|an[ \t]+d)\b/gi;
const LETTER_RUN_TOKEN = /[ \t]*(?:([a-hA-H])(?![A-Za-z0-9])|(?:and|or)\b|[(),&/.])/iy;
// `for reasons b, d.`: letters with no code; E.O. 12958 section 1.4 is meant.
const LETTERS_ONLY =
  /\breasons?[ \t]*:?[ \t]*(\(?[a-hA-H]\)?(?:[ \t]*(?:,|&|\/|and|or)[ \t]*(?:and[ \t]+)?\(?[a-hA-H]\)?)*)[ \t]*\.?[ \t]*$/i;
// `Derived from: DSCG 05-1 B, D`: the letters after a classification guide's number, section 1.4 meant.
const GUIDE_LETTERS =
  /(?<=\bDerived[ \t]+from\b[^\n]*\d)[ \t]+([a-hA-H](?:[ \t]*(?:,|&|\/|and)[ \t]*[a-hA-H])*)[ \t]*\.?[ \t]*$/i;
// `reasons`, and `reas ons` wrapped mid-word.
const REASON_WORDS =
  /[ \t]*(?:[,;:.]?[ \t]*(?:\bfor[ \t]+)?\brea[ \t]?s(?:[ \t]?ons?)?\b[ \t]*[,:]?|[,;:][ \t]*(?:\bfor\b)?|\bfor\b)?[ \t]*$/i;
// `X; E.O. 12958, reasons 1.4 (b)`: the order the reasons come under, not part of who classified.
const ORDER_BEFORE_REASONS = /[ \t,;:]*\bE\.?[ \t]?O\.?[ \t]?1[123]\d{3}[ \t,;:]*$/i;

/** Letters a reason code governs: the run of letters, parentheses and connectors right after it. */
function reasonLetters(after: string): string[] {
  const scope = after.slice(0, 80).replace(SPLIT_AND, 'and');
  const letters: string[] = [];
  LETTER_RUN_TOKEN.lastIndex = 0;
  for (let m = LETTER_RUN_TOKEN.exec(scope); m; m = LETTER_RUN_TOKEN.exec(scope)) {
    if (m[1]) letters.push(m[1]);
  }
  return letters;
}

/** `Classified By:` value split into who and the normalised reasons (`['1.4(b)', '1.4(d)']`). */
export function classifiedBy(value: string): { by: string | null; reasons: string[] } {
  const text = value.replace(/\s+/g, ' ').trim();
  const reasons: string[] = [];
  const add = (code: string, letters: string[]) => {
    if (letters.length === 0 && !reasons.includes(`1.${code}`)) reasons.push(`1.${code}`);
    for (const letter of letters) {
      const reason = `1.${code}(${letter.toLowerCase()})`;
      if (!reasons.includes(reason)) reasons.push(reason);
    }
  };
  let cut = text.length;
  REASON_CODE.lastIndex = 0;
  for (let m = REASON_CODE.exec(text); m; m = REASON_CODE.exec(text)) {
    cut = Math.min(cut, m.index);
    add(m[1] as string, reasonLetters(text.slice(m.index + m[0].length)));
  }
  if (reasons.length === 0) {
    const only = LETTERS_ONLY.exec(text) ?? GUIDE_LETTERS.exec(text);
    if (only) {
      cut = only.index;
      add('4', (only[1] as string).match(/(?<![A-Za-z])[a-hA-H](?![A-Za-z])/g) ?? []);
    }
  }
  // Some lines name the reason with a word only after the officer (`REASON: 1.4 (d)` on its own line).
  const who = text
    .slice(0, cut)
    .replace(REASON_WORDS, '')
    .replace(ORDER_BEFORE_REASONS, '')
    .replace(/[ \t,;:]+$/, '')
    .replace(/[ \t,;:]+(?:PER|FOR|BY|UNDER)$/i, '')
    .replace(/#+$|(?<=[A-Za-z]{4})\.$/, '')
    // `Classified By: By Ambassador ...`: the label's last word typed twice.
    .replace(/^By[ \t]+/i, '')
    .trim();
  return { by: who || null, reasons };
}

/** True when a Classified By value has its reasons complete (a code and a closed letter list). */
export function reasonsComplete(value: string): boolean {
  const text = value.replace(/\s+/g, ' ').trim();
  // A dangling connector or a word cut at the line end (`1.4 (b) a` / `nd (d)`) continues on the next line.
  if (/(?:\b1[ \t]*\.|\(|,|&|\/|\band|\bor|\bfor|reasons?:?|[ \t][a-z]{1,2})$/i.test(text)) return false;
  return /\b1[ \t]*[./][ \t]*[45]\b/.test(text) || /\bDerived[ \t]+from\b/i.test(text);
}

// The 1990s form: `1. (U) CLASSIFIED BY <officer>. REASON: 1.5 (D).` opening the first paragraph.
// `1. (U) CLASSIFIED BY`, and after an old telegram's whole-text marking (`1. CONFIDENTIAL - ENTIRE TEXT.`).
const FIRST_PARAGRAPH_CLASSIFIED = new RegExp(
  String.raw`^\s*1[ \t]*\.[ \t]*(?:\([A-Z/]{1,8}\)[ \t]*)?(?:(?:${BANNER_WORDS_SOURCE})[ \t]*-[ \t]*ENTIRE[ \t]+TEXT[ \t]*\.?[ \t]*)?CLASSIFIED[ \t]+BY[ \t:]+([^\n]*(?:\n(?![ \t]*\n)[^\n]*){0,2})`,
  'i',
);

/** `Classified By` read from the opening of the first paragraph (`1. (U) CLASSIFIED BY ...`), up to its reasons. */
export function classifiedInFirstParagraph(head: string): { by: string | null; reasons: string[] } {
  const m = FIRST_PARAGRAPH_CLASSIFIED.exec(head);
  if (!m) return { by: null, reasons: [] };
  const text = (m[1] as string).replace(/\s+/g, ' ');
  // The sentence ends after the reasons (`1.5 (B) AND (D).`) or at the first full stop when none is given.
  const reasons = /\b1[ \t]*[./][ \t]*[45]\b[^.]*(?:\.(?=\S)[^.]*)*/.exec(text);
  const end = reasons ? reasons.index + reasons[0].length : (/\.(?:\s|$)/.exec(text)?.index ?? text.length);
  return classifiedBy(text.slice(0, end));
}
