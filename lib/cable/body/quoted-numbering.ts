// A quoted text's own paragraph numbers inside a cable's paragraph (`Begin text of letter:`, `1.` to `7.`, `End
// text.`, then the cable's `3.`): nests them under the quoting paragraph. Whether a number opens one is not its job.

import type { Draft } from './drafts';
import { depthUnder, type SegmentState } from './segment-state';

const BEGIN_QUOTE = /\bBEGIN\s+(?:TEXT|QUOTE)\b/i;
const END_QUOTE = /\bEND\s+(?:OF\s+)?(?:TEXT|QUOTE)\b/i;

/**
 * Called as paragraph `n` opens: a restart at 1 inside a paragraph that began a quoted text opens a quote, whose
 * paragraphs are the quoted text's until it ends.
 */
export function noteRestart(s: SegmentState, n: number): void {
  if (n !== 1 || s.lastNum < 1 || s.quote) return;
  // The quoting paragraph is the last one taken (a heading in the quote, its title, may have closed it).
  const para = s.drafts.findLastIndex((d) => d.kind === 'paragraph');
  if (para < 0) return;
  const begun = s.drafts.slice(para).some((d) => d.lines.some((line) => BEGIN_QUOTE.test(line)));
  if (begun) s.quote = { outer: s.lastNum, para, from: s.drafts.length };
}

/**
 * Called before number `n` is judged, `last` the line before it: the quote's end and the cable's next number
 * (the quoting paragraph's plus one) close the quote. Its paragraphs become sub-paragraphs of the quoting one,
 * and the cable's numbering goes on from that paragraph.
 */
export function closeQuote(s: SegmentState, n: number, last: string): void {
  const quote = s.quote;
  if (!quote || n !== quote.outer + 1 || !END_QUOTE.test(last)) return;
  for (let i = quote.from; i < s.drafts.length; i++) {
    const d = s.drafts[i] as Draft;
    if (d.kind === 'paragraph') {
      d.kind = 'subparagraph';
      d.parent = quote.para;
    }
    if (d.parent >= quote.para) d.depth = depthUnder(s, d.parent);
  }
  s.lastNum = quote.outer;
  s.para = quote.para;
  s.runs = [];
  s.quote = null;
}
