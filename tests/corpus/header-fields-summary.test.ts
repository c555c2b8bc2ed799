// meta.summary on every corpus cable: where the text closes a summary (`END SUMMARY`), the field holds it and
// ends where the text's first closer stands; no label, marking or closer is kept. Then one hand-checked cable
// per written form, by id, with the blocks its summary spans. Reads ../shared/corpus in place.
import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../../lib/cable/normalize';
import { parseCable } from '../../lib/cable/parse';
import type { CableDocument } from '../../lib/cable/types';
import { hasCorpus } from '../corpus';
import { everyCorpusInput } from './inputs';

const present = hasCorpus();
const CLOSER = /\bEND\s+(?:OF\s+)?(?:COMMENT\s+AND\s+)?SUMMARY\b/i;
const letters = (text: string) => text.replace(/[^A-Za-z]/g, '');

/** Keys of the blocks in the first run of summary spans (headings inside it skipped). */
function summaryKeys(doc: CableDocument): string[] {
  const keys: string[] = [];
  for (const block of doc.blocks) {
    const span = block.spans.find((s) => s.kind === 'summary');
    if (!span) {
      if (keys.length && block.kind !== 'heading') break;
      continue;
    }
    if (keys.length && span.start > 0) break;
    keys.push(block.key);
    if (span.end < block.text.length) break;
  }
  return keys;
}

describe.skipIf(!present)('meta.summary over the corpus', () => {
  const all = everyCorpusInput().map((input) => ({
    name: input.name,
    text: normalizeInput(input.raw).text,
    doc: parseCable(input.raw),
  }));

  it('holds the summary of every cable whose text closes one, up to its first closer', () => {
    const closed = all.filter((c) => CLOSER.test(c.text));
    expect(closed.length).toBeGreaterThan(450);
    for (const { name, text, doc } of closed) {
      expect(doc.meta.summary, name).toBeTruthy();
      const before = text.slice(0, (CLOSER.exec(text) as RegExpExecArray).index);
      // Compared as letters: page breaks, hyphens and line ends between the words are the body's business.
      expect(letters(before).endsWith(letters(doc.meta.summary ?? '').slice(-30)), name).toBe(true);
    }
  });

  it('keeps no label, marking or closer in any summary', () => {
    const summaries = all.flatMap((c) => (c.doc.meta.summary ? [[c.name, c.doc.meta.summary] as const] : []));
    expect(summaries.length).toBeGreaterThan(500);
    for (const [name, summary] of summaries) {
      expect(summary, name).not.toMatch(/^(?:\d+\.\s*)?(?:BEGIN\s+)?SUMMARY\b|^\((?:U|SBU|C|S|TS)\b/i);
      expect(summary, name).not.toMatch(CLOSER);
      expect(summary, name).toBe(summary.trim());
    }
  });

  // Each checked by eye against the page: the form, and the blocks the summary covers.
  it.each([
    ['cables/72TEHRAN5055', 'unnumbered SUMMARY: block, END SUMMARY on its own line', ['t1']],
    ['pages/archive/75TEHRAN2069', 'unnumbered SUMMARY: block of an old telegram', ['t1']],
    ['pages/archive/09ISLAMABAD155', 'unnumbered Summary: with the marking after the label', ['t1']],
    ['pages/archive/10BERLIN164', 'END SUMMARY with no opener: the first paragraph', ['1']],
    ['cables/07ALGIERS652', "1. (S) SUMMARY: over two paragraphs, the second SUMMARY (CONT'D):", ['1', '2']],
    ['cables/08MANAGUA573', '1. (S/NF) Summary and Background:', ['1']],
    ['cables/06PARIS1681', 'a comment inside, closed by End comment and summary', ['1']],
    ['pages/archive/09LAPAZ1784', 'paragraph number typed twice: 1. 1. Summary and comment:', ['1']],
    ['pages/archive/09ISLAMABAD1119', 'End / blank line / Summary and Action Request.', ['1', '1.t1']],
    [
      'pages/archive/08MOSCOW2615',
      'a Summary heading over three paragraphs, up to the next heading',
      ['1', '2', '3'],
    ],
    [
      'pages/archive/09STATE16285',
      'a SUMMARY heading after the action-request paragraph',
      ['2', '3', '4', '5'],
    ],
  ])('%s: %s', (name, _form, keys) => {
    const found = all.find((c) => c.name === name);
    expect(found, name).toBeDefined();
    const doc = (found as (typeof all)[number]).doc;
    expect(summaryKeys(doc)).toEqual(keys);
    expect(doc.meta.summary).toBeTruthy();
  });

  it('09STATE119085: a SUMMARY AND TABLE OF CONTENTS heading opens a summary that runs to END SUMMARY', () => {
    const doc = all.find((c) => c.name === 'cables/09STATE119085')?.doc as CableDocument;
    const keys = summaryKeys(doc);
    expect(keys.slice(0, 5)).toEqual(['1', '2', '3', '4', '5']);
    expect(keys.at(-1)).toBe('5.t1');
  });
});
