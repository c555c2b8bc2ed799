// Checks that the pipeline lost no text: the body's letters and digits come out in the blocks exactly, in order;
// the header's words come out in the meta values. Only page-break headers, their banners, the message tail and
// the site chrome before the header may go. Reports what went missing, for readable test failures.
import type { CableDocument } from '../../lib/cable/types';
import { TAG_TYPOS } from '../../lib/cable/vocabulary';

/** Letters and digits of a text, lower-cased, with the offset each came from. */
interface Stream {
  chars: string;
  at: number[];
}

function stream(text: string): Stream {
  const out: string[] = [];
  const at: number[] = [];
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i] as string;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push(c);
      at.push(i);
    }
  }
  return { chars: out.join(''), at };
}

const cut = (text: string, at: number, length: number): string =>
  `${text.slice(0, at)} ${text.slice(at + length)}`;

/** The input without the page-break headers (and the banners around them) the document says it removed. */
function withoutBreaks(input: string, doc: CableDocument): string {
  let text = input;
  let from = 0;
  for (const brk of doc.pageBreaks) {
    const i = text.indexOf(brk.text, from);
    if (i < 0) continue;
    text = cut(text, i, brk.text.length);
    for (const line of brk.around ?? []) {
      const j = text.indexOf(line, Math.max(0, i - 400));
      if (j >= 0 && j < i + 4000) text = cut(text, j, line.length);
    }
    from = Math.max(0, i - 400);
  }
  // Word's second-level bullet `o` before a capital marks a list item, as `--` does: not text.
  return text.replace(/^([ \t]*)o[ \t]+(?=[A-Z])/gm, '$1');
}

// Words that label header fields or join reasons; the meta keeps the values, not these.
const LABELS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday section of per subject subj tags tag ref refs reftel reftels references classified by for reason reasons and or e o eo decl declassify on derived from sipdis n a'.split(
    ' ',
  ),
);
// What may follow the last block: end-of-message marks and banners, other mirrors' end marks and the archive's
// review stamp under old telegrams (the flattened style's metadata tail is checked by the caller).
const TAIL =
  /^(?:nnnn|nnn|bt|endcabletext|unclassified|unclas|confidential|secret|limitedofficialuse|noforn|[a-z]{0,6}vzczc?[a-z]{0,6}|oasys|cableends|declassifiedreleasedusdepartmentofstateeosystematicreview\d{1,2}[a-z]{3}\d{4})*$/;

export interface LostText {
  /** Body letters and digits missing from the blocks (or the blocks' text not found in the input), or null. */
  body: string | null;
  /** Header words found in no meta value. */
  header: string[];
}

const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);

/** A word as the meta would hold it: numbers unpadded, month names (`February`, `FEB`) as numbers, `unclas` whole. */
function canonical(w: string): string {
  if (/^\d+$/.test(w)) return String(Number(w));
  const month = MONTHS.findIndex((m) => w === m || (w.length === 3 && m.startsWith(w)));
  if (month >= 0) return String(month + 1);
  return w === 'unclas' ? 'unclassified' : w;
}

/**
 * Lower-case words of a text: letter-spaced words (`C O N F I D E N T I A L`) closed up, letters and digits
 * apart (`08REYKJAVIK195`, `2008-01-15T18:56`), each word in its canonical form.
 */
