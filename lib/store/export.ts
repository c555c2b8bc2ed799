// JSON export: every cable (with its saved copy), bookmark (with its selectors) and note in a versioned envelope.
// Deterministic: the same data always gives the same bytes, apart from `exportedAt`. Writes nothing.
import { sortKeys } from './canonical';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportedBookmark,
  type ExportedCable,
  type ExportedHighlight,
  type ExportedNote,
  type ExportFile,
} from './export-schema';
import type { StoreContents } from './merge';
import type { Repository } from './repository';
import type { BookmarkRecord, CableRecord, HighlightRecord, NoteRecord, SavedCopyRecord } from './schema';

export const iso = (ms: number) => new Date(ms).toISOString();
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A saved copy as the file writes it: its page and the other pages' readings only where it has them. */
function exportedCopy(savedCopy: SavedCopyRecord): NonNullable<ExportedCable['saved']> {
  const { url, variants } = savedCopy;
  return {
    savedAt: iso(savedCopy.savedAt),
    document: savedCopy.document,
    ...(url === undefined ? {} : { url }),
    ...(variants === undefined
      ? {}
      : { variants: variants.map((v) => ({ url: v.url, seenAt: iso(v.seenAt), document: v.document })) }),
  };
}

/** A cable record and its saved copy as the file writes them. */
export function exportedCable(c: CableRecord, savedCopy: SavedCopyRecord | undefined): ExportedCable {
  return {
    id: c.id,
    subject: c.subject,
    classification: c.classification,
    level: c.level,
    origin: c.origin,
    date: c.date,
    urls: c.urls.map((u) => ({
      url: u.url,
      site: u.site,
      lastSeen: iso(u.lastSeen),
      ...(u.visits === undefined ? {} : { visits: u.visits }),
    })),
    updatedAt: iso(c.updatedAt),
    saved: savedCopy ? exportedCopy(savedCopy) : null,
  };
}

export function exportedBookmark(b: BookmarkRecord): ExportedBookmark {
  return {
    id: b.id,
    cableId: b.cableId,
    blockKey: b.blockKey,
    label: b.label,
    marking: b.marking,
    selectors: b.selectors,
    createdAt: iso(b.createdAt),
    updatedAt: iso(b.updatedAt),
  };
}

export function exportedNote(n: NoteRecord): ExportedNote {
  return {
    id: n.id,
    bookmarkId: n.bookmarkId,
    cableId: n.cableId,
    text: n.text,
    tags: n.tags,
    createdAt: iso(n.createdAt),
    updatedAt: iso(n.updatedAt),
  };
}

export function exportedHighlight({
  orphan: _derived,
  createdAt,
  updatedAt,
  ...h
}: HighlightRecord): ExportedHighlight {
  return { ...h, createdAt: iso(createdAt), updatedAt: iso(updatedAt) };
}

/** The export envelope for these records, in a stable order (by id), times as ISO strings. */
export function buildExport(contents: StoreContents, exportedAt: number): ExportFile {
  const saved = new Map(contents.snapshots.map((s) => [s.cableId, s]));
  const highlights = [...(contents.highlights ?? [])].sort(byId).map(exportedHighlight);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(exportedAt),
    cables: [...contents.cables].sort(byId).map((c) => exportedCable(c, saved.get(c.id))),
    bookmarks: [...contents.bookmarks].sort(byId).map(exportedBookmark),
    notes: [...contents.notes].sort(byId).map(exportedNote),
    // Left out when empty, so a store without highlights exports the same bytes as before they existed.
    ...(highlights.length > 0 ? { highlights } : {}),
  };
}

/** The file's text: envelope fields first, every object's keys in a fixed order, two-space indent. */
export function serializeExport(file: ExportFile): string {
  const { format, version, exportedAt, ...data } = file;
  // The body is canonical (sorted keys) so documents written by any pipeline version serialise identically.
  return `${JSON.stringify({ format, version, exportedAt, ...sortKeys(data) }, null, 2)}\n`;
}

/** A file name for an export made at `now`: `cable-reader-2024-05-01.json` (or `.md`). */
export function exportFileName(now: number, extension: 'json' | 'md'): string {
  return `cable-reader-${iso(now).slice(0, 10)}.${extension}`;
}

/** Exports everything the repository holds as JSON text. */
export async function exportJson(repository: Repository, now: number = Date.now()): Promise<string> {
  return serializeExport(buildExport(await repository.readAll(), now));
}
