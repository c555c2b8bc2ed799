// The whole text pipeline: normalise, remove page breaks, read the header, segment the body, attach the
// signature and each page break's block. Composes the modules; holds no text rule of its own.
import { segmentBody } from './body/blocks';
import type { Range } from './body/drafts';
import { liftEntireText } from './body/entire-text';
import { readHeader } from './header/read-header';
import { cleanSigner } from './header/signer';
import { splitMetadataTail } from './header/site-metadata';
import { readSummary } from './header/summary';
import { normalizeInput } from './normalize';
import { offsetsInBlock } from './page-breaks/in-block';
import { type FoundBreak, removePageBreaks } from './page-breaks/remove';
import type { Block, CableDocument, PageBreak, PageMeta, RawCableText } from './types';

/**
 * Parses a cable as a site gives it (body text, routing header shown apart or null, page metadata) into a
 * CableDocument. Never throws on text input; text that holds no cable yields a document with few blocks.
 */
export function parseCable(input: RawCableText): CableDocument {
  const normalized = normalizeInput(input);
  const { text: withoutBreaks, breaks } = removePageBreaks(normalized.text);
  const text = splitMetadataTail(withoutBreaks).body;
  const header = readHeader(text, { headerText: normalized.headerText, pageMeta: normalized.pageMeta });
  const bodyStart = Math.min(Math.max(0, header.bodyStart), text.length);
  const body = text.slice(bodyStart);
  const segmented = segmentBody(body);
  const { blocks, ranges, entireText } = liftEntireText(segmented.blocks, segmented.ranges);
  const meta = {
    ...header.meta,
    signature: cleanSigner(segmented.signature ?? header.meta.signature),
    summary: readSummary(blocks),
  };
  if (normalized.partial) meta.partial = true;
  if (entireText) {
    meta.entireText = entireText;
    meta.level ??= entireText.marking.level;
  }
  return { id: header.id, meta, pageBreaks: placeBreaks(breaks, blocks, ranges, body, bodyStart), blocks };
}

/** Parses a whole cable text (header and body together, as an unknown mirror shows it). */
export function parseCableText(text: string, pageMeta: PageMeta = {}): CableDocument {
  return parseCable({ headerText: null, bodyText: text, pageMeta });
}

// Each break belongs to the block it stood in, or else to the next block; breaks in the header to none. One that
// stood inside its block also says where in the block's text the sentences were rejoined.
function placeBreaks(
  breaks: FoundBreak[],
  blocks: Block[],
  ranges: Range[],
  body: string,
  bodyStart: number,
): PageBreak[] {
  const ordered = [...breaks].sort((a, b) => a.at - b.at);
  // Block index of each break in the body, and the breaks of each block, in text order.
  const byBlock = new Map<number, FoundBreak[]>();
  let i = 0;
  for (const brk of ordered) {
    const pos = brk.at - bodyStart;
    if (pos < 0 || blocks.length === 0) continue;
    while (i < ranges.length - 1 && (ranges[i] as Range).end < pos) i++;
    const list = byBlock.get(i);
    if (list) list.push(brk);
    else byBlock.set(i, [brk]);
  }
  const out = new Map<FoundBreak, PageBreak>();
  for (const [index, list] of byBlock) {
    const block = blocks[index] as Block;
    const range = ranges[index] as Range;
    const positions = list.map((brk) => brk.at - bodyStart);
    const offsets = offsetsInBlock(body, range.start, range.end, positions, block.text);
    list.forEach((brk, k) => {
      const { at: _at, ...rest } = brk;
      const inBlock = offsets[k];
      out.set(
        brk,
        inBlock == null ? { ...rest, blockKey: block.key } : { ...rest, blockKey: block.key, inBlock },
      );
    });
  }
  return breaks.map((brk) => {
    const { at: _at, ...rest } = brk;
    return out.get(brk) ?? { ...rest, blockKey: null };
  });
}
