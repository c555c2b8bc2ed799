// Turns the CLI's input into a CableDocument with the same two steps as the browser: the site adapters find
// the cable in a page (parsed by linkedom), lib/cable cleans it. No cable rule of its own lives here.
import { basename, extname } from 'node:path';
import { canonicalId, parseCable, parseCableText } from '../cable';
import { cableScore } from '../cable/detect';
import type { CableDocument, RawCableText } from '../cable/types';
import { cablegate } from '../sites/cablegate';
import { cablegateFromSource } from '../sites/cablegate-source';
import { readCablesearchAnswer } from '../sites/cablesearch';
import { adaptersFor, detectCable } from '../sites/detect';
import { type InputKind, inputKind } from './input-kind';
import { pageUrl, sourcePageUrl } from './page-url';
import { parsePage } from './parse-page';
import type { Input } from './read-input';

export type Loaded =
  | { ok: true; cable: CableDocument; kind: InputKind; site: string | null }
  | { ok: false; reason: string };

/** Only the text fields: the pipeline gets no DOM nodes. */
function textOnly(raw: RawCableText): RawCableText {
  return { headerText: raw.headerText, bodyText: raw.bodyText, pageMeta: raw.pageMeta };
}

/**
 * A Cablegate viewer page read from its source without building a DOM (most of a batch's time went to parsing
 * whole pages); null when the page is to be parsed: the DOM path below is the reference, and gives the same.
 */
function fromSource(input: Input): Loaded | null {
  const url = sourcePageUrl(input.content, input.path);
  const first = url ? adaptersFor(url)[0] : undefined;
  if (!url || (first && first !== cablegate)) return null;
  const raw = cablegateFromSource(input.content, url);
  return raw ? { ok: true, cable: parseCable(raw), kind: 'html', site: cablegate.name } : null;
}

function fromPage(input: Input): Loaded {
  const fast = fromSource(input);
  if (fast) return fast;
  const doc = parsePage(input.content);
  // No element at all: a text saved under an HTML name, read as the text it is.
  if (!doc) return fromText(input);
  const url = pageUrl(doc, input.path);
  const detection = detectCable(doc, url, { generic: true, anyLayout: true });
  if (!detection.found) return { ok: false, reason: detection.reason };
  return {
    ok: true,
    cable: parseCable(textOnly(detection.cable)),
    kind: 'html',
    site: detection.adapter.name,
  };
}

/**
 * A reference id in the file's name (`08FOO123.txt`), used only when the text cannot name itself: a bare body
 * gives origin and serial but never the year.
 */
function idFromName(path: string | null): string | null {
  return path ? canonicalId(basename(path, extname(path))) : null;
}

function fromText(input: Input): Loaded {
  const score = cableScore(input.content);
  if (!score.isCable) {
    const why = score.reasons.length > 0 ? score.reasons.join('; ') : 'no cable signals';
    return { ok: false, reason: `no cable-shaped text (score ${score.score}: ${why})` };
  }
  const cable = parseCableText(input.content);
  const named = cable.id === null ? idFromName(input.path) : null;
  return {
    ok: true,
    cable: named ? parseCableText(input.content, { id: named }) : cable,
    kind: 'text',
    site: null,
  };
}

function fromAnswer(input: Input): Loaded {
  try {
    return {
      ok: true,
      cable: parseCable(readCablesearchAnswer(input.content)),
      kind: 'cablesearch',
      site: null,
    };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

/** The cable in `input`, or the reason there is none. */
export function loadCable(input: Input): Loaded {
  if (input.content.trim() === '') return { ok: false, reason: 'the input is empty' };
  const kind = inputKind(input.name, input.content);
  if (kind === 'html') return fromPage(input);
  if (kind === 'cablesearch') return fromAnswer(input);
  return fromText(input);
}
