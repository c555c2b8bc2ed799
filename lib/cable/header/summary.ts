// The cable's summary as one text (`meta.summary`), read from the summary spans the body marked: the first run
// of them, across paragraphs, without its `Summary:` label, marking or `End Summary.`. Reads spans, never text rules.
import type { Block } from '../types';
import { LEVEL_TOKENS_SOURCE } from '../vocabulary';

// `BEGIN SUMMARY:`, `Summary and Comment:`, `SUMMARY AND ACTION REQUEST.`, `Summary and Background:`, `Summary -`,
// a paragraph's `SUMMARY (CONT'D):`, and a doubled paragraph number before it (`1. Summary:` after `1.`).
const LABEL =
  /^(?:\d{1,2}\.[ \t]*)?\(?(?:BEGIN[ \t]+)?(?:EXECUTIVE[ \t]+)?SUMMARY(?:[ \t]+AND[ \t]+[A-Z]+(?:[ \t]+[A-Z]+)?(?=[ \t]*[:.]))?(?:[ \t]*\(CONT(?:'?D|INUED)\))?[ \t]*[:.-]*[ \t]*/i;
// A marking after the label (`Summary: (SBU) Japanese...`).
const MARKING = new RegExp(String.raw`^\((?:${LEVEL_TOKENS_SOURCE})(?:[/ ][^)]{0,30})?\)[ \t]*`);
// The closer and what it names (`END SUMMARY AND COMMENT.`, `End Summary and Action Request.`, `END OF SUMMARY`,
// `END COMMENT AND SUMMARY.`).
// A closer may be split over two blocks (`... End` / `Summary and Action Request.`).
const CLOSER = /\s*\(?\bEND\s+(?:OF\s+)?(?:COMMENT\s+AND\s+)?SUMMARY\b[^.]{0,40}?\.?\)?\s*$/i;
// A summary is read to its end; the field is for citing, so a runaway span (no closer) stops at this length.
const LIMIT = 6000;

/** The summary span's text of each block in the first run of summary spans, in order. */
function firstRun(blocks: readonly Block[]): string[] {
  const parts: string[] = [];
  for (const block of blocks) {
    const span = block.spans.find((s) => s.kind === 'summary');
    if (!span) {
      // Headings carry no spans inside a run (`Summary` / `-------`); anything else after the run ends it.
      if (parts.length && block.kind !== 'heading') break;
      continue;
    }
    if (parts.length && span.start > 0) break;
    parts.push(block.text.slice(span.start, span.end));
    if (span.end < block.text.length) break;
  }
  return parts;
}

/** The summary without its label and closer, one space between words; null when the cable marks none. */
export function readSummary(blocks: readonly Block[]): string | null {
  const parts = firstRun(blocks);
  if (!parts.length) return null;
  const text = parts
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(CLOSER, '')
    .split('\n')
    .map((part) => part.replace(LABEL, ''))
    .join(' ')
    .replace(MARKING, '')
    .trim();
  if (!text) return null;
  return text.length > LIMIT ? `${text.slice(0, LIMIT).replace(/\s+\S*$/, '')}…` : text;
}
