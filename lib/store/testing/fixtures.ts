// Test and bench fixtures for the store: invented cables (no corpus text) and deterministic text mutations.
// Test-only: nothing in the extension imports this module.

import { emptyMeta } from '../../cable/test-support';
import type { Block, CableDocument, CableMeta, Level } from '../../cable/types';
import type { CableInput } from '../cables';

/** Invented paragraphs in the register of a cable; used as bookmark targets in tests. */
export const PARAGRAPHS = [
  'Summary: The ministry confirmed on Tuesday that the tender for the northern pipeline will be reopened, ' +
    'citing irregularities in two of the five bids submitted last spring. Officials expect a decision by autumn.',
  'The deputy minister told the ambassador that the government remains committed to the consortium, ' +
    'but that parliament insists on a review of the pricing formula before any contract is signed.',
  'Comment: The reopening gives the opposition an opening of its own. Several deputies have already ' +
    'linked the tender to the minister of energy, whose brother chairs one of the bidding companies.',
  'The embassy will continue to press for transparency in the process and will report further developments.',
  'Local press coverage has been limited; the two independent weeklies ran short items on page four, ' +
    'while state television did not mention the tender at all during the evening news.',
  'Economic officers met representatives of three foreign firms who described the review as a delaying tactic ' +
    'intended to benefit a domestic competitor with close ties to the presidential administration.',
];

/** A block with the given key and text, numbered when the key is a number. */
export function block(key: string, text: string, marking: string | null = null): Block {
  return {
    kind: /^\d+$/.test(key) ? 'paragraph' : 'text',
    key,
    number: /^\d+$/.test(key) ? key : null,
    marking,
    markingWritten: marking ? `(${marking})` : null,
    text,
    depth: 0,
    parent: null,
    spans: [],
  };
}

/** A CableDocument whose paragraphs are numbered 1..n (or keyed by `keys`). */
export function makeDocument(
  id: string,
  paragraphs: readonly string[] = PARAGRAPHS,
  meta: Partial<CableMeta> = {},
  keys?: readonly string[],
): CableDocument {
  const level: Level = meta.level ?? 'C';
  return {
    id,
    meta: emptyMeta({ classification: 'CONFIDENTIAL', level, subject: `Subject of ${id}`, ...meta }),
    pageBreaks: [],
    blocks: paragraphs.map((text, i) => block(keys?.[i] ?? String(i + 1), text, i % 2 === 0 ? 'C' : 'SBU')),
  };
}

/** What a content script sends for a cable seen on a page. */
export function cableInput(
  document: CableDocument,
  url = `https://mirror.example/cable/${document.id}`,
): CableInput {
  return { document, url, site: new URL(url).hostname };
}

/** A small deterministic pseudo-random generator (mulberry32), so mutations are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Changes `rate` of the characters of `text` (substitutions, deletions and insertions in turn, at random
 * distinct places), the way another mirror's OCR or typing differs.
 */
export function mutate(text: string, rate: number, seed = 1): string {
  const random = seededRandom(seed);
  const count = Math.max(1, Math.round(text.length * rate));
  const places = new Set<number>();
  while (places.size < count) places.add(Math.floor(random() * text.length));
  const chars = text.split('');
  let n = 0;
  for (const at of [...places].sort((a, b) => b - a)) {
    const kind = n++ % 3;
    const letter = String.fromCharCode(97 + Math.floor(random() * 26));
    if (kind === 0) chars[at] = chars[at] === letter ? 'q' : letter;
    else if (kind === 1) chars.splice(at, 1);
    else chars.splice(at, 0, letter);
  }
  return chars.join('');
}
