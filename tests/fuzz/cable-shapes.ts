// Random cable-shaped texts for the pipeline fuzz: lines drawn from the forms cables use (banners, page-break
// headers, numbered and marked paragraphs, REF items, lists, rules, redactions, signatures) mixed with noise and
// hostile strings, so the pipeline's rules run on odd combinations. Invented strings only; no corpus text.
import fc from 'fast-check';
import { anyText, HOSTILE_CHARS, PAYLOADS } from './mutations';

const MARKINGS = [
  'U',
  'SBU',
  'C',
  'S',
  'S/NF',
  'S//NF',
  'C//REL NATO',
  'U//FOUO',
  'c',
  'C NF',
  'S-NF',
  'U.S.',
  'Comment:',
  '',
];
const WORDS = [
  'the',
  'minister',
  'said',
  'on',
  'June',
  'USD',
  '2.6',
  'billion',
  'End',
  'Comment.',
  'SIPDIS',
  'ZEMBLA',
];

const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' '));
const hostile = fc.oneof(fc.constantFrom(...PAYLOADS), fc.constantFrom(...HOSTILE_CHARS), anyText(30));

const line: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'C O N F I D E N T I A L SECTION 01 OF 02 ZEMBLA 000123',
    'UNCLAS ZEMBLA 000123',
    'S E C R E T STATE 012345',
    'ZEMBLA 00000123  002 OF 002',
    'LA PAZ 00000906 002 OF 003',
    'OTTAWA 00000918  001.2 OF 003',
    'PAGE 02 ZEMBLA 06677 01 OF 03 291400Z',
    'PAGE 02  ATHENS 02959  171944Z',
    'SIPDIS',
    'E.O. 12958: DECL: 03/14/2019',
    'TAGS: PREL PGOV ECON ZM',
    'SUBJECT: ZEMBLA: HARBOUR CONCESSION',
    'REF: A. ZEMBLA 101',
    '     B. 08 ZEMBLA 99',
    'Classified By: Ambassador A. Nonymous for reasons 1.4 (b) and (d).',
    'BEGIN SUMMARY',
    'END SUMMARY',
    'Comment:',
    'End Comment.',
    '-------',
    'Summary',
    'XXXXXXXXXXXX',
    'NONYMOUS',
    'VZCZCXRO1234',
    'FM AMEMBASSY ZEMBLA',
    'TO RUEHC/SECSTATE WASHDC PRIORITY 1234',
    '09ZEMBLA123 2009-03-14 12:00:00 CONFIDENTIAL Embassy Zembla',
    '\u00b62007.',
    '',
  ),
  fc
    .tuple(fc.integer({ min: 0, max: 120 }), fc.constantFrom(...MARKINGS), words)
    .map(([n, m, w]) => `${n}. ${m ? `(${m}) ` : ''}${w}`),
  fc
    .tuple(fc.constantFrom('A', 'B', 'i', 'ii', '(a)', '(b)', '--', '-'), words)
    .map(([l, w]) => `${l}${l.length > 2 ? '' : '.'} ${w}`),
  fc
    .tuple(fc.constantFrom('REF: ', '     C. ', 'SUBJECT: ', 'TAGS: ', '1. (C) ', ''), hostile)
    .map(([p, h]) => p + h),
  words,
  anyText(60),
);

/** A text of cable-form lines joined by line breaks, blank lines or spaces (flattened text). */
export const cableShapedText: fc.Arbitrary<string> = fc
  .tuple(fc.array(line, { maxLength: 60 }), fc.constantFrom('\n', '\n\n', ' ', '\r\n', '\n \n'))
  .map(([lines, joiner]) => lines.join(joiner));
