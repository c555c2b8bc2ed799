// Invariants on every corpus cable (the 52 texts with their routing headers and the 600 archive pages through
// the Cablegate adapter): never refused, never throws, no page-break header left, nothing lost, numbering clean,
// every paragraph-start marking recognised, parsing the clean text again gives the same blocks. Reports a count
// per invariant; a failing input is either fixed or listed below with its cause.
import { describe, expect, it } from 'vitest';
import { readCsvRecord } from '../../lib/cable/csv-record';
import { cableScore } from '../../lib/cable/detect';
import { splitMetadataTail } from '../../lib/cable/header/site-metadata';
import { parseCable, parseCableText } from '../../lib/cable/index';
import type { Block, CableDocument } from '../../lib/cable/types';
import { hasCorpus } from '../corpus';
import { type CorpusInput, everyCorpusInput, pageInputs } from './inputs';
import { lostText } from './lost-text';
import { renderBlocks, shapes } from './render';

// Written independently of the pipeline's own recognisers: the modern, old and flattened header forms.
const PAGE_BREAK_PATTERNS = [
  /\b[A-Z]{3,}(?: [A-Z]{2,}){0,3} \d{8} {1,2}\d{3}(?:\.\d)? OF \d{3}\b/,
  /\bPAGE \d{2,3} +[A-Z]{3,}(?: [A-Z]{2,}){0,2} +\d{4,6}(?: +\d{2} OF \d{2})? +\d{6}Z\b/,
];
// A numbered paragraph's start as the input writes it, and a portion marking right after the number.
const NUMBERED_LINE = /^[ \t]*\u00B6?(\d{1,3})\.[ \t]/gm;
const MARKED_LINE =
  /^[ \t]*\u00B6?(\d{1,3})\.[ \t]+\((?:U|SBU|C|S|TS)(?:[ \t]*(?:\/\/?|-)[ \t]*[A-Z][A-Za-z ,]*)*\)/gm;

type Invariant =
  | 'refused'
  | 'throws'
  | 'page break left'
  | 'text lost'
  | 'numbering'
  | 'marking'
  | 'idempotent';
const INVARIANTS: Invariant[] = [
  'refused',
  'throws',
  'page break left',
  'text lost',
  'numbering',
  'marking',
  'idempotent',
];

/**
 * Inputs that still fail an invariant, with the cause. Each entry is asserted exactly: a fix that makes one pass
 * must drop it here, a new failure must be fixed or explained.
 */
const KNOWN: Partial<Record<Invariant, Record<string, string>>> = {};

const bodyOf = (input: CorpusInput): string => {
  const csv = readCsvRecord(input.raw.bodyText.replace(/\r\n?/g, '\n'));
  return csv ? csv.bodyText : input.raw.bodyText;
};

/**
 * The input's paragraph numbers 1, 2, 3... as far as they run in order at line starts. A link the cable itself
 * wrote after a higher number (`4.`, `6.`, `5.`) is left out: the text cannot tell it from a false number.
 */
function inputChain(body: string): number[] {
  const chain: number[] = [];
  let highest = 0;
  for (const m of body.matchAll(NUMBERED_LINE)) {
    const n = Number(m[1]);
    if (n === chain.length + 1) {
      if (highest <= n) chain.push(n);
      else return chain;
    }
    if (chain.length > 0 && n <= chain.length + 3) highest = Math.max(highest, n);
  }
  return chain;
}

/** The normalised markings a block's text holds, in order. */
const inTextMarkings = (block: Block): string[] =>
  block.spans.flatMap((s) => (s.kind === 'marking' ? [s.marking] : []));

