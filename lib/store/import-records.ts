// Screens an export file's records one by one: each is checked against its own schema and against the records
// it refers to, so a file with a few bad records can still give the reader every good one. Writes nothing.

import * as v from 'valibot';
import { plural } from '../i18n/t';
import {
  type ExportedBookmark,
  type ExportedCable,
  type ExportedHighlight,
  type ExportedNote,
  exportedBookmarkSchema,
  exportedCableSchema,
  exportedHighlightSchema,
  exportedNoteSchema,
} from './export-schema';

/** The record lists an export file holds, in the order they are screened (a note needs its bookmark first). */
export const COLLECTIONS = ['cables', 'bookmarks', 'notes', 'highlights'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** The file's records as read, not yet checked. */
export type RawRecords = Partial<Record<Collection, readonly unknown[]>>;

/** A record import leaves out, and why, in words and with its place in the file. */
export interface RejectedRecord {
  collection: Collection;
  index: number;
  /** The record's own id when it has a readable one. */
  id: string | null;
  /** `bookmarks[3].selectors[0].exact: Invalid length...`: where in the file, then what is wrong. */
  problem: string;
  /** True when the record itself is sound but names a record that is left out (a note on a bad bookmark). */
  dependent: boolean;
}

export interface ScreenedRecords {
  cables: ExportedCable[];
  bookmarks: ExportedBookmark[];
  notes: ExportedNote[];
  highlights: ExportedHighlight[];
  rejected: RejectedRecord[];
}

type PathPart = string | number;

/** `bookmarks[3].selectors[0].exact` */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(the file)';
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object') return issue.expected === 'never' ? 'unexpected field' : 'missing';
  if (issue.type === 'strict_tuple') return 'unexpected extra item';
  if (issue.kind === 'schema') return `expected ${issue.expected}, got ${issue.received}`;
  return issue.message;
}

function readableId(record: unknown): string | null {
  const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length <= 300 ? id : null;
}

const SCHEMAS = {
  cables: exportedCableSchema,
  bookmarks: exportedBookmarkSchema,
  notes: exportedNoteSchema,
  highlights: exportedHighlightSchema,
} as const;

/**
 * Checks every record against its schema, then against the records it names: a duplicate id, a bookmark or
 * highlight whose cable is not imported, a note whose bookmark or cable is not, a saved copy of another cable.
 * What fails is listed with its reason; the rest is returned whole, references intact.
 */
export function screenRecords(raw: RawRecords): ScreenedRecords {
  const out: ScreenedRecords = { cables: [], bookmarks: [], notes: [], highlights: [], rejected: [] };
  const left = { cables: new Set<string>(), bookmarks: new Set<string>() };
  const reject = (
    collection: Collection,
    index: number,
    record: unknown,
    path: PathPart[],
    why: string,
    dependent = false,
  ) => {
    const id = readableId(record);
    if (id && (collection === 'cables' || collection === 'bookmarks')) left[collection].add(id);
    out.rejected.push({
      collection,
      index,
      id,
      problem: `${formatPath([collection, index, ...path])}: ${why}`,
      dependent,
    });
  };
  /** Why a record's reference does not resolve: the named record was left out, or the file never had it. */
  const missing = (kind: 'cables' | 'bookmarks', id: string) =>
    left[kind].has(id)
      ? { why: `its ${kind === 'cables' ? 'cable' : 'bookmark'} "${id}" cannot be imported`, dependent: true }
      : { why: `no ${kind === 'cables' ? 'cable' : 'bookmark'} "${id}" in this file`, dependent: false };
  const cables = new Set<string>();
  const bookmarkCable = new Map<string, string>();
  const seen: Record<Collection, Set<string>> = {
    cables: new Set(),
    bookmarks: new Set(),
    notes: new Set(),
    highlights: new Set(),
  };

  /** The record parsed by its schema, or null after listing why not (schema first, then a duplicate id). */
  function parsed<C extends Collection>(collection: C, index: number, record: unknown) {
    const result = v.safeParse(SCHEMAS[collection], record);
    if (!result.success) {
      const [first, ...others] = result.issues;
      const more = others.length > 0 ? ` ${plural('err_moreProblems', others.length)}` : '';
      const path = (first.path ?? []).map((p) => p.key as PathPart);
      reject(collection, index, record, path, `${describeIssue(first)}${more}`);
      return null;
    }
    const { id } = result.output as { id: string };
    if (seen[collection].has(id)) {
      reject(collection, index, record, ['id'], `"${id}" appears more than once`);
      return null;
    }
    seen[collection].add(id);
    return result.output as v.InferOutput<(typeof SCHEMAS)[C]>;
  }

  (raw.cables ?? []).forEach((record, i) => {
    const cable = parsed('cables', i, record);
    if (!cable) return;
    if (cable.saved && cable.saved.document.id !== cable.id) {
      reject('cables', i, record, ['saved', 'document', 'id'], `expected "${cable.id}", the cable's id`);
      return;
    }
    const stray = cable.saved?.variants?.findIndex((variant) => variant.document.id !== cable.id) ?? -1;
    if (stray >= 0) {
      const path = ['saved', 'variants', stray, 'document', 'id'];
      reject('cables', i, record, path, `expected "${cable.id}", the cable's id`);
      return;
    }
    cables.add(cable.id);
    out.cables.push(cable);
  });
  (raw.bookmarks ?? []).forEach((record, i) => {
    const bookmark = parsed('bookmarks', i, record);
    if (!bookmark) return;
    if (!cables.has(bookmark.cableId)) {
      const { why, dependent } = missing('cables', bookmark.cableId);
      reject('bookmarks', i, record, ['cableId'], why, dependent);
    } else if (!bookmark.id.startsWith(`${bookmark.cableId}#`)) {
      reject('bookmarks', i, record, ['id'], `expected it to start with "${bookmark.cableId}#"`);
    } else {
      bookmarkCable.set(bookmark.id, bookmark.cableId);
      out.bookmarks.push(bookmark);
    }
  });
  (raw.notes ?? []).forEach((record, i) => {
    const note = parsed('notes', i, record);
    if (!note) return;
    if (note.bookmarkId === null) {
      if (cables.has(note.cableId)) out.notes.push(note);
      else {
        const { why, dependent } = missing('cables', note.cableId);
        reject('notes', i, record, ['cableId'], why, dependent);
      }
      return;
    }
    const cableId = bookmarkCable.get(note.bookmarkId);
    if (!cableId) {
      const { why, dependent } = missing('bookmarks', note.bookmarkId);
      reject('notes', i, record, ['bookmarkId'], why, dependent);
    } else if (cableId !== note.cableId)
      reject('notes', i, record, ['cableId'], `expected "${cableId}", its bookmark's cable`);
    else out.notes.push(note);
  });
  (raw.highlights ?? []).forEach((record, i) => {
    const highlight = parsed('highlights', i, record);
    if (!highlight) return;
    if (cables.has(highlight.cableId)) out.highlights.push(highlight);
    else {
      const { why, dependent } = missing('cables', highlight.cableId);
      reject('highlights', i, record, ['cableId'], why, dependent);
    }
  });
  return out;
}
