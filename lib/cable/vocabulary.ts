// The cable vocabulary in one table (as Readability keeps its REGEXPS): classification words and levels, handling
// words, header field labels and their misspellings, page-break header shapes, post names and aliases. Data only:
// rules import from here and decide; nothing here reads a text. TOP SECRET is in every list that knows SECRET.
import { CORPUS_POSTS } from './header/posts.generated';
import type { Level, Precedence } from './types';

// ---- Classification levels ----

/** Classification levels, lowest to highest. */
export const LEVELS: readonly Level[] = ['U', 'SBU', 'C', 'S', 'TS'];

/** Each level's banner words as cables write them (the SBU level as the Department's own old name). */
export const LEVEL_BANNER: Readonly<Record<Level, string>> = {
  U: 'UNCLASSIFIED',
  SBU: 'LIMITED OFFICIAL USE',
  C: 'CONFIDENTIAL',
  S: 'SECRET',
  TS: 'TOP SECRET',
};

/** Level names for the view and popup (sentence case: `Top secret`, `Sensitive but unclassified`). */
export const LEVEL_NAMES: Readonly<Record<Level, string>> = {
  U: 'Unclassified',
  SBU: 'Sensitive but unclassified',
  C: 'Confidential',
  S: 'Secret',
  TS: 'Top secret',
};

/** Banner and marking words to their short level token (`LOU` stays apart from `SBU` in normalised markings). */
export const LEVEL_WORDS: Readonly<Record<string, string>> = {
  'TOP SECRET': 'TS',
  SECRET: 'S',
  CONFIDENTIAL: 'C',
  UNCLASSIFIED: 'U',
  UNCLAS: 'U',
  'SENSITIVE BUT UNCLASSIFIED': 'SBU',
  'LIMITED OFFICIAL USE': 'LOU',
};

/** Short level tokens to their level. */
export const LEVEL_OF: Readonly<Record<string, Level>> = {
  U: 'U',
  SBU: 'SBU',
  LOU: 'SBU',
  C: 'C',
  S: 'S',
  TS: 'TS',
};

/** Level tokens of portion markings as a regex alternation (`(U)`, `(SBU)`, `(TS)`). */
export const LEVEL_TOKENS_SOURCE = LEVELS.join('|');

/** Banner words as a regex alternation, longest first (`TOP SECRET` before `SECRET`). */
export const BANNER_WORDS_SOURCE =
  'TOP[ \\t]+SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|UNCLAS|LIMITED[ \\t]+OFFICIAL[ \\t]+USE';

/**
 * A banner as the letters-only form compares it (spaced `C O N F I D E N T I A L`, doubled `SS E C R E T`,
 * misspelt `CONFIDENTAL`, the archive's clipped `E C R E T` and `O N F I D E N T I A L`), first match wins: TOP SECRET before SECRET, UNCLAS SENSITIVE before UNCLAS.
 */
export const BANNER_LETTERS: ReadonlyArray<readonly [RegExp, Level]> = [
  [/^TOPSECRET/, 'TS'],
  [/^S{0,2}ECRET/, 'S'],
  [/^C{0,2}ONFI?DENT?I?AL/, 'C'],
  [/^(?:UNCLAS(?:SIFIED)?SENSITIVE|SENSITIVEBUTUNCLASSIFIED|LIMITEDOFFICIALUSE)/, 'SBU'],
  [/^UNCL?ASS?/, 'U'],
];

/** A banner in the spaced-letter forms of classification lines (`T O P S E C R E T`, `S E C R E T`). */
export const SPACED_BANNER_SOURCE =
  'T ?O ?P S ?E ?C ?R ?E ?T|S{0,2} ?E ?C ?R ?E ?T|C{0,2} ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|U ?N ?C ?L ?A ?S(?:SIFIED)?|LIMITED OFFICIAL USE';

/** The same banners spaced letter by letter in any case (`S e c r e t`, `C o n f i d e n t i a l`). */
export const SPACED_ANY_CASE_SOURCE =
  '[Tt] [Oo] [Pp] [Ss] [Ee] [Cc] [Rr] [Ee] [Tt]|[Ss] [Ee] [Cc] [Rr] [Ee] [Tt]|[Cc] [Oo] [Nn] [Ff] [Ii] [Dd] [Ee] [Nn] [Tt] [Ii] [Aa] [Ll]';

