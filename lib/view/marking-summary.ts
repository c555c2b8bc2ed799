// The summary of a cable's portion markings (count per marking, highest level) and the marking filter's rule.
// Pure over pipeline blocks; the view renders it, the content script never recomputes it.
import { highestLevel, LEVELS, levelOf } from '../cable/markings';
import type { Block, Level } from '../cable/types';

interface MarkingCount {
  /** Normalised marking (`S//NF`). */
  marking: string;
  level: Level | null;
  count: number;
}

export interface MarkingSummary {
  /** Highest level first, then the most frequent. */
  counts: MarkingCount[];
  /** Highest level among all markings, or null when nothing is marked. */
  highest: Level | null;
  /** Numbered paragraphs that carry no marking. */
  unmarked: number;
}

function rank(level: Level | null): number {
  return level ? LEVELS.indexOf(level) : -1;
}

/** The markings written inside a block's text (`... said: (S//NF) The ...`), normalised, in order. */
const inTextMarkings = (block: Block): string[] =>
  block.spans.flatMap((span) => (span.kind === 'marking' ? [span.marking] : []));

/**
 * Counts every marking by its normalised form: those of marked blocks (paragraphs, sub-paragraphs, headings) and
 * those written inside a block's text.
 */
export function summarizeMarkings(blocks: readonly Block[]): MarkingSummary {
  const counts = new Map<string, number>();
  const count = (marking: string) => counts.set(marking, (counts.get(marking) ?? 0) + 1);
  let unmarked = 0;
  for (const block of blocks) {
    if (block.marking) count(block.marking);
    else if (block.kind === 'paragraph') unmarked++;
    for (const marking of inTextMarkings(block)) count(marking);
  }
  const list = [...counts].map(([marking, count]) => ({ marking, level: levelOf(marking), count }));
  list.sort(
    (a, b) => rank(b.level) - rank(a.level) || b.count - a.count || a.marking.localeCompare(b.marking),
  );
  return { counts: list, highest: highestLevel(counts.keys()), unmarked };
}

/**
 * The marking that governs a block: its own, else that of the numbered paragraph it belongs to (an unmarked
 * sub-paragraph or list item is covered by its paragraph's marking).
 */
export function effectiveMarking(block: Block, byKey: ReadonlyMap<string, Block>): string | null {
  if (block.marking) return block.marking;
  return block.parent ? (byKey.get(block.parent)?.marking ?? null) : null;
}

/** True when the filter's marking governs the block or is written inside its text. */
export function carriesMarking(block: Block, byKey: ReadonlyMap<string, Block>, marking: string): boolean {
  return effectiveMarking(block, byKey) === marking || inTextMarkings(block).includes(marking);
}
