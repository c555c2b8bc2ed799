// Judges whether a page's text is a cable, for the generic detector of unknown mirrors: weighs header fields,
// marked paragraph sequences, page-break headers and id lines. Scores only; never extracts or restructures text.
import { readMarking } from './markings';
import {
  BANNER_WORDS_SOURCE,
  LEVEL_TOKENS_SOURCE,
  SENDER_WORDS_SOURCE,
  SPACED_BANNER_SOURCE,
} from './vocabulary';

export interface CableScore {
  /** Sum of the signal weights, penalties included. */
  score: number;
  /** True when the text reads as one cable. */
  isCable: boolean;
  /** One short line per signal or penalty that counted, for logs and the decline message. */
  reasons: string[];
}

/** Score at or above which text is taken for a cable. */
export const CABLE_THRESHOLD = 6;
/** Lower bar for text whose marked paragraphs run in sequence: no penalty (a list of cables) took it below. */
const PARAGRAPH_RUN_SCORE = 4;

/** Work is capped: a cable's header and first paragraphs sit near its page's top, so 400 KB is plenty to judge. */
export const SCAN_LIMIT = 400_000;
const LINE_HEAD = 240;

// A banner line, in group 1. Other mirrors' tools glue the page's blocks with no separator, so the banner may run
// on from the last addressee line (`RUEATRS/DEPT OF TREASURY WASHDCUNCLAS SECTION 01 OF 10 OSLO 000123`): taken
// after a routing indicator only, so a banner word inside prose never counts. One pattern for both, as
// positiveSignalLines pays a pass over the text per pattern.
const BANNER = new RegExp(
  String.raw`^[ \t]*(?:(?:(?:TO|INFO)[ \t]+)?R[A-Z]{3,}\/[A-Z0-9 .&/-]{2,80}?[A-Z0-9](?=${BANNER_WORDS_SOURCE}|${SPACED_BANNER_SOURCE}))?((?:${BANNER_WORDS_SOURCE}|${SPACED_BANNER_SOURCE})(?:[ \t/]+[A-Z/ ]{0,40}?)?(?:[ \t]+SECTION[ \t]+\d{1,2}[ \t]+OF[ \t]+\d{1,2})?[ \t]+[A-Z][A-Z .]{1,30}?[ \t]+\d{3,8}\b)`,
);
const SECTION = /SECTION[ \t]+\d{1,2}[ \t]+OF[ \t]+\d{1,2}/;
// Loosely spelt headers are real cables too: `EO 12958 DECL:` without dots, `TAGS PGOV, PREL` without a colon
// (at a line start there, so the word in prose does not count). Telegrams of the 1970s and 1980s under E.O. 11652,
// 12065 and 12356 name their schedule instead (`GDS`, `XGDS-1`, `RDS-2`, `ADS`, `XDS`, `OADR`).
const DECLASSIFY_WORDS = String.raw`DECL|N\/A|NA\b|X?GDS|RDS|ADS|XDS|OADR`;
const EXEC_ORDER = new RegExp(
  String.raw`\bE\.?[ \t]?O\.?[ \t]?1[123]\d{3}[ \t]*:?[ \t]*((?:${DECLASSIFY_WORDS})[^\n]{0,24})`,
  'gi',
);
const TAGS = /(?:\bTAGS[ \t]*:|^[ \t]*TAGS[ \t]+(?=[A-Z]{2,6}\b))[ \t]*([A-Z]{2,6}\b[^\n]{0,80})/gm;
const SUBJECT = /^[ \t]*SUBJ(?:ECT)?[ \t]*:[ \t]*(\S[^\n]{0,40})/gim;
const CLASSIFIED_BY = /\bClassified[ \t]+By[ \t]*:/gi;
const ROUTING = new RegExp(
  String.raw`^[ \t]*(?:VZCZC[A-Z0-9]*|FM[ \t]+(?:${SENDER_WORDS_SOURCE})\b|TO[ \t]+RUE[A-Z]+\/)`,
  'gm',
);
// The three lines of a whole routing block, each at a line start: with the banner they are a cable's header even
// when the mirror shows no body after it (a header-only page is still a cable).
const ROUTING_LINES = [
  /^[ \t]*VZCZC[A-Z0-9]*/m,
  new RegExp(String.raw`^[ \t]*FM[ \t]+(?:${SENDER_WORDS_SOURCE})\b`, 'm'),
  /^[ \t]*TO[ \t]+RUE[A-Z]+\//m,
];
const PAGE_BREAK =
  /\b[A-Z]{3,}(?:[ \t][A-Z]{2,}){0,2}[ \t]\d{5,8}[ \t]{1,2}\d{3}(?:\.\d)?[ \t]+OF[ \t]+\d{3}\b/g;