/** Prefixes the archive glues before a post in its malformed ids and class lines (`EFTO`, `AMEMBASSY`). */
export const ID_PREFIX_WORDS: readonly string[] = [
  'AMEMBASSY',
  'AMCONSUL',
  'AMCONGEN',
  'USMISSION',
  'EFTO',
  'SIPDIS',
  'NOFORN',
  'SPECAT',
];

// ---- Caveats and handling words ----

/**
 * Caveats of a portion marking as written, to their normalised token (`''`: adds nothing). Their meanings in
 * words are interface text: messages, named in lib/i18n/marking-meaning.ts.
 */
export const CAVEATS: Readonly<Record<string, string>> = {
  NF: 'NF',
  // `(SBU/N)`: the archive's clipped NOFORN.
  N: 'NF',
  NOFORN: 'NF',
  FOUO: 'FOUO',
  'FOR OFFICIAL USE ONLY': 'FOUO',
  ORCON: 'ORCON',
  OC: 'ORCON',
  PROPIN: 'PROPIN',
  NOCONTRACT: 'NOCONTRACT',
  RELIDO: 'RELIDO',
  IMCON: 'IMCON',
  SCI: 'SCI',
  SI: 'SI',
  TK: 'TK',
  HCS: 'HCS',
  NODIS: 'NODIS',
  EXDIS: 'EXDIS',
  LIMDIS: 'LIMDIS',
  // `(C - ENTIRE TEXT)`: says the whole text carries the level; nothing to add to the normalised form.
  'ENTIRE TEXT': '',
};

/** Caveats that may follow the banner on a classification line (`SECRET NOFORN SECTION 01 OF 02 FOO 123`). */
export const LINE_CAVEATS_SOURCE =
  'NOFORN|NF|FOUO|FOR OFFICIAL USE ONLY|SENSITIVE|EFTO|NODIS|EXDIS|LIMDIS|SPECAT';

/** Caveats after `//` in a metadata line's classification (`SECRET//NOFORN`). */
export const METADATA_CAVEATS_SOURCE = 'NOFORN|FOR OFFICIAL USE ONLY|FGI|ORCON|NF|FOUO';

/**
 * Handling and distribution words a header line may hold alone (`SIPDIS`, `NOFORN`, `EXDIS`, `EFTO`), as one
 * anchored alternation; never tags, never addressees.
 */
export const HANDLING_WORDS =
  /^(?:SIPDIS|NOFORN|NOFORN\/NOCONTRACT|SENSITIVE|AIDAC|NODIS|EXDIS|LIMDIS|STADIS|CHEROKEE|ROGER|TERREP|EFTO|SPECAT|NOCONTRACT|ORCON|PROPIN|FOUO|FGI|CORRECTED[ \t]+COPY|NOT[ \t]+FOR[ \t]+(?:PUBLIC[ \t]+)?INTERNET(?:[ \t]+DISTRIBUTION)?|FOR[ \t]+OFFICIAL[ \t]+USE[ \t]+ONLY|RELEASABLE[ \t]+TO[ \t]+[A-Z ,]+|WEBGRAM[ \t]+EXCLUDED(?:[ \t]+ONLY)?)$/;

/** Single words that are handling or banner words and so never a TAGS code, however they reach the TAGS line. */
export const NOT_TAG_WORDS: ReadonlySet<string> = new Set([
  'SIPDIS',
  'NOFORN',
  'NODIS',
  'EXDIS',
  'LIMDIS',
  'STADIS',
  'EFTO',
  'SPECAT',
  'ORCON',
  'FOUO',
  'SECRET',
  'TOP',
  'CONFIDENTIAL',
  'UNCLASSIFIED',
  'UNCLAS',
  'LIMITED',
  'OFFICIAL',
  'USE',
  'PAGE',
  'SECTION',
  'SUBJECT',
  'SUBJ',
  'REF',
  'REFS',
  'CLASSIFIED',
  'END',
  'SENSITIVE',
]);

