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

const iso = (ms: number) => new Date(ms).toISOString();
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The export envelope for these records, in a stable order (by id), times as ISO strings. */
export function buildExport(contents: StoreContents, exportedAt: number): ExportFile {
  const saved = new Map(contents.snapshots.map((s) => [s.cableId, s]));
  const cables = [...contents.cables].sort(byId).map(
    (c): ExportedCable => ({
      id: c.id,
      subject: c.subject,
      classification: c.classification,
      level: c.level,
      origin: c.origin,
      date: c.date,
      urls: c.urls.map((u) => ({ url: u.url, site: u.site, lastSeen: iso(u.lastSeen) })),
      updatedAt: iso(c.updatedAt),
      saved: (() => {
        const savedCopy = saved.get(c.id);
        return savedCopy ? { savedAt: iso(savedCopy.savedAt), document: savedCopy.document } : null;
      })(),
    }),
  );
  const bookmarks = [...contents.bookmarks].sort(byId).map(
    (b): ExportedBookmark => ({
      id: b.id,
      cableId: b.cableId,
      blockKey: b.blockKey,
      label: b.label,
      marking: b.marking,
      selectors: b.selectors,
      createdAt: iso(b.createdAt),
      updatedAt: iso(b.updatedAt),
    }),
  );
  const notes = [...contents.notes].sort(byId).map(
    (n): ExportedNote => ({
      id: n.id,
      bookmarkId: n.bookmarkId,
      cableId: n.cableId,
      text: n.text,
      createdAt: iso(n.createdAt),
      updatedAt: iso(n.updatedAt),
    }),
  );
  const highlights = [...(contents.highlights ?? [])].sort(byId).map(
    ({ orphan: _derived, createdAt, updatedAt, ...h }): ExportedHighlight => ({
      ...h,
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
    }),
  );
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(exportedAt),
    cables,
    bookmarks,
    notes,
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
