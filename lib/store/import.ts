// JSON import: the whole file is parsed and screened (as a whole, then record by record) before anything is
// written, then merged at once. A refused file or record gets a message naming the problem and where it is.

import * as v from 'valibot';
import { plural, t } from '../i18n/t';
import { StoreError } from './errors';
import { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_CHARS, RECORDS_LIMIT } from './export-schema';
import { isoTimeSchema } from './fields';
import { cleanTags } from './highlights';
import {
  COLLECTIONS,
  formatPath,
  type RawRecords,
  type RejectedRecord,
  type ScreenedRecords,
  screenRecords,
} from './import-records';
import type { ImportReport, StoreContents } from './merge';
import type { Repository } from './repository';

/** Keys that could reach an object's prototype if some later code copied the data naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

type PathPart = string | number;

function invalid(path: readonly PathPart[], problem: string): StoreError {
  return new StoreError('invalid', t('err_fileRefused', formatPath(path), problem));
}

/** Refuses prototype-reaching keys and absurd nesting anywhere in the parsed JSON (iteratively: no stack limit). */
function screen(root: unknown): void {
  const stack: { value: unknown; path: PathPart[] }[] = [{ value: root, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, path } = item;
    if (!value || typeof value !== 'object') continue;
    if (path.length > MAX_DEPTH) throw invalid(path, `nested more than ${MAX_DEPTH} levels deep`);
    if (Array.isArray(value)) {
      value.forEach((child, i) => {
        if (child && typeof child === 'object') stack.push({ value: child, path: [...path, i] });
      });
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw invalid([...path, key], 'this key is not allowed');
      if (child && typeof child === 'object') stack.push({ value: child, path: [...path, key] });
    }
  }
}

function checkEnvelope(data: unknown): void {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new StoreError('invalid', t('err_notExportObject'));
  }
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) {
    throw new StoreError(
      'invalid',
      t('err_notExportFormat', JSON.stringify(format) ?? t('err_formatMissing'), EXPORT_FORMAT),
    );
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    throw new StoreError('invalid', t('err_newerExport', version, EXPORT_VERSION));
  }
  if (version !== EXPORT_VERSION) {
    throw new StoreError(
      'invalid',
      t('err_versionUnsupported', JSON.stringify(version) ?? `(${t('err_formatMissing')})`),
    );
  }
}

const ms = (iso: string) => Date.parse(iso);

/** Turns screened records into store records (times back to epoch milliseconds). */
function toContents(file: ScreenedRecords): StoreContents {
  const contents: StoreContents = { cables: [], snapshots: [], bookmarks: [], notes: [] };
  for (const { saved, urls, updatedAt, ...cable } of file.cables) {
    contents.cables.push({
      ...cable,
      urls: urls.map((u) => ({ ...u, lastSeen: ms(u.lastSeen) })),
      updatedAt: ms(updatedAt),
    });
    if (saved) {
      const { url, variants } = saved;
      contents.snapshots.push({
        cableId: cable.id,
        document: saved.document,
        savedAt: ms(saved.savedAt),
        ...(url === undefined ? {} : { url }),
        ...(variants === undefined
          ? {}
          : { variants: variants.map((v) => ({ url: v.url, document: v.document, seenAt: ms(v.seenAt) })) }),
      });
    }
  }
  for (const b of file.bookmarks) {
    contents.bookmarks.push({ ...b, orphan: null, createdAt: ms(b.createdAt), updatedAt: ms(b.updatedAt) });
  }
  for (const n of file.notes)
    contents.notes.push({
      ...n,
      tags: cleanTags(n.tags ?? []),
      createdAt: ms(n.createdAt),
      updatedAt: ms(n.updatedAt),
    });
  if (file.highlights.length > 0) {
    contents.highlights = file.highlights.map((h) => ({
      ...h,
      tags: cleanTags(h.tags),
      orphan: null,
      createdAt: ms(h.createdAt),
      updatedAt: ms(h.updatedAt),
    }));
  }
  return contents;
}

/** The file's top level: the envelope and a list per kind of record, the records themselves not yet checked. */
const fileShapeSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: isoTimeSchema,
  ...Object.fromEntries(
    COLLECTIONS.map((name) => [
      name,
      v.pipe(v.array(v.unknown()), v.maxLength(RECORDS_LIMIT, `more than ${RECORDS_LIMIT} records`)),
    ]),
  ),
  highlights: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(RECORDS_LIMIT))),
});

/** A file read record by record: what can be imported, and what cannot with its reasons. */
export interface ParsedImport {
  contents: StoreContents;
  rejected: RejectedRecord[];
}

/**
 * Checks a parsed file as a whole (prototype keys, nesting, envelope, top-level shape: any failure refuses the
 * file) and then each record (a failure leaves that record out, listed in `rejected`).
 */
export function screenParsedFile(data: unknown): ParsedImport {
  screen(data);
  checkEnvelope(data);
  const shape = v.safeParse(fileShapeSchema, data);
  if (!shape.success) {
    const [first] = shape.issues;
    const path = (first.path ?? []).map((p) => p.key as PathPart);
    const why =
      first.type === 'strict_object' && first.expected === 'never' ? 'unexpected field' : first.message;
    throw invalid(path, why);
  }
  const screened = screenRecords(shape.output as RawRecords);
  return { contents: toContents(screened), rejected: screened.rejected };
}

/** Reads an export file's text record by record (see screenParsedFile); throws only for a whole-file problem. */
export function parseExportRecords(text: unknown, maxChars = MAX_IMPORT_CHARS): ParsedImport {
  if (typeof text !== 'string') throw new StoreError('invalid', t('err_notText'));
  if (text.trim() === '') throw new StoreError('invalid', t('err_fileEmpty'));
  if (text.length > maxChars) {
    const mb = (n: number) => (n / 1_000_000).toFixed(1);
    throw new StoreError('invalid', t('err_fileTooLargeSize', mb(text.length), mb(maxChars)));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new StoreError(
      'invalid',
      error instanceof Error ? t('err_notJsonDetail', error.message) : t('err_notJson'),
    );
  }
  return screenParsedFile(data);
}

/**
 * The whole-file refusal for a file with rejected records: the first problem, and how many more records are
 * bad in themselves (those left out only because they name a bad one are not counted again).
 */
function refusal(rejected: readonly RejectedRecord[]): StoreError {
  const [first, ...others] = rejected.filter((r) => !r.dependent);
  const problem = first?.problem ?? '';
  return new StoreError(
    'invalid',
    others.length > 0
      ? plural('err_fileRefusedMore', others.length, problem)
      : t('err_fileRefusedFirst', problem),
  );
}

/** Parses and validates a whole export file; throws StoreError `invalid` naming the first problem. */
export function parseExport(text: unknown, maxChars = MAX_IMPORT_CHARS): StoreContents {
  const { contents, rejected } = parseExportRecords(text, maxChars);
  if (rejected.length > 0) throw refusal(rejected);
  return contents;
}

/** Validates the whole file, then merges it in one transaction; reports what was added, updated, unchanged. */
export async function importJson(repository: Repository, text: unknown): Promise<ImportReport> {
  return repository.merge(parseExport(text));
}