/** TAGS codes as the archive misspells them, to the code (`MOPPS`, `UNDESCO`), and words a typist split. */
export const TAG_TYPOS: Readonly<Record<string, string>> = {
  MOPPS: 'MOPS',
  UNDESCO: 'UNESCO',
  'COUNTER TERRORISM': 'COUNTERTERRORISM',
  'COUNTER-TERRORISM': 'COUNTERTERRORISM',
};

// ---- Header field labels ----

/** Header fields the cable's own header holds. */
export type FieldKind = 'eo' | 'tags' | 'subject' | 'ref' | 'classifiedBy' | 'declassifyOn';

/**
 * Field labels as cables write them, misspellings included, each a regex matched at a line's start whose match
 * ends where the value begins. `TAGS` and `SUBJECT` without their colon are checked further by the reader.
 */
export const FIELD_LABELS: ReadonlyArray<readonly [RegExp, FieldKind]> = [
  [/^[ \t]*E\.?[ \t]?[O0]\.?[ \t]?(1[123]\d{3})\b[ \t]*:?[ \t]*/i, 'eo'],
  // `TAGS:`, `TAG:`, `TAGS;`, `TAGS,`, and the archive's typos `TAS:`, `TABS:`, `TGS:`, `TAGES:`, `AGS:`.
  [/^[ \t]*(?:TAGS?\b[ \t]*[:;,]?|(?:TAS|TABS|TGS|TAGES|AGS|TAGSS|TGAS)[ \t]*[:;])[ \t]*/i, 'tags'],
  // `SUBJECT:`, `SUBJ:`, `SUBJECT` alone before capitals, and typos `UBJECT:`, `SUBJET:`, `SUBECT:`, `SUJBECT:`.
  [
    /^[ \t]*(?:SUBJ(?:ECT)?|UBJECT|SUBJET|SUBECT|SUJBECT|SUBJEC|SBJECT)[ \t]*(?:[:.;][ \t]*|(?=[ \t]+[A-Z(]))/i,
    'subject',
  ],
  // `REF:`, `REFS:`, `REFTEL:`, `Ref(s):`, `REF.`, `REFERENCE:`, and `REF A.` / `REF A)` / `REF A:` / `REF B LONDON 12`
  // without a colon.
  [
    /^[ \t]*(?:PROGRAM[ \t]+)?(?:REF(?:S|TEL|TELS|\(S\))?|REFERENCES?)(?:[ \t]*[:;.][ \t]*|[ \t]+(?=\(?[A-Za-z][.):][ \t]|(?:[A-Z][ \t]+)?[A-Z]+(?:[ \t]+[A-Z]+){0,3}[ \t]+\d))/i,
    'ref',
  ],
  // A portion-marked `(U) Classified by:` line is still the header's.
  [/^[ \t]*(?:\((?:U|SBU|C|S|TS)\)[ \t]*)?Classified[ \t]+By\b[ \t]*:?[ \t]*/i, 'classifiedBy'],
  // `Derived from: DSCG 05-1 B, D`: a derivative classification names its guide instead of an officer; the
  // value keeps its label, as `Classified By: Derived from Multiple Sources` writes it.
  [/^[ \t]*(?=Derived[ \t]+From[ \t]*:)/i, 'classifiedBy'],
  [/^[ \t]*Declassify[ \t]+On[ \t]*:[ \t]*/i, 'declassifyOn'],
];

/**
 * Field labels that may start mid-line in the flattened style; the reader splits lines before them. A marked
 * first paragraph run on after the reasons (`REASON: 1.4 (b), (d) 1. (C) Summary: ...`) starts a piece too, so
 * the header reader stops there and the paragraph stays body. `PROGRAM REF:` is one label.
 */
export const INLINE_FIELD =
  /(?<!^[ \t]*PROGRAM)[ \t](?=E\.?[ \t]?[O0]\.?[ \t]?1[123]\d{3}\b|TAGS?[ \t]*:|SUBJ(?:ECT)?[ \t]*:|REF(?:S|TEL|\(S\))?[ \t]*:|Classified[ \t]+By\b)|(?<=\S)[ \t](?=\d{1,2}\.[ \t]{1,2}\((?:U|SBU|C|S)(?:[/ ][^)]{0,30})?\))/gi;

// ---- Page-break header shapes (data; page-breaks/ owns their removal) ----

