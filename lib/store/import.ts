// JSON import: the whole file is parsed, screened and validated before anything is written, then merged at once.
// A bad file is refused with a message naming the problem and where it is; the store is not touched.
import * as v from 'valibot';
import { StoreError } from './errors';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportFile,
  exportFileSchema,
  MAX_IMPORT_CHARS,
} from './export-schema';
import { cleanTags } from './highlights';
import type { ImportReport, StoreContents } from './merge';
import type { Repository } from './repository';

/** Keys that could reach an object's prototype if some later code copied the data naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

type PathPart = string | number;

/** `bookmarks[3].selectors[0].exact` */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(the file)';
}

function invalid(path: readonly PathPart[], problem: string): StoreError {
  return new StoreError('invalid', `This file cannot be imported: ${formatPath(path)}: ${problem}.`);
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

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object') return issue.expected === 'never' ? 'unexpected field' : 'missing';
  if (issue.type === 'strict_tuple') return 'unexpected extra item';
  if (issue.kind === 'schema') return `expected ${issue.expected}, got ${issue.received}`;
  return issue.message;
}

function checkEnvelope(data: unknown): void {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new StoreError('invalid', 'This is not a Cable Reader export: expected a JSON object.');
  }
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) {
    throw new StoreError(
      'invalid',
      `This is not a Cable Reader export: format is ${JSON.stringify(format) ?? 'missing'}, expected "${EXPORT_FORMAT}".`,
    );
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    throw new StoreError(
      'invalid',
      `This export was made by a newer Cable Reader (file version ${version}; this one reads version ` +
        `${EXPORT_VERSION}). Update the extension, then import it again.`,
    );
  }
  if (version !== EXPORT_VERSION) {
    throw new StoreError(
      'invalid',
      `This export's version ${JSON.stringify(version) ?? '(missing)'} is not supported.`,
    );
  }
}

function firstDuplicate(ids: readonly string[]): number {
  const seen = new Set<string>();
  return ids.findIndex((id) => {
    if (seen.has(id)) return true;
    seen.add(id);
    return false;
  });
}

/** References between records must hold inside the file, so what is imported is whole. */
function checkReferences(file: ExportFile): void {
  for (const [name, list] of [
    ['cables', file.cables],
    ['bookmarks', file.bookmarks],
    ['notes', file.notes],
  ] as const) {
    const at = firstDuplicate(list.map((r) => r.id));
    if (at >= 0) throw invalid([name, at, 'id'], `"${list[at]?.id}" appears more than once`);
  }
  const cables = new Set(file.cables.map((c) => c.id));
  file.cables.forEach((cable, i) => {
    const docId = cable.saved?.document.id;
    if (cable.saved && docId !== cable.id) {
      throw invalid(['cables', i, 'saved', 'document', 'id'], `expected "${cable.id}", the cable's id`);
    }
  });
  const bookmarkCables = new Map<string, string>();
  file.bookmarks.forEach((bookmark, i) => {
    if (!cables.has(bookmark.cableId))
      throw invalid(['bookmarks', i, 'cableId'], `no cable "${bookmark.cableId}" in this file`);
    if (!bookmark.id.startsWith(`${bookmark.cableId}#`)) {
      throw invalid(['bookmarks', i, 'id'], `expected it to start with "${bookmark.cableId}#"`);
    }
    bookmarkCables.set(bookmark.id, bookmark.cableId);
  });
  file.highlights?.forEach((highlight, i) => {
    if (!cables.has(highlight.cableId))
      throw invalid(['highlights', i, 'cableId'], `no cable "${highlight.cableId}" in this file`);
  });
  file.notes.forEach((note, i) => {
    if (note.bookmarkId === null) {
      if (!cables.has(note.cableId))
        throw invalid(['notes', i, 'cableId'], `no cable "${note.cableId}" in this file`);
      return;
    }
    const cableId = bookmarkCables.get(note.bookmarkId);
    if (!cableId) throw invalid(['notes', i, 'bookmarkId'], `no bookmark "${note.bookmarkId}" in this file`);
    if (cableId !== note.cableId)
      throw invalid(['notes', i, 'cableId'], `expected "${cableId}", its bookmark's cable`);
  });
}

const ms = (iso: string) => Date.parse(iso);

/** Turns a validated file into store records (times back to epoch milliseconds). */
function toContents(file: ExportFile): StoreContents {
  const contents: StoreContents = { cables: [], snapshots: [], bookmarks: [], notes: [] };
  for (const { saved, urls, updatedAt, ...cable } of file.cables) {
    contents.cables.push({
      ...cable,
      urls: urls.map((u) => ({ ...u, lastSeen: ms(u.lastSeen) })),
      updatedAt: ms(updatedAt),
    });
    if (saved)
      contents.snapshots.push({ cableId: cable.id, document: saved.document, savedAt: ms(saved.savedAt) });
  }
  for (const b of file.bookmarks) {
    contents.bookmarks.push({ ...b, orphan: null, createdAt: ms(b.createdAt), updatedAt: ms(b.updatedAt) });
  }
  for (const n of file.notes)
    contents.notes.push({ ...n, createdAt: ms(n.createdAt), updatedAt: ms(n.updatedAt) });
  if (file.highlights) {
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

/** Parses and validates a whole export file; throws StoreError `invalid` naming the first problem. */
export function parseExport(text: unknown, maxChars = MAX_IMPORT_CHARS): StoreContents {
  if (typeof text !== 'string')
    throw new StoreError('invalid', 'This file cannot be imported: it is not text.');
  if (text.trim() === '') throw new StoreError('invalid', 'This file is empty.');
  if (text.length > maxChars) {
    const mb = (n: number) => (n / 1_000_000).toFixed(1);
    throw new StoreError(
      'invalid',
      `This file is too large to import (${mb(text.length)} MB; the limit is ${mb(maxChars)} MB).`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new StoreError(
      'invalid',
      `This file is not complete JSON: it may have been cut short or damaged${detail}.`,
    );
  }
  screen(data);
  checkEnvelope(data);
  const result = v.safeParse(exportFileSchema, data);
  if (!result.success) {
    const [first, ...others] = result.issues;
    const more =
      others.length > 0 ? ` (and ${others.length} more problem${others.length > 1 ? 's' : ''})` : '';
    const path = (first.path ?? []).map((p) => p.key as PathPart);
    throw new StoreError(
      'invalid',
      `This file cannot be imported: ${formatPath(path)}: ${describeIssue(first)}${more}.`,
    );
  }
  checkReferences(result.output);
  return toContents(result.output);
}

/** Validates the whole file, then merges it in one transaction; reports what was added, updated, unchanged. */
export async function importJson(repository: Repository, text: unknown): Promise<ImportReport> {
  return repository.merge(parseExport(text));
}
