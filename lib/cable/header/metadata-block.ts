// The block of page-metadata lines other mirrors' conversion tools put before a cable, one fact a line in any
// order (id, a cut title, a date, classification, origin), and a lone banner line. Never takes a cable line.

import {
  BANNER_WORDS_SOURCE,
  DEPARTMENT_NAMES_SOURCE,
  METADATA_CAVEATS_SOURCE,
  OFFICE_WORDS_SOURCE,
  POSTS,
} from '../vocabulary';
import { canonicalId, parseClassificationLine, postCode } from './ids';
import { fieldStart, PARAGRAPH_START } from './lines';
import { readMetadataLine } from './site-metadata';
import { writtenDate } from './written-date';

/** Page metadata read before a cable: a fact the page does not give is null. */
export interface PageMetadata {
  id: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`. */
  date: string | null;
  classification: string | null;
  origin: string | null;
}

export interface MetadataBlock extends PageMetadata {
  /** The title as the block cuts it, or null. */
  title: string | null;
  /** Offset of the first line after the block: the cable's first line. */
  end: number;
}

/** Lines a block may hold: one of each kind. */
const MAX_LINES = 5;
const MAX_TITLE = 200;
/** Lines of the cable's head that may name its post. */
const CABLE_LINES = 40;
const COMPACT_ID = /^(?:19|20)?\d{2}[A-Z]{2,40}\d{1,8}(?:_[ab]\d*)?$/;
const BANNER = new RegExp(
  String.raw`^(${BANNER_WORDS_SOURCE})((?:[ \t]*//[ \t]*(?:${METADATA_CAVEATS_SOURCE}))*)$`,
);
const SPACED_LETTERS = /^(?:[A-Z] )+[A-Z]$/;
const SPACED_BANNERS: Readonly<Record<string, string>> = {
  TOPSECRET: 'TOP SECRET',
  SECRET: 'SECRET',
  CONFIDENTIAL: 'CONFIDENTIAL',
  UNCLASSIFIED: 'UNCLASSIFIED',
  UNCLAS: 'UNCLASSIFIED',
};
const OFFICE_ORIGIN = new RegExp(
  String.raw`^(?:${OFFICE_WORDS_SOURCE})[ \t]+(?:to[ \t]+(?:the[ \t]+)?)?[A-Za-z][A-Za-z .'()-]{1,40}$|^(?:${DEPARTMENT_NAMES_SOURCE})$`,
  'i',
);
const KNOWN_POSTS: ReadonlySet<string> = new Set(POSTS.values());
const PLACE = /^[A-Za-z][A-Za-z.'-]*(?:[ \t][A-Za-z][A-Za-z.'-]*){0,3}$/;
// A line a cable's own text starts with: a routing line, the classification line, a header field, a paragraph,
// a banner with more after it (`CONFIDENTIAL     PTQ1859`), or an old telegram's distribution and page lines
// (`ACTION EUR-25`, `ORIGIN DS-00`, `PAGE 01`, and the line count PlusD prints alone before them).
const ROUTING_LINE =
  /^(?:VZCZC|(?:[A-Z]{1,2}[ \t]+){0,3}\d{6}[ \t]?Z[ \t]+[A-Za-z]{3}[ \t]+\d{2}\b|FM[ \t]+[A-Z]|(?:INFO|ORIGIN)[ \t]+[A-Z]{1,6}-\d\d|ACTION[ \t]|PAGE[ \t]+\d|\d{1,4}$|BT$|ZNR|ZNY)/;
const BANNER_LED = new RegExp(String.raw`^(?:${BANNER_WORDS_SOURCE})\b`);

/** A line that holds a classification banner and nothing else (`SECRET`, `S E C R E T`, `SECRET//NOFORN`). */
export function loneBanner(line: string): string | null {
  const text = line.trim().replace(/[ \t]+/g, ' ');
  if (SPACED_LETTERS.test(text)) return SPACED_BANNERS[text.replace(/ /g, '')] ?? null;
  const m = BANNER.exec(text);
  if (!m) return null;
  const words = m[1] === 'UNCLAS' ? 'UNCLASSIFIED' : (m[1] as string);
  return `${words}${(m[2] as string).replace(/[ \t]+/g, '')}`;
}

/** True for a line of the cable's own text, which a block never takes. */
export function startsCable(line: string): boolean {
  const text = line.trim();
  return (
    ROUTING_LINE.test(text) ||
    parseClassificationLine(text) !== null ||
    fieldStart(text) !== null ||
    PARAGRAPH_START.test(text) ||
    (BANNER_LED.test(text) && loneBanner(text) === null)
  );
}

type Kind = 'id' | 'date' | 'classification' | 'origin' | 'other';

interface Line {
  kind: Kind;
  text: string;
  value: string;
}

function classify(text: string): Line {
  const id = COMPACT_ID.test(text) ? canonicalId(text) : null;
  if (id) return { kind: 'id', text, value: id };
  const date = writtenDate(text);
  if (date) return { kind: 'date', text, value: date };
  const banner = loneBanner(text);
  if (banner) return { kind: 'classification', text, value: banner };
  if (OFFICE_ORIGIN.test(text)) return { kind: 'origin', text, value: text };
  return { kind: 'other', text, value: text };
}

const FM_LINE = /^[ \t]*FM[ \t]+(\S.{0,80}?)[ \t]*$/;

/**
 * The posts the cable names in its first lines (FM line, classification line), as ids spell them: read only to
 * tell a bare place in the block from a title.
 */
function cablePosts(text: string, from: number): Set<string> {
  const posts = new Set<string>();
  let at = from;
  for (let n = 0; n < CABLE_LINES && at < text.length; n++) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    const line = text.slice(at, Math.min(next, at + 300));
    if (PARAGRAPH_START.test(line)) break;
    const name = FM_LINE.exec(line)?.[1] ?? parseClassificationLine(line)?.origin;
    const post = name ? postCode(name) : null;
    if (post) posts.add(post);
    at = next + 1;
  }
  return posts;
}