const OLD_PAGE_BREAK = /^[ \t]*PAGE[ \t]+\d{2}[ \t]+[A-Z]{3,}(?:[ \t][A-Z]{2,}){0,2}[ \t]+\d{4,6}[ \t]/gm;
const ID_LINE = /^[ \t]*(?:(?:19|20)?\d{2})[A-Z]{3,}\d{1,8}(?:_[ab])?\b/;
const ISO_DATE = /\b(?:19|20)\d{2}-\d{2}-\d{2}\b/;
const REFERENCE_ID_LABEL = /\bReference[ \t]+ID\b/i;
/** A numbered paragraph opening with a marking (`3. (C)`, `4. SECRET - ENTIRE TEXT`), its number as `number`. */
const numberedSource = (number: string) =>
  String.raw`(?:^|[.!?"'])[ \t]*¶?(${number})\.[ \t]*(?=\(|(?:${BANNER_WORDS_SOURCE}|${LEVEL_TOKENS_SOURCE})[ \t]*-[ \t]*ENTIRE)`;
const numberedPlainSource = (number: string) => String.raw`^[ \t]*¶?(${number})\.[ \t]+[A-Z]`;
const NUMBERED = new RegExp(numberedSource(String.raw`\d{1,2}`), 'gm');
const NUMBERED_PLAIN = new RegExp(numberedPlainSource(String.raw`\d{1,2}`), 'gm');

function countMatches(pattern: RegExp, text: string, cap = 50): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < cap && pattern.exec(text)) n++;
  return n;
}

/** Distinct values of a field (group 1, keyed by `key`): a page may show one cable twice, a list shows many. */
function distinctFields(pattern: RegExp, text: string, key: (value: string) => string): number {
  pattern.lastIndex = 0;
  const seen = new Set<string>();
  let n = 0;
  for (let m = pattern.exec(text); m && n < 200; m = pattern.exec(text), n++) seen.add(key(m[1] ?? ''));
  return seen.size;
}

const tagSet = (v: string) => [...new Set(v.match(/\b[A-Z]{2,6}\b/g) ?? [])].sort().join(' ');
const squash = (v: string) => v.toUpperCase().replace(/[^A-Z0-9]+/g, '');

/** Longest run of paragraph numbers going up by one, taken from numbers whose text starts as `pattern` wants. */
function longestRun(
  pattern: RegExp,
  text: string,
  accept: (at: number) => boolean,
): { run: number; hits: number } {
  pattern.lastIndex = 0;
  let best = 0;
  let run = 0;
  let last = -1;
  let hits = 0;
  for (let m = pattern.exec(text); m && hits < 400; m = pattern.exec(text)) {
    if (!accept(m.index + m[0].length)) continue;
    hits++;
    const n = Number(m[1]);
    // Real cables skip a number now and then; a restart at 1 begins a new run; anything else is not a step.
    if (n === 1) run = 1;
    else if (last > 0 && n > last && n <= last + 2) run++;
    else continue;
    last = n;
    best = Math.max(best, run);
  }
  return { run: best, hits };
}

interface Lines {
  /** Distinct banner lines. */
  banner: number;
  idLines: Set<string>;
  metadataLine: boolean;
}

function scanLines(text: string): Lines {
  const result: Lines = { banner: 0, idLines: new Set(), metadataLine: false };
  const banners = new Set<string>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, Math.min(end, start + LINE_HEAD));
    const banner = BANNER.exec(line)?.[1];
    // Sections of one cable repeat its banner with another SECTION number: one cable, one key.
    if (banner && banners.size < 100) banners.add(squash(banner.replace(SECTION, ' ')));
    const id = ID_LINE.exec(line);
    if (id && result.idLines.size < 100) {
      result.idLines.add(id[0].trim());
      if (ISO_DATE.test(line)) result.metadataLine = true;
    }
    start = end + 1;
  }
  result.banner = banners.size;
  return result;
}

// Every cable cableScore accepts holds one of these: a classification word, an E.O. or TAGS line, a routing line,
// or a portion marking (a page that numbers its paragraphs with list markup, as Markdown does, has the marking in
// its text but not the number). Capitals as the cables write them; a marking's level as readMarking takes it (any
// level in capitals, the short ones in lower case too). Looked for in a page's raw text, where the read text's
// spaces may be any whitespace or none (the tab between two table cells is no character of the page's), and the
// banner words as their clipped forms show them (`E C R E T`, `O N F I D E N T I A L`).
const LOOSE_BANNER_WORD = String.raw`E\s*C\s*R\s*E\s*T|O\s*N\s*F\s*I\s*D\s*E\s*N\s*T\s*I\s*A\s*L|U\s*N\s*C\s*L\s*A\s*S|LIMITED\s*OFFICIAL\s*USE`;
const ANY_SIGNAL = new RegExp(
  String.raw`\(\s*(?:SBU|LOU|TS|U|C|S|sbu|lou|ts|u|c|s)(?![A-Za-z0-9.])|\bE\.?\s*O\.?\s*1[123]\d{3}|TAGS|VZCZC|\bFM|${LOOSE_BANNER_WORD}|ENTIRE\s*TEXT`,
);

