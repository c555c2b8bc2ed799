// Joins the hard-wrapped lines of one block into one logical paragraph: single spaces, line-end hyphens decided
// by hyphens.ts, wrapped reason codes (`1.` / `4 (b)`) and open brackets (`(` / `d)`) mended.
import { endsWithBrokenWord, joinHyphenated } from './hyphens';

const SPACES = / {2,}/g;
// `Reasons 1.` / `4 (b) and (d)`: the classification reason code wrapped at its dot.
const REASON_DOT = /(?:^|[ (])1\.$/;
const REASON_TAIL = /^[45](?:\b|\()/;

/** Joins two pieces of one paragraph that a line end separated. */
function joinPair(left: string, right: string): string {
  if (left.length === 0) return right;
  if (right.length === 0) return left;
  if (endsWithBrokenWord(left) && /^[A-Za-z0-9"']/.test(right)) {
    const cut = left.lastIndexOf(' ') + 1;
    const first = left.slice(cut);
    const spaceAt = right.indexOf(' ');
    const second = spaceAt < 0 ? right : right.slice(0, spaceAt);
    return `${left.slice(0, cut)}${joinHyphenated(first, second)}${spaceAt < 0 ? '' : right.slice(spaceAt)}`;
  }
  if (REASON_DOT.test(left) && REASON_TAIL.test(right)) return `${left}${right}`;
  if (left.endsWith('(') && /^[a-zA-Z]\)/.test(right)) return `${left}${right}`;
  return `${left} ${right}`;
}

/**
 * Reflows a block's lines (already stripped of label and marking) into one paragraph with single spaces.
 * Linear in the total length: pieces are collected and joined once.
 */
export function reflow(lines: readonly string[]): string {
  const parts: string[] = [];
  let pending = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length === 0) continue;
    if (pending.length === 0) {
      pending = line;
      continue;
    }
    if (endsWithBrokenWord(pending) || REASON_DOT.test(pending) || pending.endsWith('(')) {
      pending = joinPair(pending, line);
      continue;
    }
    parts.push(pending);
    pending = line;
  }
  if (pending.length > 0) parts.push(pending);
  const text = parts.join(' ');
  return text.includes('  ') ? text.replace(SPACES, ' ') : text;
}

/** Collapses runs of whitespace to single spaces and trims: the form texts are compared in. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
