// Small hand-written cable documents for view and component tests, in the shape lib/cable produces (no corpus text).

import { emptyMeta } from '../cable/test-support';
import type { Block, CableDocument, CableMeta } from '../cable/types';

export function block(partial: Partial<Block> & Pick<Block, 'key'>): Block {
  return {
    kind: 'paragraph',
    number: partial.key,
    marking: null,
    markingWritten: null,
    text: 'Text.',
    depth: 0,
    parent: null,
    spans: [],
    ...partial,
  };
}

export const meta = emptyMeta;

export function cable(
  blocks: Block[],
  partialMeta: Partial<CableMeta> = {},
  id: string | null = '99TESTPOST1',
): CableDocument {
  return { id, meta: meta(partialMeta), pageBreaks: [], blocks };
}
