// The five hand-checked gold files: the pipeline's blocks on the same cable text must give the same paragraph
// labels, markings, headings, list items and whitespace-collapsed text, and the same signature.
import { describe, expect, it } from 'vitest';
import { parseCable } from '../../lib/cable/index';
import type { Block } from '../../lib/cable/types';
import { corpusFiles, hasCorpus, readCorpus } from '../corpus';
import { cableInputs } from './inputs';

interface GoldBlock {
  type: 'paragraph' | 'paragraph_continuation' | 'heading';
  number?: number;
  of?: number;
  marking?: string | null;
  text: string;
  list?: string[];
}

interface Gold {
  ref: string;
  blocks: GoldBlock[];
  signature: string | null;
}

/** One comparable row: what a reader sees of a block. */
interface Row {
  kind: string;
  number: string | null;
  marking: string | null;
  text: string;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

// Gold names `paragraph_continuation` what the pipeline calls a text block under its paragraph, and nests a
// paragraph's `--` items in `list`: both are rows of their own here.
function goldRows(gold: Gold): Row[] {
  const rows: Row[] = [];
  for (const b of gold.blocks) {
    if (b.type === 'heading')
      rows.push({ kind: 'heading', number: null, marking: null, text: collapse(b.text) });
    else if (b.type === 'paragraph_continuation') {
      rows.push({ kind: `text of ${b.of}`, number: null, marking: null, text: collapse(b.text) });
    } else {
      rows.push({
        kind: 'paragraph',
        number: String(b.number),
        marking: b.marking ?? null,
        text: collapse(b.text),
      });
    }
    for (const item of b.list ?? [])
      rows.push({ kind: 'list-item', number: null, marking: null, text: collapse(item) });
  }
  if (gold.signature) rows.push({ kind: 'signature', number: null, marking: null, text: gold.signature });
  return rows;
}

function pipelineRows(blocks: Block[]): Row[] {
  return blocks.map((b) => ({
    kind: b.kind === 'text' && b.parent !== null ? `text of ${b.parent}` : b.kind,
    number: b.kind === 'paragraph' ? b.number : null,
    marking: b.kind === 'paragraph' ? b.marking : null,
    text: collapse(b.text),
  }));
}

describe.skipIf(!hasCorpus())('gold cables', () => {
  const inputs = new Map(cableInputs().map((input) => [input.name.replace('cables/', ''), input]));
  for (const path of corpusFiles('gold', '.json')) {
    const gold = JSON.parse(readCorpus(path)) as Gold;
    it(`${gold.ref}: blocks, labels, markings and text match the gold file`, () => {
      const input = inputs.get(gold.ref);
      expect(input, `cables/${gold.ref}.txt`).toBeDefined();
      const doc = parseCable((input as NonNullable<typeof input>).raw);
      expect(pipelineRows(doc.blocks)).toEqual(goldRows(gold));
      expect(doc.meta.signature).toBe(gold.signature);
    });
  }
});
