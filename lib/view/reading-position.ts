// Keeps the reader at the same paragraph when switching views: which paragraph is at the top of the
// viewport, and where each numbered paragraph starts in the original page's text. Pure; see original-text.ts.
import type { Block } from '../cable/types';

export interface Placed {
  key: string;
  /** Top and bottom edges relative to the viewport, in CSS pixels. */
  top: number;
  bottom: number;
}

/**
 * The paragraph being read: the last one (in document order) whose top is at or above `edge`, the line a
 * reader's eye is on. Null when every paragraph is still below it (the reader is above the first).
 */
export function paragraphAtEdge(placed: readonly Placed[], edge: number): string | null {
  let current: string | null = null;
  for (const item of placed) {
    if (item.top > edge) break;
    current = item.key;
  }
  return current;
}

/** Where the reader is: a paragraph and how far into it (0 at its top, 1 at its bottom) the reading line is. */
export interface ReadingSpot {
  key: string;
  fraction: number;
}

/** The reader's spot at the reading line `edge`, or null above the first paragraph. */
export function spotAt(placed: readonly Placed[], edge: number): ReadingSpot | null {
  const key = paragraphAtEdge(placed, edge);
  const item = placed.find((p) => p.key === key);
  if (!key || !item) return null;
  const height = Math.max(1, item.bottom - item.top);
  return { key, fraction: Math.min(1, Math.max(0, (edge - item.top) / height)) };
}

/**
 * How far to scroll (positive: down) so the same spot of the same paragraph sits at the reading line in the
 * other view; null when that view lacks the paragraph.
 */
export function scrollDeltaFor(spot: ReadingSpot, placed: readonly Placed[], edge: number): number | null {
  const item = placed.find((p) => p.key === spot.key);
  if (!item) return null;
  return item.top + spot.fraction * Math.max(0, item.bottom - item.top) - edge;
}

// A line that starts a numbered paragraph in a mirror's text: optional `¶` (Cablegate's paragraph link), label, dot.
const NUMBERED_LINE = /(?:^|\n)([ \t]*¶?[ \t]*)(\d{1,3})\.(?=[ \t\n]|$)/g;

/**
 * Character offsets in the original text where each numbered paragraph starts, found in order so a stray
 * `10.` (a date on the line before) cannot be taken for paragraph 10 once paragraph 10 is behind. Paragraphs
 * whose line cannot be found (text with paragraphs run together) are left out.
 */
export function paragraphOffsets(text: string, blocks: readonly Block[]): Map<string, number> {
  const candidates = [...text.matchAll(NUMBERED_LINE)].map((m) => {
    const lineStart = m.index + (m[0].startsWith('\n') ? 1 : 0);
    return { label: m[2] as string, offset: lineStart + (m[1] as string).length };
  });
  const offsets = new Map<string, number>();
  let from = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.number === null) continue;
    const at = candidates.findIndex((c, i) => i >= from && c.label === block.number);
    if (at < 0) continue;
    offsets.set(block.key, (candidates[at] as { offset: number }).offset);
    from = at + 1;
  }
  return offsets;
}
