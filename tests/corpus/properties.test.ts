// Property-based checks with fast-check. Corpus cables, re-wrapped at random widths, with page-break headers
// inserted at random line ends and `¶` markers added or dropped, keep every block's label, marking and text.
// Pathological inputs finish and never throw. Fixed seed in `npm test`; FC_SEED / FC_RUNS for longer runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCable, parseCableText } from '../../lib/cable/index';
import type { Block } from '../../lib/cable/types';
import { hasCorpus } from '../corpus';
import { cableInputs } from './inputs';
import { renderBlock, shapes } from './render';

// `npm test` runs a fixed seed; `npm run test:fuzz` sets FC_RUNS and, without FC_SEED, a fresh seed each run
// (fast-check prints the seed and path of any failure, to replay it with FC_SEED).
const numRuns = Number(process.env.FC_RUNS ?? 30);
const seed = Number(process.env.FC_SEED ?? (process.env.FC_RUNS ? Date.now() % 2 ** 31 : 20_081_147));
const params = { seed, numRuns };
if (process.env.FC_RUNS) console.log(`[properties] fast-check seed ${seed}, ${numRuns} runs`);
const SLOW = 120_000;

/** Breaks `text` into lines of at most `width` characters at spaces, never right after a hyphen. */
function wrap(text: string, width: number): string[] {
  if (!Number.isFinite(width)) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width && !line.endsWith('-')) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The blocks as cable text with every paragraph hard-wrapped at `width` (headings stay on their lines). */
function renderWrapped(blocks: readonly Block[], width: number): string {
  return blocks
    .map((b) =>
      b.kind === 'heading' || b.kind === 'signature'
        ? renderBlock(b)
        : wrap(renderBlock(b), width).join('\n'),
    )
    .join('\n\n');
}

const HEADER = 'PORT LOUIS 00000412  002 OF 003';

// Page headers and the banners old telegrams print around them: a new header does not go between those.
const PAGE_CHROME =
  /^\s*(?:PAGE \d|(?:UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)\b[\w ]{0,12}$)|\d{3} OF \d{3}\s*$/;

/**
 * Inserts page-break headers (blank line, header, two blank lines, as cables print them) after the given lines
 * (taken modulo the line count; not next to the text's own page headers and banners, nor inside a repeated
 * section header); returns the text and how many headers went in.
 */
function insertBreaks(text: string, at: readonly number[]): { text: string; count: number } {
  const lines = text.split('\n');
  // Old telegrams repeat the routing and section header between a section's PAGE 01 and PAGE 02 lines.
  const repeat = new Set<number>();
  lines.forEach((line, i) => {
    if (!/^\s*PAGE 01 /.test(line)) return;
    for (let j = i; j < lines.length && (j === i || !/^\s*PAGE \d/.test(lines[j] ?? '')); j++) repeat.add(j);
  });
  const chrome = (i: number) =>
    repeat.has(i) || PAGE_CHROME.test(lines[i] ?? '') || PAGE_CHROME.test(lines[i + 1] ?? '');
  const picked = new Set(at.map((n) => n % Math.max(1, lines.length - 1)).filter((i) => !chrome(i)));
  const out = lines.map((line, i) => (picked.has(i) ? `${line}\n\n${HEADER}\n\n` : line)).join('\n');
  return { text: out, count: picked.size };
}

/** Adds the viewer's `¶` before lines that open with `N.` or `A.`, or drops the ones there. */
function togglePilcrows(text: string, add: boolean): string {
  return add ? text.replace(/^( *)(?=[0-9A-Za-z]{1,4}\.)/gm, '$1\u00B6') : text.replace(/\u00B6/g, '');
}

describe.skipIf(!hasCorpus())('properties over corpus cables', () => {
  const inputs = cableInputs();
  const docs = inputs.map((input) => parseCable(input.raw));

  it(
    're-wrapped, with page breaks and ¶ markers, every block keeps its label, marking and text',
    () => {
      fc.assert(
        fc.property(
          fc.nat({ max: docs.length - 1 }),
          // Cables were typed at 50 to 70 columns; the range goes well beyond on both sides.
          fc.oneof(fc.integer({ min: 40, max: 140 }), fc.constant(Number.POSITIVE_INFINITY)),
          fc.array(fc.nat(), { maxLength: 6 }),
          fc.boolean(),
          (index, width, breaks, pilcrows) => {
            const doc = docs[index] as (typeof docs)[number];
            const clean = parseCableText(renderWrapped(doc.blocks, Number.POSITIVE_INFINITY));
            const broken = insertBreaks(renderWrapped(doc.blocks, width), breaks);
            const again = parseCableText(togglePilcrows(broken.text, pilcrows));
            expect(shapes(again.blocks)).toEqual(shapes(clean.blocks));
            expect(again.pageBreaks.filter((p) => p.text === HEADER)).toHaveLength(broken.count);
          },
        ),
        params,
      );
    },
    SLOW,
  );

  it(
    'page-break headers inserted into the corpus texts as written change no block',
    () => {
      fc.assert(
        fc.property(
          fc.nat({ max: inputs.length - 1 }),
          fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
          fc.boolean(),
          (index, at, pilcrows) => {
            const input = inputs[index] as (typeof inputs)[number];
            const broken = insertBreaks(input.raw.bodyText, at);
            const doc = parseCable({ ...input.raw, bodyText: togglePilcrows(broken.text, pilcrows) });
            expect(shapes(doc.blocks)).toEqual(shapes((docs[index] as (typeof docs)[number]).blocks));
            expect(doc.pageBreaks.filter((p) => p.text === HEADER)).toHaveLength(broken.count);
          },
        ),
        params,
      );
    },
    SLOW,
  );
});

