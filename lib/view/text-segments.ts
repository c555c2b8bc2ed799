// Cuts a block's text into runs the view styles differently: summary and comment spans, and redactions.
// Pure: returns plain strings for text nodes (never markup), and never changes a character of the text.
import type { Span } from '../cable/types';

export interface Segment {
  text: string;
  /** The summary or comment span this run lies in, or null. */
  span: Span['kind'] | null;
  /** A run of `XXXX...` the publisher put in place of a name. */
  redacted: boolean;
}

// Publishers blanked names with runs of X; four or more, standing alone, is never a word or numeral. Some wrote
// them in lower case (`xxxxxxxxxxxx`) and some glued them to the word before (`contactXXXXXXXXXXXX`): capitals
// after a lower-case letter are no word either (`XXXXth` and `EXXON` stay words).
const REDACTION = /(?<![A-Za-z])(?:X{4,}|x{4,})(?![A-Za-z])|(?<=[a-z])X{4,}(?![A-Za-z])/g;

function splitRedactions(text: string, span: Span['kind'] | null, out: Segment[]): void {
  let last = 0;
  for (const match of text.matchAll(REDACTION)) {
    const start = match.index;
    if (start > last) out.push({ text: text.slice(last, start), span, redacted: false });
    out.push({ text: match[0], span, redacted: true });
    last = start + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), span, redacted: false });
}

/** True when one span covers the whole text: the view then sets the block itself apart. */
export function wholeSpan(text: string, spans: readonly Span[]): Span['kind'] | null {
  const whole = spans.find((s) => s.start <= 0 && s.end >= text.length);
  return whole ? whole.kind : null;
}

/**
 * Splits text at span edges and redactions. Spans are clamped to the text and read in order; an
 * overlapping span starts where the previous one ended. Concatenating the segments gives the text back.
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const out: Segment[] = [];
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  let cursor = 0;
  for (const span of ordered) {
    const start = Math.max(cursor, Math.min(span.start, text.length));
    const end = Math.max(start, Math.min(span.end, text.length));
    if (start > cursor) splitRedactions(text.slice(cursor, start), null, out);
    if (end > start) splitRedactions(text.slice(start, end), span.kind, out);
    cursor = end;
  }
  if (cursor < text.length) splitRedactions(text.slice(cursor), null, out);
  return out;
}

/**
 * Cuts the segments at text offsets (ascending; a page break's place in the block): one list of segments per
 * stretch, `at.length + 1` in all. Concatenating every stretch gives the segments' text back.
 */
export function cutSegments(segments: readonly Segment[], at: readonly number[]): Segment[][] {
  const out: Segment[][] = [[]];
  let offset = 0;
  let next = 0;
  for (const segment of segments) {
    let piece = segment;
    let start = offset;
    while (next < at.length && (at[next] as number) < start + piece.text.length) {
      const cut = Math.max(0, (at[next] as number) - start);
      if (cut > 0) (out[out.length - 1] as Segment[]).push({ ...piece, text: piece.text.slice(0, cut) });
      out.push([]);
      piece = { ...piece, text: piece.text.slice(cut) };
      start += cut;
      next++;
    }
    if (piece.text) (out[out.length - 1] as Segment[]).push(piece);
    offset += segment.text.length;
  }
  while (out.length < at.length + 1) out.push([]);
  return out;
}
