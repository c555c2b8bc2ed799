// Cuts a block's text into runs the view styles differently: summary and comment spans, portion markings the
// cable wrote inside the text, and redactions. Pure: returns plain strings for text nodes (never markup), and never
// changes a character of the text.
import type { MarkingSpan, RegionSpan, Span } from '../cable/types';
import { REDACTION_SOURCE } from '../cable/vocabulary';

export interface Segment {
  text: string;
  /** The summary or comment span this run lies in, or null. */
  span: RegionSpan['kind'] | null;
  /** A run of `XXXX...` the publisher put in place of a name. */
  redacted: boolean;
  /** On a portion marking written inside the text (the run is its written form): the normalised marking. */
  marking?: string;
}

const REDACTION = new RegExp(REDACTION_SOURCE, 'g');

function splitRedactions(text: string, span: RegionSpan['kind'] | null, out: Segment[]): void {
  let last = 0;
  for (const match of text.matchAll(REDACTION)) {
    const start = match.index;
    if (start > last) out.push({ text: text.slice(last, start), span, redacted: false });
    out.push({ text: match[0], span, redacted: true });
    last = start + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), span, redacted: false });
}

const isRegion = (span: Span): span is RegionSpan => span.kind !== 'marking';
const isMarking = (span: Span): span is MarkingSpan => span.kind === 'marking';

/** True when one summary or comment span covers the whole text: the view then sets the block itself apart. */
export function wholeSpan(text: string, spans: readonly Span[]): RegionSpan['kind'] | null {
  const whole = spans.find((s): s is RegionSpan => isRegion(s) && s.start <= 0 && s.end >= text.length);
  return whole ? whole.kind : null;
}

/** Splits `text[from, to)` at the markings (ascending) inside it, then the rest at redactions. */
function splitMarkings(
  text: string,
  from: number,
  to: number,
  span: RegionSpan['kind'] | null,
  markings: readonly MarkingSpan[],
  out: Segment[],
): void {
  let cursor = from;
  for (const m of markings) {
    const start = Math.max(cursor, m.start);
    const end = Math.min(to, m.end);
    if (end <= start) continue;
    if (start > cursor) splitRedactions(text.slice(cursor, start), span, out);
    out.push({ text: text.slice(start, end), span, redacted: false, marking: m.marking });
    cursor = end;
  }
  if (to > cursor) splitRedactions(text.slice(cursor, to), span, out);
}

/**
 * Splits text at span edges, markings and redactions. Summary and comment spans are clamped to the text and read
 * in order; an overlapping one starts where the previous one ended. A marking lies inside them (a run of its own
 * in the span). Concatenating the segments gives the text back.
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const out: Segment[] = [];
  const ordered = spans.filter(isRegion).sort((a, b) => a.start - b.start);
  const markings = spans.filter(isMarking).sort((a, b) => a.start - b.start);
  let cursor = 0;
  for (const span of ordered) {
    const start = Math.max(cursor, Math.min(span.start, text.length));
    const end = Math.max(start, Math.min(span.end, text.length));
    if (start > cursor) splitMarkings(text, cursor, start, null, markings, out);
    if (end > start) splitMarkings(text, start, end, span.kind, markings, out);
    cursor = end;
  }
  if (cursor < text.length) splitMarkings(text, cursor, text.length, null, markings, out);
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