describe('pathological input finishes and never throws', () => {
  const paragraph =
    '4. (SBU) The ministry sent its reply on March\n\n12. We were told that the text would change. A negoti-\nation of the\n';
  it(
    '5 MB of cable-shaped text',
    () => {
      const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
      const doc = parseCableText(text);
      expect(doc.blocks.length).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    'one 1 MB line, plain or with paragraphs and items run together',
    () => {
      const line = 'The delegation (C) met 2. (S) officials. 3. (C) on March 12. '.repeat(17_000);
      expect(parseCableText(line).blocks.length).toBeGreaterThan(0);
      const runTogether = Array.from(
        { length: 999 },
        (_, n) => `done. ${n + 1}. (C) x: -- (U) one. -- (U) two. ${'more words here. '.repeat(60)}`,
      ).join('');
      const doc = parseCableText(runTogether);
      expect(doc.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(999);
      expect(doc.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(1998);
    },
    SLOW,
  );

  it(
    '100,000 short lines, also as one block of broken words and wrapped reason codes',
    () => {
      const text = Array.from({ length: 100_000 }, (_, i) =>
        i % 7 === 0 ? `${i % 90}. (C) x` : `w${i}`,
      ).join('\n');
      expect(parseCableText(text).blocks.length).toBeGreaterThan(0);
      const broken = parseCableText('negoti-\n'.repeat(100_000));
      expect(broken.blocks).toHaveLength(1);
      expect(parseCableText('for reasons 1.\n'.repeat(50_000)).blocks).toHaveLength(1);
    },
    SLOW,
  );

  it(
    'binary junk',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ minLength: 0, maxLength: 20_000 }), (bytes) => {
          const text = new TextDecoder('latin1').decode(bytes);
          const doc = parseCableText(text);
          expect(Array.isArray(doc.blocks)).toBe(true);
        }),
        params,
      );
      const junk = new TextDecoder('latin1').decode(
        Uint8Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 256),
      );
      expect(Array.isArray(parseCableText(junk).blocks)).toBe(true);
    },
    SLOW,
  );

  it(
    'only markings',
    () => {
      const text = '(S//NF) (C) (U) (SBU/REL NATO)\n(c)\n'.repeat(50_000);
      expect(Array.isArray(parseCableText(text).blocks)).toBe(true);
    },
    SLOW,
  );

  it(
    'only page-break headers, on their lines and flattened into one line',
    () => {
      const text = 'VALLETTA 00000321 002 OF 004\n\nPAGE 02 MASERU 04411 01 OF 02 121530Z\n'.repeat(40_000);
      const doc = parseCableText(text);
      expect(doc.blocks.length).toBe(0);
      expect(doc.pageBreaks.length).toBe(80_000);
      const flat = parseCableText('for a VALLETTA 00000321 002 OF 004 meeting '.repeat(25_000));
      expect(flat.pageBreaks.length).toBe(25_000);
      expect(flat.blocks.map((b) => b.text).join(' ')).not.toContain('00000321');
    },
    SLOW,
  );

  it(
    'arbitrary strings from cable pieces',
    () => {
      const piece = fc.constantFrom(
        '1. ',
        '(C) ',
        '(c) ',
        '-- ',
        '\n',
        '\n\n',
        '-------\n',
        'A. ',
        'ii. ',
        'June ',
        'End Summary. ',
        'XXXXXXXXXXXX',
        'VALLETTA 00000321 002 OF 004',
        ' organ-',
        'word ',
        '\u00B6',
        'CLINTON',
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
          const doc = parseCableText(pieces.join(''));
          for (const b of doc.blocks) expect(typeof b.key).toBe('string');
          expect(new Set(doc.blocks.map((b) => b.key)).size).toBe(doc.blocks.length);
        }),
        { ...params, numRuns: numRuns * 10 },
      );
    },
    SLOW,
  );
});
