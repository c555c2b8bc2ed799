// What must hold whatever went in: no call threw; a found cable is well formed and its page untouched; every
// CableDocument has unique keys, parents and page breaks pointing at real blocks, no page-break header left in a
// block, ids in canonical ASCII form, a lossless JSON round trip. Returns problems as readable lines.
import type { CableDocument } from '../../lib/cable/types';
import type { FuzzReport } from './targets';

/** A canonical reference id: year (two or four digits), origin letters, serial; ASCII only. */
export const REFERENCE_ID = /^[0-9]{2,4}[A-Z]+[0-9]+$/;

// Written independently of the pipeline's recognisers (as tests/corpus/invariants.test.ts): the modern and old
// page-break header forms, alone on a line or flattened into a sentence. Cables print them between spaces, line
// breaks or punctuation; one glued to markup or a word (`<p>FOO 00000123 002 OF 002</p>`) is not one of them.
const BEFORE = String.raw`(?<![^\s.,;:(])`;
const AFTER = String.raw`(?![^\s.,;:)])`;
const PAGE_BREAK_FORMS = [
  new RegExp(
    String.raw`${BEFORE}[A-Z]{3,}(?: [A-Z]{2,}){0,3} {1,2}\d{8} {1,2}\d{3}(?:\.\d)? OF \d{3}${AFTER}`,
  ),
  new RegExp(
    String.raw`${BEFORE}PAGE \d{2,3} +[A-Z]{3,}(?: [A-Z]{2,}){0,2} +\d{4,6}(?: +\d{2} OF \d{2})? +\d{6}Z${AFTER}`,
  ),
];

const KINDS = new Set([
  'paragraph',
  'subparagraph',
  'list-item',
  'heading',
  'redaction',
  'signature',
  'text',
]);

/** Every way `doc` breaks the pipeline's output contract; empty when it holds. */
export function documentProblems(doc: CableDocument): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const block of doc.blocks) {
    if (typeof block.key !== 'string' || block.key === '')
      problems.push(`block with empty key: ${block.kind}`);
    if (keys.has(block.key)) problems.push(`duplicate block key ${block.key}`);
    keys.add(block.key);
    if (!KINDS.has(block.kind)) problems.push(`block ${block.key} has unknown kind ${block.kind}`);
    if (typeof block.text !== 'string') problems.push(`block ${block.key} text is not a string`);
    for (const form of PAGE_BREAK_FORMS) {
      const left = form.exec(block.text)?.[0];
      if (left) problems.push(`block ${block.key} still holds a page-break header: ${JSON.stringify(left)}`);
    }
    for (const s of block.spans) {
      if (!(s.start >= 0 && s.start <= s.end && s.end <= block.text.length)) {
        problems.push(`block ${block.key} has a ${s.kind} span ${s.start}-${s.end} outside its text`);
      }
    }
  }
  for (const block of doc.blocks) {
    if (block.parent !== null && !keys.has(block.parent)) {
      problems.push(`block ${block.key} names a parent ${block.parent} that is not a block`);
    }
  }
  for (const brk of doc.pageBreaks) {
    if (brk.blockKey !== null && !keys.has(brk.blockKey)) {
      problems.push(`page break ${JSON.stringify(brk.text)} points at missing block ${brk.blockKey}`);
    }
  }
  if (doc.id !== null && !REFERENCE_ID.test(doc.id))
    problems.push(`id ${JSON.stringify(doc.id)} is not canonical`);
  for (const ref of doc.meta.references) {
    if (ref.id !== null && !REFERENCE_ID.test(ref.id)) {
      problems.push(`reference ${JSON.stringify(ref.text)} has a non-canonical id ${JSON.stringify(ref.id)}`);
    }
  }
  const json = JSON.stringify(doc);
  if (JSON.stringify(JSON.parse(json)) !== json || !sameJson(JSON.parse(json), doc)) {
    problems.push('the document does not survive a JSON round trip');
  }
  return problems;
}

/** Deep equality of a parsed JSON value with the original (undefined fields are absent in JSON). */
function sameJson(parsed: unknown, original: unknown): boolean {
  if (original === undefined) return parsed === undefined;
  if (typeof original === 'number') return parsed === original;
  if (original === null || typeof original !== 'object') return parsed === original;
  if (parsed === null || typeof parsed !== 'object') return false;
  if (Array.isArray(original)) {
    return (
      Array.isArray(parsed) &&
      parsed.length === original.length &&
      original.every((item, i) => sameJson(parsed[i], item))
    );
  }
  const defined = Object.entries(original).filter(([, v]) => v !== undefined);
  const record = parsed as Record<string, unknown>;
  return defined.length === Object.keys(record).length && defined.every(([k, v]) => sameJson(record[k], v));
}

/** Every exception the run's calls threw, with the call's name. */
function thrown(report: FuzzReport): string[] {
  return report.steps.filter((s) => s.error !== null).map((s) => `${s.step} threw ${s.error}`);
}

/** Every contract breach in the run: exceptions, malformed extractions, broken documents, a changed page. */
export function reportProblems(report: FuzzReport): string[] {
  const problems = thrown(report);
  for (const x of report.extractions) {
    if (typeof x.raw.bodyText !== 'string' || x.raw.bodyText.trim() === '') {
      problems.push(`${x.step} returned an empty body`);
    }
    if (x.raw.headerText !== null && typeof x.raw.headerText !== 'string') {
      problems.push(`${x.step} returned a header that is not text`);
    }
    if (!x.step.startsWith('detectCable') && x.site !== x.adapter) {
      problems.push(`${x.step} labelled its cable ${x.site}`);
    }
    if (!x.mountInOriginal) problems.push(`${x.step}: the mount is not among the elements the view hides`);
    if (!x.originalInPage) problems.push(`${x.step}: an element to hide is not in the page`);
    for (const [field, value] of Object.entries(x.raw.pageMeta)) {
      const ok =
        field === 'tags'
          ? Array.isArray(value) && value.every((t) => typeof t === 'string')
          : typeof value === 'string';
      if (!ok) problems.push(`${x.step}: pageMeta.${field} is not text`);
    }
    if (x.document) problems.push(...documentProblems(x.document).map((p) => `${x.step}: ${p}`));
  }
  for (const doc of report.documents) problems.push(...documentProblems(doc));
  if (report.pageUnchanged === false) problems.push('an adapter changed the page');
  if (report.detection) {
    if (report.detection.found !== report.anyAdapterFound) {
      problems.push(
        `detectCable (every layout, generic on) found=${report.detection.found} but single adapters found=${report.anyAdapterFound}`,
      );
    }
    if (!report.detection.found && !report.detection.reason)
      problems.push('detectCable declined without a reason');
  }
  for (const reason of report.declines) {
    if (reason.trim() === '' || reason.includes('\n'))
      problems.push(`decline message not one line: ${JSON.stringify(reason)}`);
  }
  return problems;
}
