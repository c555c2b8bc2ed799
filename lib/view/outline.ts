// The cable's table of contents for the outline panel: its headings and numbered paragraphs in order, each with
// a short lead, and the rule for "go to paragraph N". Pure over pipeline blocks.
import type { Block } from '../cable/types';

export interface OutlineEntry {
  key: string;
  kind: 'heading' | 'paragraph';
  /** The paragraph's label as written (`5`), or null for a heading. */
  label: string | null;
  /** The heading's text, or the paragraph's first words. */
  text: string;
  marking: string | null;
}

/** Words of a paragraph's lead shown in the outline. */
const LEAD_CHARS = 72;

function lead(text: string): string {
  if (text.length <= LEAD_CHARS) return text;
  const cut = text.lastIndexOf(' ', LEAD_CHARS);
  return `${text.slice(0, cut > 20 ? cut : LEAD_CHARS)}…`;
}

/** Headings and numbered paragraphs, in the cable's order. */
export function outlineOf(blocks: readonly Block[]): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading')
      entries.push({ key: b.key, kind: 'heading', label: null, text: b.text, marking: b.marking });
    else if (b.kind === 'paragraph')
      entries.push({
        key: b.key,
        kind: 'paragraph',
        label: b.number ?? b.key,
        text: lead(b.text),
        marking: b.marking,
      });
  }
  return entries;
}

/**
 * The key of the paragraph a reader means by `typed` (`12`, `12.`, `para 12`, `¶12`): the first paragraph so
 * labelled, case-insensitively (`b` finds `B`), or null when the cable has none.
 */
export function paragraphKeyFor(blocks: readonly Block[], typed: string): string | null {
  const wanted = typed
    .trim()
    .replace(/^(?:para(?:graph)?\.?|¶|#)\s*/i, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (!wanted) return null;
  const found = blocks.find((b) => b.kind === 'paragraph' && (b.number ?? b.key).toLowerCase() === wanted);
  return found?.key ?? null;
}
