// Prints a CableDocument as Markdown: a header card table, then numbered paragraphs with their markings,
// headings, nested lists for sub-paragraphs and list items. Printing only; all cable text is escaped.
import type { Block, CableDocument } from '../cable/types';
import { headerCard } from './header-card';
import { withQuoteMarks } from './quote-marks';

/** Text safe in Markdown: inline syntax escaped, and nothing at a line start reads as a list or heading. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function markingOf(block: Block): string {
  return block.marking ? `**(${escapeMarkdown(block.marking)})** ` : '';
}

function renderBlock(block: Block): string {
  const text = escapeMarkdown(withQuoteMarks(block.text));
  const nest = '  '.repeat(Math.max(0, block.depth - 1));
  switch (block.kind) {
    case 'heading':
      return `### ${markingOf(block)}${text}`;
    case 'paragraph':
      return `<a id="para-${block.key.replace(/[^\w.-]/g, '')}"></a>**${escapeMarkdown(block.number ?? '')}.** ${markingOf(block)}${text}`;
    case 'subparagraph': {
      const label = block.number
        ? `**${escapeMarkdown(block.number)}${/^\(/.test(block.number) ? '' : '.'}** `
        : '';
      return `${nest}- ${label}${markingOf(block)}${text}`;
    }
    case 'list-item':
      return `${nest}- ${markingOf(block)}${text}`;
    case 'redaction':
      return `\`${block.text.replace(/`/g, '')}\``;
    case 'signature':
      return `**${text}**`;
    default:
      return `${markingOf(block)}${text}`;
  }
}

/** The whole cable as a Markdown document. */
export function renderMarkdown(doc: CableDocument): string {
  const out: string[] = [];
  const title = doc.id ?? 'Cable';
  out.push(`# ${escapeMarkdown(title)}`);
  if (doc.meta.subject) out.push(`**${escapeMarkdown(doc.meta.subject)}**`);
  const rows = headerCard(doc).filter((row) => row.label !== 'Reference');
  if (rows.length > 0) {
    out.push(
      ['| | |', '| --- | --- |', ...rows.map((r) => `| ${r.label} | ${escapeMarkdown(r.value)} |`)].join(
        '\n',
      ),
    );
  }
  // Consecutive list-like blocks form one Markdown list; a blank line would split it.
  let previousListy = false;
  for (const block of doc.blocks) {
    const rendered = renderBlock(block);
    const listy = block.kind === 'list-item' || block.kind === 'subparagraph';
    if (listy && previousListy) out[out.length - 1] += `\n${rendered}`;
    else out.push(rendered);
    previousListy = listy;
  }
  if (doc.pageBreaks.length > 0) {
    const n = doc.pageBreaks.length;
    out.push(`---\n\n_${n} page-break header${n === 1 ? '' : 's'} removed._`);
  }
  return `${out.join('\n\n')}\n`;
}
