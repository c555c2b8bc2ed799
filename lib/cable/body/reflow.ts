// Joins the hard-wrapped lines of one block into one logical paragraph: single spaces, line-end hyphens decided
// by hyphens.ts, wrapped reason codes (`1.` / `4 (b)`) and open brackets (`(` / `d)`) mended.
import { endsWithBrokenWord, hyphenJoin } from './hyphens';

const SPACES = / {2,}/g;
// `Reasons 1.` / `4 (b) and (d)`: the classification reason code wrapped at its dot.
const REASON_DOT = /(?:^|[ (])1\.$/;
const REASON_TAIL = /^[45](?:\b|\()/;

/**
 * Reflows a block's lines (already stripped of label and marking) into one paragraph with single spaces.
 * Linear in the total length: pieces are collected and joined once, and each join looks only at the line
 * before (a block of thousands of broken words costs no more than their length).
 */
export function reflow(lines: readonly string[]): string {
  const parts: string[] = [];
  let last = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length === 0) continue;
    if (parts.length === 0) {
      parts.push(line);
      last = line;
      continue;
    }
    const end = last[last.length - 1];
    if (end === '-' && endsWithBrokenWord(last) && /^[A-Za-z0-9"']/.test(line)) {
      const space = line.indexOf(' ');
      const how = hyphenJoin(last.slice(last.lastIndexOf(' ') + 1), space < 0 ? line : line.slice(0, space));
      if (how === 'drop') parts[parts.length - 1] = (parts[parts.length - 1] as string).slice(0, -1);
      parts.push(how === 'space' ? ` ${line}` : line);
    } else if (
      (end === '.' && REASON_DOT.test(last) && REASON_TAIL.test(line)) ||
      (end === '(' && /^[a-zA-Z]\)/.test(line))
    ) {
      parts.push(line);
    } else parts.push(` ${line}`);
    last = line;
  }
  const text = parts.join('');
  return text.includes('  ') ? text.replace(SPACES, ' ') : text;
}

/** Collapses runs of whitespace to single spaces and trims: the form texts are compared in. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