function wordsOf(text: string): string[] {
  return text
    .replace(/\b[A-Za-z](?: [A-Za-z]\b){3,}/g, (spaced) => spaced.replace(/ /g, ''))
    .toLowerCase()
    .replace(/(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(canonical);
}

/** Every word of every meta value (strings, numbers, nested lists and objects) and of the id. */
function metaWords(doc: CableDocument): Set<string> {
  const words = new Set<string>();
  const add = (v: unknown): void => {
    if (typeof v === 'string' || typeof v === 'number') {
      for (const w of wordsOf(String(v))) words.add(w);
    } else if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') Object.values(v).forEach(add);
  };
  // The summary repeats body text: its words would make the chrome before the header look like header.
  const { summary: _summary, ...header } = doc.meta;
  add(header);
  add(doc.id);
  return words;
}

// Lines of the header region that the meta keeps only in part by design: the routing block's transmission lines
// when a page puts them in the body (indicators, channel, serials), and a header line's own portion marking.
const ROUTING_LINE =
  /^[ \t]*(?:VZCZC\S*|(?:[A-Z]{2}[ \t]+)?(?:R[A-Z]{3,6}[ \t]*)+|DE[ \t]+R[A-Z]+.*|ZNY[ \t].*|[A-Z]{1,2}[ \t]+\d{6}Z.*|(?:FM|TO|INFO)[ \t].*|R[A-Z]{3,6}\/.*|BT)[ \t]*$/gm;
const HEADER_MARKING = /\((?:U|SBU|C|S|TS)(?:\/\/?[A-Z ]+)*\)/g;

// Words the vocabulary's TAGS typo table rewrites (`MOPPS`, `COUNTER TERRORISM`), to the words the meta holds.
const TYPO_WORDS = new Map(
  Object.entries(TAG_TYPOS).flatMap(([typo, fixed]) =>
    wordsOf(typo).map((w) => [w, wordsOf(fixed)] as const),
  ),
);

/** Header words no meta value holds, after the chrome before the first word one does. */
function missingHeaderWords(header: string, doc: CableDocument): string[] {
  const known = metaWords(doc);
  const ok = (w: string) => known.has(w) || LABELS.has(w);
  const words = wordsOf(header.replace(ROUTING_LINE, ' ').replace(HEADER_MARKING, ' '));
  const first = words.findIndex((w) => known.has(w) && !LABELS.has(w));
  if (first < 0) return [];
  const missing: string[] = [];
  for (let i = first; i < words.length; i++) {
    const w = words[i] as string;
    const prev = words[i - 1] ?? '';
    const next = words[i + 1] ?? '';
    if (ok(w) || TYPO_WORDS.get(w)?.every((fixed) => known.has(fixed))) continue;
    // A word split by a stray space (`C ONFIDENTIAL`, `A ND`, `an d`): the meta holds it whole.
    if ((prev.length <= 2 && ok(prev + w)) || (w.length <= 2 && ok(w + next))) continue;
    // A label word wrapped mid-word (`reas ons`, `rea son`): a label however it is split.
    if (LABELS.has(prev + w) || LABELS.has(w + next)) continue;
    // Two codes or words glued (`MASSMNUC`, `PRIMEREF`): the meta holds both apart.
    if ([...w].some((_, k) => k >= 2 && k <= w.length - 2 && ok(w.slice(0, k)) && ok(w.slice(k)))) continue;
    missing.push(w);
  }
  return missing;
}

/**
 * Compares input and output: the blocks' letters and digits must be the input body's, exactly; the text before
 * the body must be header words the meta holds (after a chrome prefix that no meta value names).
 */
export function lostText(input: string, doc: CableDocument, tailAllowed = ''): LostText {
  const cleaned = withoutBreaks(input, doc);
  const source = stream(cleaned);
  const written = doc.blocks.map((b) => [b.number ?? '', b.markingWritten ?? '', b.text].join(' '));
  const blocks = stream(written.join(' ')).chars;
  const result: LostText = { body: null, header: [] };
  if (blocks.length === 0) return result;
  const start = findBlocks(source.chars, blocks);
  if (start < 0) {
    result.body = firstDifference(source.chars, blocks);
    return result;
  }
  const tail = source.chars.slice(start + blocks.length);
  if (tail && !TAIL.test(tail) && !stream(tailAllowed).chars.endsWith(tail))
    result.body = `tail: ${tail.slice(0, 120)}`;
  const headerEnd = start > 0 ? (source.at[start - 1] as number) + 1 : 0;
  result.header = missingHeaderWords(cleaned.slice(0, headerEnd), doc);
  return result;
}

/** Where the blocks' stream stands whole in the source stream, or -1. */
function findBlocks(source: string, blocks: string): number {
  const probe = blocks.slice(0, 60);
  for (let i = source.indexOf(probe); i >= 0; i = source.indexOf(probe, i + 1)) {
    if (source.startsWith(blocks, i)) return i;
  }
  return -1;
}

function firstDifference(source: string, blocks: string): string {
  // Align on the blocks' first characters, then report where the streams part.
  const start = Math.max(0, source.indexOf(blocks.slice(0, 40)));
  let i = 0;
  while (i < blocks.length && source[start + i] === blocks[i]) i++;
  return `input ...${source.slice(start + i - 40, start + i)}[${source.slice(start + i, start + i + 60)}] vs blocks [${blocks.slice(i, i + 60)}]`;
}
