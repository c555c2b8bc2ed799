// List item markers at a line start: `-- item`, `--item`, `- item`, `* item`, `o item`, `• item`.
// Reads the marker only; whether the line opens an item or continues a sentence is blocks.ts's decision.
import { readMarking } from '../markings';
import { indentOf } from '../text-tests';

/** A list marker read at a line start. */
export interface ListMarker {
  /** The marker as written (`--`, `-`, `*`). */
  marker: string;
  /** Characters taken by the marker and the spaces after it. */
  length: number;
}

// Two or three dashes may touch the text (`--Keep the pressure on`); a single dash, star or bullet needs a
// space, so `-5 percent` and `*note` are not items. A dash run followed by more dashes is a rule, not an item.
const DOUBLE = /^ *(?:- )?(-{2,3}|\u2014|\u2013)(?!-) *(?=\S)/;
const SINGLE = /^ *([-*\u2022\u00B7o]) +(?=[^\s-])/;

/** Reads a list marker at the start of a line, or null. */
const MARKER_STARTS = new Set(['-', '*', '\u2022', '\u00B7', 'o', '\u2014', '\u2013']);

export function readListMarker(line: string): ListMarker | null {
  if (!MARKER_STARTS.has(line[indentOf(line)] ?? '')) return null;
  const m = DOUBLE.exec(line) ?? SINGLE.exec(line);
  if (!m) return null;
  const marker = m[1] as string;
  // `o` is a bullet only before a capital (`o The Ministry...`), never the word `o`.
  if (marker === 'o' && !/^ *o +[A-Z]/.test(line)) return null;
  return { marker, length: m[0].length };
}

// `...the following: -- (U//FOUO) Name and location. -- (U//FOUO) Reason.`: flattened text runs marked items on.
const RUN_ON_ITEM = /[.;:]["')\u201D]* {1,3}(--) ?(?=\()/g;

/**
 * Where a marked `--` item run into the line's text (searched from `from`) starts, or -1. Only items that open
 * with a portion marking count: a bare `--` inside a sentence is a dash.
 */
export function runOnItemStart(line: string, from: number): number {
  if (line.length - from < 8 || line.indexOf('--', from) < 0) return -1;
  RUN_ON_ITEM.lastIndex = from;
  for (let m = RUN_ON_ITEM.exec(line); m; m = RUN_ON_ITEM.exec(line)) {
    const dash = m.index + m[0].indexOf('--');
    if (readMarking(line.slice(dash + 2, dash + 140))) return dash;
  }
  return -1;
}