// The structure cableScore requires of a cable, each looked for as loosely: two kinds of header line (a banner,
// with its origin and serial; an E.O. line with its declassification; a TAGS line; a routing line), or two portion
// markings for a run of marked paragraphs.
const HEADER_KINDS = [
  new RegExp(String.raw`(?:${LOOSE_BANNER_WORD})[A-Z\d/.\s]*?\d{3}`),
  new RegExp(String.raw`E\.?\s*O\.?\s*1[123]\d{3}\s*:?\s*(?:${DECLASSIFY_WORDS})`, 'i'),
  /TAGS\s*:?\s*[A-Z]{2}/,
  new RegExp(String.raw`VZCZC|FM\s*(?:${SENDER_WORDS_SOURCE})|TO\s*RUE[A-Z]+\/`),
];
const MARKING_OPENING =
  /\(\s*(?:top secret|secret|confidential|unclassified|unclas|sensitive but unclassified|limited official use|sbu|lou|ts|s|c|u)(?![a-z0-9.])|ENTIRE\s*TEXT/gi;

/**
 * Paragraph 1 opening with a marking, loosely: a run of marked paragraphs counts from 1 only. Any digit may stand
 * before it: a code viewer's gutter runs its line number into the text (`341. (SBU)` is line 34's `1. (SBU)`).
 */
const FIRST_MARKED = /1\.\s*(?:\(|[A-Z][A-Z \t]*-\s*ENTIRE)/;

/**
 * A cheap first look, linear: false when `text` (a page's raw text, or one of its blocks) cannot hold a cable,
 * having no cable signal at all, or neither two kinds of header line nor two portion markings with paragraph 1
 * among them, so that no part of it can be one and it can be passed over unscored. `listNumbered`: the page has
 * list markup (`<ol>`) whose numbers the read text holds and the raw text lacks; any two markings then do.
 */
export function mayHoldCable(text: string, listNumbered = false): boolean {
  if (!ANY_SIGNAL.test(text)) return false;
  if (HEADER_KINDS.filter((kind) => kind.test(text)).length >= 2) return true;
  MARKING_OPENING.lastIndex = 0;
  const twoMarkings = MARKING_OPENING.exec(text) !== null && MARKING_OPENING.exec(text) !== null;
  return twoMarkings && (listNumbered || FIRST_MARKED.test(text));
}

// What any of cableScore's signals and penalties needs, loosely: text with none of these scores 0 without the
// full count. Most lines of a page written a line to an element are such text.
const ANY_SCORED =
  /O ?N ?F|E ?C ?R ?E ?T|U ?N ?C ?L ?A ?S|LIMITED[ \t]+OFFICIAL|TAGS|VZCZC|FM[ \t]|TO[ \t]+RUE|[ \t]OF[ \t]+\d{3}|PAGE[ \t]+\d{2}|\d{2}[A-Z]{3,}\d|\d\.[ \t]*[(A-Z]/;
const ANY_SCORED_ANY_CASE = /E\.?[ \t]?O\.?[ \t]?1[123]\d{3}|SUBJ|Classified[ \t]+By/i;

/**
 * True when `text` holds nothing cableScore counts: it scores 0, and whole lines of it joined to another text
 * (under SCAN_LIMIT) leave that text's score as it was. Every pattern of cableScore stays within a line.
 */
export function scoresNothing(text: string): boolean {
  return !ANY_SCORED.test(text) && !ANY_SCORED_ANY_CASE.test(text);
}

// Where cableScore's positive signals can stand, each as cableScore's own pattern, within one line: a banner line,
// an E.O., TAGS, SUBJECT, Classified By, routing or page-break line, a line opening with a cable id, and the
// paragraph 1 a run of numbered paragraphs starts at (a run counts from 1 only).
// Each looked for on its own: one alternation of them all was four times slower (V8 cannot skip ahead for it).
const POSITIVE_LINES = [
  BANNER.source,
  TAGS.source,
  ROUTING.source,
  PAGE_BREAK.source,
  OLD_PAGE_BREAK.source,
  ID_LINE.source,
  numberedSource('0?1'),
  numberedPlainSource('0?1'),
]
  .map((source) => new RegExp(source, 'gm'))
  .concat([EXEC_ORDER, SUBJECT, CLASSIFIED_BY].map((pattern) => new RegExp(pattern.source, 'gim')));

/**
 * Offsets into `text`, in order, of the lines holding a match of one of cableScore's positive signals. A text made
 * of whole lines of `text` with none of these offsets among its lines scores 0 or less: it needs no scoring to
 * know it has no cable signal. Linear in the text; one pass for a page of thousands of elements.
 */
export function positiveSignalLines(text: string): number[] {
  const lines = new Set<number>();
  for (const pattern of POSITIVE_LINES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      lines.add(text.lastIndexOf('\n', m.index) + 1);
      // The next match is looked for on the next line: one offset per line is all a caller needs.
      const end = text.indexOf('\n', m.index + m[0].length);
      if (end < 0) break;
      pattern.lastIndex = end + 1;
    }
  }
  return [...lines].sort((a, b) => a - b);
}

/**
 * Judges whether `text` (a page's visible text) is a cable. Linear in the text and capped at 400 KB, so 5 MB of
 * unrelated text or one 1 MB line is cheap. Declines news articles quoting a paragraph, id indexes, search results
 * and threads: those lack a header cluster or a run of marked paragraphs, or show many cables at once.
 */
export function cableScore(text: string): CableScore {
  const scan = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  if (scoresNothing(scan)) return { score: 0, isCable: false, reasons: [] };
  const reasons: string[] = [];
  let score = 0;
  const add = (weight: number, reason: string) => {
    score += weight;
    reasons.push(`${weight > 0 ? '+' : ''}${weight} ${reason}`);
  };

  const lines = scanLines(scan);
  const execOrders = distinctFields(EXEC_ORDER, scan, squash);
  const tags = distinctFields(TAGS, scan, tagSet);
  const subjects = distinctFields(SUBJECT, scan, squash);
  const routing = countMatches(ROUTING, scan);
  const pageBreaks = countMatches(PAGE_BREAK, scan) + countMatches(OLD_PAGE_BREAK, scan);
  const marked = longestRun(NUMBERED, scan, (at) => readMarking(scan.slice(at, at + 80)) !== null);
  const plain = longestRun(NUMBERED_PLAIN, scan, () => true);

  if (lines.banner > 0) add(3, 'classification banner line');
  if (execOrders > 0) add(3, 'E.O. declassification line');
  if (tags > 0) add(2, 'TAGS line');
  if (subjects > 0) add(1, 'SUBJECT line');
  if (countMatches(CLASSIFIED_BY, scan, 1) > 0) add(1, 'Classified By line');
  if (routing > 0 && ROUTING_LINES.every((line) => line.test(scan)))
    add(3, 'whole routing header (VZCZC, FM, TO)');
  else if (routing > 0) add(2, 'routing header (VZCZC, FM, TO)');
  if (pageBreaks > 0) add(pageBreaks > 1 ? 3 : 2, `${pageBreaks} page-break header(s)`);
  if (lines.metadataLine && lines.idLines.size <= 2) add(3, 'reference id line with a date');
  else if (lines.idLines.size === 1 && REFERENCE_ID_LABEL.test(scan)) add(2, 'reference id line');
  if (marked.run >= 3) add(4, `${marked.run} marked paragraphs in sequence`);
  else if (marked.run === 2) add(lines.banner > 0 ? 3 : 2, 'two marked paragraphs in sequence');
  else if (marked.run === 1) add(1, 'one marked paragraph');
  if (plain.run >= 3) add(1, `${plain.run} numbered paragraphs in sequence`);

  // Many cables on one page: an index, a search-results list or a digest, not one cable to read.
  if (lines.idLines.size >= 5)
    add(-8, `${lines.idLines.size} lines start with a cable id (a list of cables)`);
  if (Math.max(execOrders, tags, subjects, lines.banner) >= 4) {
    add(-8, 'several cables’ headers (a list or search page)');
  }
  // A cable needs structure: a header cluster or a run of marked paragraphs, not scattered mentions.
  const header = Number(lines.banner > 0) + Number(execOrders > 0) + Number(tags > 0) + Number(routing > 0);
  // A run of marked paragraphs (or two behind the site's id-and-date line, or behind a banner naming origin and
  // serial, `S E C R E T OSLO 000123`) is a cable on its own: mirrors and reposts that reflowed the text keep it
  // even when they dropped the routing header and the TAGS/E.O. lines.
  const paragraphRun = marked.run >= 3 || ((lines.metadataLine || lines.banner > 0) && marked.run >= 2);
  const structured = header >= 2 || paragraphRun;
  if (!structured && score > 0) reasons.push('no header cluster and no run of marked paragraphs');
  const enough = score >= CABLE_THRESHOLD || (paragraphRun && score >= PARAGRAPH_RUN_SCORE);

  return { score, isCable: structured && enough, reasons };
}
