// Prints a CableDocument as clean reading text: the header card, then each block reflowed to the width,
// numbered paragraphs with their markings, sub-paragraphs and list items indented. Printing only.
import type { Block, CableDocument } from '../cable/types';
import { headerCard } from './header-card';
import { withQuoteMarks } from './quote-marks';

const TEXT_WIDTH = 78;

/** `text` wrapped to `width`: the first line after `first`, the others after `rest`. Long words stay whole. */
export function wrap(text: string, width: number, first: string, rest: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

/** A block's label as printed: `4.`, `A.`, `(a)` stays as written, `--` for list items. */
function label(block: Block): string {
  if (block.kind === 'list-item') return block.number ? `${block.number}` : '--';
  if (!block.number) return '';
  return /^\(.*\)$/.test(block.number) ? block.number : `${block.number}.`;
}

function renderBlock(block: Block, width: number): string {
  const indent = '    '.repeat(block.depth);
  const text = withQuoteMarks(block.text);
  if (block.kind === 'heading') {
    const title = [block.marking ? `(${block.marking})` : '', text].filter(Boolean).join(' ');
    return `${indent}${title}\n${indent}${'-'.repeat(Math.min(title.length, width - indent.length))}`;
  }
  if (block.kind === 'signature' || block.kind === 'redaction') return `${indent}${block.text}`;
  const prefix = [label(block), block.marking ? `(${block.marking})` : ''].filter(Boolean).join(' ');
  const first = prefix ? `${indent}${prefix} ` : indent;
  const hanging =
    block.kind === 'list-item' || block.kind === 'subparagraph' ? first.replace(/\S/g, ' ') : indent;
  return wrap(text, width, first, hanging);
}

/** The whole cable as reading text. */
export function renderText(doc: CableDocument, width = TEXT_WIDTH): string {
  const out: string[] = [];
  const title = [doc.id, doc.meta.subject ? wrap(doc.meta.subject, width, '', '') : null]
    .filter(Boolean)
    .join('\n');
  if (title) {
    const rule = Math.max(...title.split('\n').map((line) => line.length));
    out.push(`${title}\n${'='.repeat(rule)}`);
  }
  const rows = headerCard(doc).filter((row) => row.label !== 'Reference');
  const labelWidth = Math.max(0, ...rows.map((row) => row.label.length)) + 2;
  const card = rows.map((row) =>
    wrap(row.value, width, row.label.padEnd(labelWidth), ' '.repeat(labelWidth)),
  );
  if (card.length > 0) out.push(card.join('\n'));
  // A list (participants, addressees) reads one entry a line, as the cable wrote it: no blank line inside it.
  let previous: Block | null = null;
  for (const block of doc.blocks) {
    const rendered = renderBlock(block, width);
    const sameList =
      block.kind === 'list-item' && previous?.kind === 'list-item' && previous.parent === block.parent;
    if (sameList) out[out.length - 1] += `\n${rendered}`;
    else out.push(rendered);
    previous = block;
  }
  return `${out.join('\n\n')}\n`;
}
