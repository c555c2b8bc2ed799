// What the fuzz suites run on one input, inside the guarded worker: parse a page with linkedom, every adapter's
// extract, detectCable (generic on), the CLI's loader, and parseCable on whatever comes out. Runs and reports;
// the suites judge the report, so nothing here asserts.
import { parseHTML } from 'linkedom';
import { parseCable, parseCableText } from '../../lib/cable/index';
import type { CableDocument, PageMeta, RawCableText } from '../../lib/cable/types';
import { loadCable } from '../../lib/cli/load-cable';
import { readCablesearchAnswer } from '../../lib/sites/cablesearch';
import { detectCable, generic, isKnownCableUrl, knownAdapters } from '../../lib/sites/index';
import type { RawCable } from '../../lib/sites/types';

export type FuzzRequest =
  /** A page's HTML and the address it is served at. */
  | { kind: 'page'; html: string; url: string }
  /** A whole cable text, as an unknown mirror shows it. */
  | { kind: 'text'; text: string; pageMeta?: PageMeta }
  /** The pipeline's input as an adapter hands it over: routing header apart, body, page metadata. */
  | { kind: 'raw'; raw: RawCableText }
  /** A file handed to the CLI (its extension decides how it is read). */
  | { kind: 'cli'; name: string; content: string }
  /** A cablesearch.org API answer. */
  | { kind: 'answer'; source: string };

/** One call made, how long it took, and the exception it threw (message and top of stack), if any. */
interface StepReport {
  step: string;
  ms: number;
  error: string | null;
}

/** A cable an adapter (or detectCable) found, with the checks that need the live document. */
interface Extraction {
  step: string;
  adapter: string;
  site: string;
  raw: RawCableText;
  /** The mount is one of the elements the view hides. */
  mountInOriginal: boolean;
  /** Every element the view would hide is in the page. */
  originalInPage: boolean;
  /** What the pipeline made of it (null when parseCable threw: see `steps`). */
  document: CableDocument | null;
}

export interface FuzzReport {
  steps: StepReport[];
  extractions: Extraction[];
  /** Documents from text inputs (`text`, `cli`, `answer`). */
  documents: CableDocument[];
  /** detectCable with generic on and every layout tried: found, or the reason it gave. */
  detection: { found: boolean; reason: string | null } | null;
  /** Whether any single adapter's extract found a cable. */
  anyAdapterFound: boolean;
  /** The page serialised the same before and after every adapter ran (null for non-page inputs). */
  pageUnchanged: boolean | null;
  /** Messages a rejected input was declined with (CLI reasons, cablesearch errors). */
  declines: string[];
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const top = (error.stack ?? '').split('\n').slice(1, 6).join('\n');
    return `${error.name}: ${error.message.slice(0, 500)}\n${top}`;
  }
  return `non-Error thrown: ${String(error).slice(0, 500)}`;
}

/** Runs `fn`, recording its time and any exception; returns its value or undefined when it threw. */
function step<T>(report: FuzzReport, name: string, fn: () => T): T | undefined {
  const start = performance.now();
  try {
    const value = fn();
    report.steps.push({ step: name, ms: performance.now() - start, error: null });
    return value;
  } catch (error) {
    report.steps.push({ step: name, ms: performance.now() - start, error: describeError(error) });
    return undefined;
  }
}

function textOnly(raw: RawCableText): RawCableText {
  return { headerText: raw.headerText, bodyText: raw.bodyText, pageMeta: raw.pageMeta };
}

// The same cable is found by an adapter and again by detectCable: parse each distinct input once.
const parsedInputs = new Map<string, CableDocument | null>();

function parseOnce(report: FuzzReport, name: string, raw: RawCableText): CableDocument | null {
  const key = JSON.stringify(raw);
  if (!parsedInputs.has(key)) {
    parsedInputs.set(key, step(report, `parseCable(${name})`, () => parseCable(raw)) ?? null);
  }
  return parsedInputs.get(key) ?? null;
}

function extraction(report: FuzzReport, name: string, adapter: string, doc: Document, cable: RawCable): void {
  const raw = textOnly(cable);
  report.extractions.push({
    step: name,
    adapter,
    site: cable.site,
    raw,
    mountInOriginal: cable.original.includes(cable.mount),
    originalInPage: cable.original.every((el) => el.ownerDocument === doc && doc.contains(el)),
    document: parseOnce(report, name, raw),
  });
}

function emptyReport(): FuzzReport {
  return {
    steps: [],
    extractions: [],
    documents: [],
    detection: null,
    anyAdapterFound: false,
    pageUnchanged: null,
    declines: [],
  };
}

function runPage(report: FuzzReport, html: string, href: string): void {
  const url = new URL(href);
  const parsed = step(report, 'linkedom.parseHTML', () => parseHTML(html).document);
  if (!parsed) return;
  const doc = parsed as unknown as Document;
  const before = step(report, 'serialise before', () => doc.documentElement?.outerHTML ?? '');
  step(report, 'isKnownCableUrl', () => isKnownCableUrl(url));
  for (const adapter of [...knownAdapters, generic]) {
    const name = `${adapter.name}.extract`;
    const cable = step(report, name, () => adapter.extract(doc, url));
    if (cable) {
      report.anyAdapterFound = true;
      extraction(report, name, adapter.name, doc, cable);
    }
  }
  for (const anyLayout of [false, true]) {
    const name = `detectCable(generic, anyLayout=${anyLayout})`;
    const detection = step(report, name, () => detectCable(doc, url, { generic: true, anyLayout }));
    if (!detection) continue;
    if (detection.found) extraction(report, name, detection.adapter.name, doc, detection.cable);
    if (anyLayout) {
      report.detection = { found: detection.found, reason: detection.found ? null : detection.reason };
    }
  }
  const after = step(report, 'serialise after', () => doc.documentElement?.outerHTML ?? '');
  report.pageUnchanged = before !== undefined && after !== undefined ? before === after : null;
}

/** Runs one request and reports every call's outcome. Never throws: exceptions are part of the report. */
export function runRequest(request: FuzzRequest): FuzzReport {
  const report = emptyReport();
  parsedInputs.clear();
  if (request.kind === 'page') runPage(report, request.html, request.url);
  else if (request.kind === 'text') {
    const doc = step(report, 'parseCableText', () => parseCableText(request.text, request.pageMeta));
    if (doc) report.documents.push(doc);
  } else if (request.kind === 'raw') {
    const doc = step(report, 'parseCable', () => parseCable(request.raw));
    if (doc) report.documents.push(doc);
  } else if (request.kind === 'cli') {
    const loaded = step(report, 'loadCable', () =>
      loadCable({ name: request.name, path: `/fuzz/${request.name}`, content: request.content }),
    );
    if (loaded?.ok) report.documents.push(loaded.cable);
    else if (loaded) report.declines.push(loaded.reason);
  } else {
    let raw: RawCableText | undefined;
    const start = performance.now();
    try {
      raw = readCablesearchAnswer(request.source);
      report.steps.push({ step: 'readCablesearchAnswer', ms: performance.now() - start, error: null });
    } catch (error) {
      // A documented refusal: it throws an Error with a one-line message. Anything else is a defect.
      const documented =
        error instanceof Error && error.constructor === Error && !error.message.includes('\n');
      if (documented) report.declines.push(error.message);
      report.steps.push({
        step: 'readCablesearchAnswer',
        ms: performance.now() - start,
        error: documented ? null : describeError(error),
      });
    }
    const doc = raw && step(report, 'parseCable(answer)', () => parseCable(raw as RawCableText));
    if (doc) report.documents.push(doc);
  }
  return report;
}
