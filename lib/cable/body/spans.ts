// Summary and comment spans: `BEGIN SUMMARY` ... `END SUMMARY`, `Summary:` ... `End Summary.`, `Comment:` ...
// `End Comment.`, and sections under a `Summary` or `Comment` heading; marked as offsets in block texts.
import type { Block, RegionSpan } from '../types';

type Kind = RegionSpan['kind'];

interface Marker {
  kind: Kind;
  open: boolean;
  block: number;
  /** Span start (open) or end (close) in the block's text. */
  at: number;
}

// Openers stand at the text's start or after a sentence: `Summary:`, `SUMMARY.`, `(Comment: `, `BEGIN SUMMARY`.
const OPEN =
  /(?:^|[.!?:)"] +|\()(?:(BEGIN SUMMARY|BEGIN COMMENT)\b[:.]?|(Summary|SUMMARY|Comment|COMMENT)(?: and (?:Comment|COMMENT|Action Request|ACTION REQUEST))? ?[:.-](?= |$))/g;
const CLOSE =
  /\bEND (?:OF )?(SUMMARY|COMMENT)\b(?: ?AND ?(?:COMMENT|INTRODUCTION|ACTION REQUESTS?|TABLE OF CONTENTS))?[.:]?\)?/gi;
// `Summary`, `SUMMARY AND INTRODUCTION`, `Summary and Table of Contents`: a heading that opens what follows.
const HEADING =
  /^(?:comment|(?:executive |begin )?summary(?: and (?:comment|introduction|action requests?|table of contents|recommendations?))?)[.:]?$/i;

// Every opener and closer names a summary or a comment; most blocks name neither and are skipped cheaply.
const hasHint = (text: string): boolean =>
  text.includes('ummar') || text.includes('omment') || text.includes('UMMAR') || text.includes('OMMENT');

function markersOf(text: string, block: number, into: Marker[]): void {
  if (!hasHint(text)) return;
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(text); m; m = OPEN.exec(text)) {
    const word = m[1] ?? m[2] ?? '';
    const kind: Kind = word.toUpperCase().includes('COMMENT') ? 'comment' : 'summary';
    into.push({ kind, open: true, block, at: m.index + m[0].indexOf(word) });
  }
  CLOSE.lastIndex = 0;
  for (let m = CLOSE.exec(text); m; m = CLOSE.exec(text)) {
    const kind: Kind = (m[1] as string).toUpperCase() === 'COMMENT' ? 'comment' : 'summary';
    into.push({ kind, open: false, block, at: m.index + m[0].length });
  }
}

/**
 * Marks summary and comment spans on the blocks, in place. An opener without a closer spans the rest of its
 * block; a closer without an opener spans its block from the start; a `Summary` heading opens a span at the
 * next block that runs to its closer or to the next heading.
 */
export function markSpans(blocks: Block[]): void {
  const markers: Marker[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      if (HEADING.test(b.text.trim())) {
        const kind: Kind = /^comment/i.test(b.text.trim()) ? 'comment' : 'summary';
        markers.push({ kind, open: true, block: i + 1, at: -1 });
      }
      return;
    }
    const before = markers.length;
    markersOf(b.text, i, markers);
    if (markers.length - before > 1) sortFrom(markers, before);
  });
  const open: Partial<Record<Kind, Marker>> = {};
  for (const m of markers) {
    const current = open[m.kind];
    if (m.open) {
      if (current && current.at >= 0)
        closeAt(blocks, current, current.block, blocks[current.block]?.text.length ?? 0);
      if (!current || current.at >= 0) open[m.kind] = m;
      continue;
    }
    if (current) closeAt(blocks, current, m.block, m.at);
    else add(blocks, m.block, m.kind, 0, m.at);
    open[m.kind] = undefined;
  }
  for (const kind of ['summary', 'comment'] as const) {
    const m = open[kind];
    if (!m) continue;
    // An unclosed opener in text spans its block; under a heading, the section up to the next heading.
    if (m.at >= 0) closeAt(blocks, m, m.block, blocks[m.block]?.text.length ?? 0);
    else {
      let end = m.block;
      while (
        end + 1 < blocks.length &&
        blocks[end + 1]?.kind !== 'heading' &&
        blocks[end + 1]?.kind !== 'signature'
      )
        end++;
      closeAt(blocks, m, end, blocks[end]?.text.length ?? 0);
    }
  }
}

function sortFrom(markers: Marker[], from: number): void {
  const part = markers.splice(from).sort((a, b) => a.at - b.at);
  markers.push(...part);
}

function closeAt(blocks: Block[], open: Marker, block: number, at: number): void {
  const first = open.block;
  for (let i = first; i <= block && i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind === 'heading') continue;
    const start = i === first ? Math.max(0, open.at) : 0;
    const end = i === block ? at : b.text.length;
    add(blocks, i, open.kind, start, end);
  }
}

function add(blocks: Block[], i: number, kind: Kind, start: number, end: number): void {
  const b = blocks[i];
  if (!b || end <= start) return;
  b.spans.push({ kind, start, end });
}
