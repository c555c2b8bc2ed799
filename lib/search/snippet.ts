// A short excerpt of a text around the words a search matched, cut into plain and marked runs for display.
// Pure strings: the caller renders the runs as text nodes (a <mark> around the marked ones), never as markup.
import { fold } from '../store/search';

export interface SnippetRun {
  text: string;
  mark: boolean;
}

/** Characters of text shown around the first match. */
const SNIPPET_LENGTH = 220;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Up to SNIPPET_LENGTH characters of `text`, starting a little before the first place any of `terms` (folded
 * words or word starts) occurs, with every occurrence in it marked. Words are matched at their start.
 */
export function snippet(text: string, terms: readonly string[], length = SNIPPET_LENGTH): SnippetRun[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  // Folding keeps one character per character for the ASCII text cables are written in; other letters fall
  // back to an unmarked excerpt rather than marking the wrong place.
  const folded = fold(flat);
  const usable = folded.length === flat.length ? terms.filter(Boolean) : [];
  const pattern = usable.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join('|')})`, 'gu')
    : null;
  const first = pattern ? folded.search(pattern) : -1;
  let start = first > 40 ? flat.lastIndexOf(' ', first - 30) + 1 : 0;
  if (start < 0) start = 0;
  const end = Math.min(flat.length, start + length);
  const window = flat.slice(start, end);
  const runs: SnippetRun[] = [];
  if (start > 0) runs.push({ text: '…', mark: false });
  let last = 0;
  if (pattern) {
    for (const match of folded.slice(start, end).matchAll(pattern)) {
      // Mark the whole word the term starts.
      const from = match.index;
      if (from < last) continue;
      let to = from + match[0].length;
      while (to < window.length && /[\p{L}\p{N}]/u.test(window[to] ?? '')) to++;
      if (from > last) runs.push({ text: window.slice(last, from), mark: false });
      runs.push({ text: window.slice(from, to), mark: true });
      last = to;
    }
  }
  if (last < window.length) runs.push({ text: window.slice(last), mark: false });
  if (end < flat.length) runs.push({ text: '…', mark: false });
  return runs;
}