/** What breaks each invariant for one input (empty when it holds). */
function failures(input: CorpusInput): Partial<Record<Invariant, string>> {
  const out: Partial<Record<Invariant, string>> = {};
  const body = bodyOf(input);
  const whole = `${input.raw.headerText ?? ''}\n${body}`;
  if (!cableScore(whole).isCable) out.refused = `score ${cableScore(whole).score}`;
  // A mirror page always names its cable; the bare texts get the id their file is named by, as the CLI does.
  const id = input.name.split('/').at(-1) as string;
  let doc: CableDocument;
  try {
    doc = parseCable({ ...input.raw, pageMeta: { id, ...input.raw.pageMeta } });
  } catch (error) {
    out.throws = String(error);
    return out;
  }
  const left = doc.blocks.flatMap((b) => PAGE_BREAK_PATTERNS.map((p) => p.exec(b.text)?.[0]).filter(Boolean));
  if (left.length) out['page break left'] = left.join(' | ');

  const lost = lostText(body, doc, splitMetadataTail(body).tail ?? '');
  if (lost.body || lost.header.length)
    out['text lost'] = lost.body ?? `header words not in meta: ${lost.header.join(' ')}`;

  const numbers = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => Number(b.number));
  const backward = numbers.findIndex((n, i) => i > 0 && n < (numbers[i - 1] as number) && n !== 1);
  const kept = new Set(numbers);
  // A framed numbered title (`1. SUMMARY` between rules) keeps its number as the heading's label.
  // A quoted text's own numbered paragraphs (a letter between `Begin text` and `End text`) keep theirs as
  // sub-paragraph labels under the paragraph that quotes them.
  for (const b of doc.blocks)
    if ((b.kind === 'heading' || b.kind === 'subparagraph') && /^\d+$/.test(b.number ?? ''))
      kept.add(Number(b.number));
  // The old `1. CONFIDENTIAL - ENTIRE TEXT.` paragraph is lifted into the meta when it held nothing else.
  if (doc.meta.entireText?.label) kept.add(Number(doc.meta.entireText.label));
  const missing = inputChain(body).filter((n) => !kept.has(n));
  if (backward > 0 || missing.length)
    out.numbering = `${backward > 0 ? `${numbers[backward]} after ${numbers[backward - 1]}; ` : ''}missing ${missing.join(',')}`;

  const marked = new Set(
    doc.blocks.filter((b) => b.kind === 'paragraph' && b.marking).map((b) => Number(b.number)),
  );
  const entire = doc.meta.entireText?.label;
  const unflagged = [...body.matchAll(MARKED_LINE)]
    .map((m) => Number(m[1]))
    .filter((n) => kept.has(n) && !marked.has(n) && String(n) !== entire);
  if (unflagged.length) out.marking = `paragraphs ${unflagged.join(',')}`;

  const again = parseCableText(renderBlocks(doc.blocks));
  // The markings written inside a block's text are read again where they stand.
  const withInText = (blocks: CableDocument['blocks']) =>
    shapes(blocks).map((shape, i) => ({ ...shape, inText: inTextMarkings(blocks[i] as Block) }));
  const a = withInText(again.blocks);
  const b = withInText(doc.blocks);
  const at = b.findIndex((s, i) => JSON.stringify(s) !== JSON.stringify(a[i]));
  if (at >= 0 || a.length !== b.length) out.idempotent = `block ${at >= 0 ? at : b.length} differs`;
  return out;
}

let table: Map<Invariant, Map<string, string>> | null = null;
let inputs: CorpusInput[] | null = null;

/** The 652 cables, and the saved mirror pages of `pages/` (PlusD's 1970s telegrams, cablesearch answers). */
const allInputs = (): CorpusInput[] => {
  inputs ??= [...everyCorpusInput(), ...pageInputs()];
  return inputs;
};

/** Runs every input once (the first test pays) and files each failure under its invariant. */
function survey(): Map<Invariant, Map<string, string>> {
  if (table) return table;
  const result = new Map<Invariant, Map<string, string>>(INVARIANTS.map((inv) => [inv, new Map()]));
  for (const input of allInputs()) {
    for (const [inv, why] of Object.entries(failures(input))) {
      result.get(inv as Invariant)?.set(input.name, why as string);
    }
  }
  const counts = INVARIANTS.map((inv) => `${inv} ${result.get(inv)?.size}`).join(', ');
  console.log(`[invariants] ${allInputs().length} inputs; failing: ${counts}`);
  table = result;
  return result;
}

describe.skipIf(!hasCorpus())('invariants over every corpus cable', () => {
  it('reads the 652 cables (52 texts, 600 archive pages, none left out by the adapter) and the mirror pages', () => {
    expect(everyCorpusInput()).toHaveLength(652);
    expect(allInputs().length).toBeGreaterThan(700);
  }, 300_000);
  for (const inv of INVARIANTS) {
    it(`${inv}: no input fails but the listed ones`, () => {
      const failing = Object.fromEntries(survey().get(inv) ?? []);
      expect(Object.keys(failing).sort(), JSON.stringify(failing, null, 1)).toEqual(
        Object.keys(KNOWN[inv] ?? {}).sort(),
      );
    }, 600_000);
  }
});