/** The first line with text after `from`, trimmed, or ''. */
function lineAfter(text: string, from: number): string {
  for (let at = from + 1; at < text.length && at < from + 2000; ) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    const line = text.slice(at, Math.min(next, at + 300)).trim();
    if (line) return line;
    at = next + 1;
  }
  return '';
}

const BLOCK_FACTS: ReadonlySet<Kind> = new Set(['date', 'classification', 'origin']);

/**
 * A title that kept its subject's portion marking (`(S) TALKS ON THE HARBOUR`) reads like a marked paragraph: it is
 * the block's when the block's id stands above it and another fact of the block follows it (`end`: its line end).
 */
function isMarkedTitle(line: string, above: readonly Line[], text: string, end: number): boolean {
  if (!line.startsWith('(') || !above.some((l) => l.kind === 'id')) return false;
  const after = lineAfter(text, end);
  return after !== '' && !startsCable(after) && BLOCK_FACTS.has(classify(after).kind);
}

/**
 * Reads the block of metadata lines at the text's start, or null when there is none. A block holds an id, or a
 * date and one more fact, each kind once and one other line at most (the title), and ends where the cable's own
 * first line stands; anything else (a line that may be the cable's, a second title, a text that stops) means
 * the text has no block.
 */
export function readMetadataBlock(text: string): MetadataBlock | null {
  const lines: Line[] = [];
  let at = 0;
  let end = -1;
  while (at < text.length && lines.length <= MAX_LINES) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    const line = text.slice(at, Math.min(next, at + 300)).trim();
    if (line) {
      if (readMetadataLine(line)) return null;
      const seen = lines.find((l) => l.kind === 'classification');
      // The cable's own lone banner after the block's classification line is the cable's.
      if ((startsCable(line) && !isMarkedTitle(line, lines, text, next)) || (seen && loneBanner(line))) {
        end = at;
        break;
      }
      lines.push(classify(line));
    }
    at = next + 1;
  }
  if (end < 0 || lines.length === 0) return null;
  const one = (kind: Kind) => lines.filter((l) => l.kind === kind);
  const id = one('id')[0]?.value ?? null;
  // A bare place is the origin when the id names that post, or else when the post is known or the cable's own
  // first lines name it; otherwise it is the title.
  const idPost = id ? /^\d+([A-Z]+)\d/.exec(id)?.[1] : undefined;
  for (const line of one('other')) {
    if (!PLACE.test(line.text) || one('origin').length > 0) continue;
    const post = postCode(line.text);
    if (post && (idPost ? post === idPost : KNOWN_POSTS.has(post) || cablePosts(text, end).has(post))) {
      line.kind = 'origin';
    }
  }
  const kinds: Kind[] = ['id', 'date', 'classification', 'origin'];
  const facts = kinds.filter((k) => one(k).length === 1).length;
  const titles = one('other');
  if (kinds.some((k) => one(k).length > 1) || titles.length > 1) return null;
  // An id on its own line is the page's; a date alone could be a dated first line of anything.
  if (!id && !(one('date').length === 1 && facts >= 2)) return null;
  const title = titles[0]?.text.replace(/[ \t]+/g, ' ') ?? null;
  if (title && title.length > MAX_TITLE) return null;
  return {
    id,
    date: one('date')[0]?.value ?? null,
    classification: one('classification')[0]?.value ?? null,
    origin: one('origin')[0]?.value.replace(/[ \t]+/g, ' ') ?? null,
    title,
    end,
  };
}
