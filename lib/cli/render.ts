// The printed forms of a CableDocument, by format: `json` (the public contract), `jsonl` (one line), markdown,
// text. Chooses the printer only; each printer lives in its own module.
import type { CableDocument } from '../cable/types';
import type { Format } from './args';
import { renderMarkdown } from './render-markdown';
import { renderText } from './render-text';

/** The printed form of a cable; `json` is the CableDocument itself (a public contract). */
export function render(doc: CableDocument, format: Format): string {
  if (format === 'json') return `${JSON.stringify(doc, null, 2)}\n`;
  if (format === 'jsonl') return `${JSON.stringify(doc)}\n`;
  if (format === 'markdown') return renderMarkdown(doc);
  return renderText(doc);
}
