// Invariants on every corpus cable (`cables/` with their routing headers, and the bodies the site adapters
// extract from `pages/`): no page-break header left, nothing lost, no backward jump in paragraph numbers,
// cleaning the clean text changes nothing, and parsing never throws.
import { describe, expect, it } from 'vitest';
import { readCsvRecord } from '../../lib/cable/csv-record';
import { splitMetadataTail } from '../../lib/cable/header/site-metadata';
import { parseCable, parseCableText } from '../../lib/cable/index';
import type { CableDocument } from '../../lib/cable/types';
import { hasCorpus } from '../corpus';
import { type CorpusInput, cableInputs, pageInputs } from './inputs';
import { lostText } from './lost-text';
import { renderBlocks, shapes } from './render';

// Written independently of the pipeline's own recognisers: the modern, old and flattened header forms.
const PAGE_BREAK_PATTERNS = [
  /\b[A-Z]{3,}(?: [A-Z]{2,}){0,3} \d{8} {1,2}\d{3}(?:\.\d)? OF \d{3}\b/,
  /\bPAGE \d{2,3} +[A-Z]{3,}(?: [A-Z]{2,}){0,2} +\d{4,6}(?: +\d{2} OF \d{2})? +\d{6}Z\b/,
];

function bodyOf(input: CorpusInput): string {
  const csv = readCsvRecord(input.raw.bodyText.replace(/\r\n?/g, '\n'));
  return csv ? csv.bodyText : input.raw.bodyText;
}

function check(input: CorpusInput, doc: CableDocument): void {
  for (const block of doc.blocks) {
    for (const pattern of PAGE_BREAK_PATTERNS) {
      expect(pattern.exec(block.text)?.[0], `page-break header left in block ${block.key}`).toBeUndefined();
    }
  }
  const body = bodyOf(input);
  const lost = lostText(body, doc, splitMetadataTail(body).tail ?? '');
  expect(lost.body, 'body text lost or changed').toBeNull();
  expect(lost.header, 'header words missing from meta').toEqual([]);

  const numbers = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => Number(b.number));
  numbers.forEach((n, i) => {
    const prev = numbers[i - 1];
    if (prev !== undefined) expect(n >= prev || n === 1, `paragraph ${n} after ${prev}`).toBe(true);
  });

  const again = parseCableText(renderBlocks(doc.blocks));
  expect(shapes(again.blocks)).toEqual(shapes(doc.blocks));
}

describe.skipIf(!hasCorpus())('pipeline invariants on the corpus', () => {
  const inputs = [...cableInputs(), ...pageInputs()];
  it('finds the corpus cables and pages', () => {
    expect(inputs.filter((i) => i.source === 'cables').length).toBeGreaterThanOrEqual(50);
    expect(inputs.filter((i) => i.source === 'pages').length).toBeGreaterThanOrEqual(50);
  });
  for (const input of inputs) {
    it(`${input.name}: no page break left, nothing lost, numbers forward, clean text stable`, () => {
      const doc = parseCable(input.raw);
      check(input, doc);
    });
  }
});