/** An origin in a page-break header: one to five capitalised words (`LA PAZ`, `USUN NEW YORK`). */
export const PAGE_ORIGIN_SOURCE = "[A-Z][A-Z.'()/-]*(?: [A-Z][A-Z.'()/-]*){0,4}";

/** Page-break header shapes, as regex sources over a single line. */
export const PAGE_BREAK_SHAPES = {
  /** `VALLETTA 00000321 002 OF 004`, `LA PAZ 00000906  001.2 OF 003` alone on a line. */
  modern: String.raw`^[ \t]*[A-Z][A-Z .'-]{1,40}?[ \t]\d{5,8}[ \t]{1,3}\d{3}(?:\.\d)?[ \t]+OF[ \t]+\d{3}[ \t]*$`,
  /** `PAGE 02 MASERU 04411 01 OF 02 121530Z`, possibly followed by text on the same line. */
  old: String.raw`^[ \t]*PAGE[ \t]+\d{2,3}[ \t]+[A-Z][A-Z .'-]{1,40}?[ \t]+\d{4,6}[ \t]+(?:\d{2}[ \t]+OF[ \t]+\d{2}[ \t]+)?\d{6}Z[ \t]*`,
  /** `PAGE 01   STATE  123456` alone on a line (PlusD header pages). */
  oldBare: String.raw`^ *PAGE {1,4}\d{2,3} {1,10}${PAGE_ORIGIN_SOURCE} {1,4}\d{4,6} *$`,
  /** Origin and serial at a header's start, with or without `PAGE NN`: captures origin and serial. */
  id: String.raw`^[ \t]*(?:PAGE[ \t]+\d{1,3}[ \t]+)?([A-Z][A-Z'.-]*(?:[ \t][A-Z][A-Z'.-]*){0,4})[ \t]+(\d{3,8})[ \t]+\d{2,3}(?:\.\d)?[ \t]+OF[ \t]+\d{2,3}\b`,
} as const;

// ---- Routing ----

/** The sender's office words of an FM line (`FM AMEMBASSY OSLO`, `FM SECSTATE WASHDC`). */
export const SENDER_WORDS_SOURCE = 'AMEMBASSY|AMEMB|AMCONSUL|AMCONGEN|USMISSION|SECSTATE';

/** Precedence words of routing lines, highest first. */
export const PRECEDENCES: readonly Precedence[] = [
  'FLASH',
  'NIACT IMMEDIATE',
  'IMMEDIATE',
  'PRIORITY',
  'ROUTINE',
];

/** The one-letter precedence prosigns of a date-time group line (`O 101200Z`, `P R 011200Z`). */
export const PRECEDENCE_SIGNS: Readonly<Record<string, Precedence>> = {
  Z: 'FLASH',
  O: 'IMMEDIATE',
  P: 'PRIORITY',
  R: 'ROUTINE',
};

/**
 * Teletype prosign lines (`BT`, the break between heading and text; `NNNN`, the end of message; `#1234`, the
 * channel's sequence number): framing, never an addressee.
 */
export const PROSIGN_LINE = /^[ \t]*(?:BT|NNNN|#\d{1,6})[ \t]*$/;

/** An office's words before its post in a mirror's origin (`Embassy Oslo`, `Consulate General Foo`), any case. */
export const OFFICE_WORDS_SOURCE = String.raw`(?:(?:American|US|U\.S\.)[ \t]+)?(?:Embassy|Consulate(?:[ \t]+General)?|Mission|Interests[ \t]+Section|Liaison[ \t]+Office|Office|Delegation|AMEMBASSY|AMCONSUL|AMCONGEN|USMISSION)`;

/** The Department's names as a mirror's origin writes them (`Secretary of State`, `SECSTATE WASHDC`), any case. */
export const DEPARTMENT_NAMES_SOURCE = String.raw`Secretary[ \t]+of[ \t]+State|Department[ \t]+of[ \t]+State|SECSTATE(?:[ \t]+WASHDC)?`;

// ---- Posts ----

/**
 * Written post names and aliases to the post as ids spell it: the Department's `SECSTATE` (and its typos),
 * short forms cables cite by (`HCMC`, `RIO`, `USUN`), and names whose id form drops words (`MEXICO CITY` is
 * `MEXICO`). Keys and values are letters only. The names the corpus's own ids show are in posts.generated.ts.
 */
export const POST_ALIASES: Readonly<Record<string, string>> = {
  SECSTATE: 'STATE',
  SECTSTATE: 'STATE',
  SECSTAT: 'STATE',
  SECSATE: 'STATE',
  SECSTATEWASHDC: 'STATE',
  USUN: 'USUNNEWYORK',
  USUNNY: 'USUNNEWYORK',
  USUNNEWYORKCITY: 'USUNNEWYORK',
  UNVIE: 'UNVIEVIENNA',
  USUNVIE: 'UNVIEVIENNA',
  USMISSIONUNVIE: 'UNVIEVIENNA',
  USMISSIONUSNATO: 'USNATO',
  USNATOBRUSSELS: 'USNATO',
  USMISSIONGENEVA: 'GENEVA',
  USMISSIONUSUN: 'USUNNEWYORK',
  HCMC: 'HOCHIMINHCITY',
  HK: 'HONGKONG',
  HOCHIMINH: 'HOCHIMINHCITY',
  RIO: 'RIODEJANEIRO',
  RIODEJAN: 'RIODEJANEIRO',
  MEXICOCITY: 'MEXICO',
  VATICANCITY: 'VATICAN',
  HOLYSEE: 'VATICAN',
  KUWAITCITY: 'KUWAIT',
  GUATEMALACITY: 'GUATEMALA',
  PANAMACITY: 'PANAMA',
  PAP: 'PORTAUPRINCE',
  BAGHDADIRAQ: 'BAGHDAD',
  SAOPAULOBRAZIL: 'SAOPAULO',
  USINTHAVANA: 'HAVANA',
  USINT: 'HAVANA',
  IRANRPODUBAI: 'RPODUBAI',
  IRPODUBAI: 'RPODUBAI',
  DUBAIRPO: 'RPODUBAI',
  DUBAIIRPO: 'RPODUBAI',
  NDELHI: 'NEWDELHI',
  TELAVIVISRAEL: 'TELAVIV',
};

/**
 * Posts by their letters-only written forms: the hand-kept aliases over every post name the corpus shows
 * (each id's origin, the table's origin name, the text's classification line and FM line).
 */
export const POSTS: ReadonlyMap<string, string> = new Map([
  ...Object.entries(CORPUS_POSTS),
  ...Object.entries(POST_ALIASES),
]);

// ---- Dates ----

/** Month names and abbreviations (first three letters) to `MM`. */
export const MONTHS: Readonly<Record<string, string>> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
};

/** Weekday names as a regex alternation (`Tue`, `Tuesday`), for the dates conversion tools write. */
export const WEEKDAYS_SOURCE = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}';

// ---- The message's end ----

/**
 * A line that only closes the message, after the signature or a metadata tail: `NNNN`, `End Cable Text`, a banner,
 * a stray `>` or `.`, other mirrors' end marks (`@@@OASYS@@@`, `=====CABLE ENDS=====`, a rule of dashes), and the
 * State Department's review stamp that the archive prints under old telegrams, whole or wrapped after `EO`.
 */
export const CLOSING_LINE =
  /^ *(?:N{3,4}|BT|[#>.]+|End Cable Text|[A-Z]{0,6}VZCZC?[A-Z]{0,6}|(?:UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?:\/\/[A-Z/ ]+)?|-{3,}|@@@OASYS@@@|=+ *CABLE ENDS *=+|Declassified\/Released US Department of State(?: EO)?(?: Systematic Review \d{1,2} [A-Z]{3} \d{4})?|(?:EO )?Systematic Review \d{1,2} [A-Z]{3} \d{4}) *$/i;

// ---- Redactions ----

/**
 * A run of X the publisher put in place of a name, as a regex source: four or more, standing alone, is never a
 * word or numeral. Some wrote them in lower case (`xxxxxxxxxxxx`) and some glued them to the word before
 * (`contactXXXXXXXXXXXX`): capitals after a lower-case letter are no word either (`XXXXth` and `EXXON` stay words).
 */
export const REDACTION_SOURCE = '(?<![A-Za-z])(?:X{4,}|x{4,})(?![A-Za-z])|(?<=[a-z])X{4,}(?![A-Za-z])';
