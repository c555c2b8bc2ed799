// The JSON export written piece by piece, a batch of records at a time, with exactly the bytes of exportJson:
// so a backup of any size never has to exist as one string (V8 caps strings; a runtime message caps at 64 MiB).
import { sortKeys } from './canonical';
import { exportedBookmark, exportedCable, exportedHighlight, exportedNote, iso } from './export';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-schema';
import type { Repository } from './repository';

/** Records read from the database per transaction while exporting. */
const BATCH = 100;

/** Aim for pieces of about this many characters (a piece may exceed it by one record). */
const PIECE_CHARS = 4_000_000;

type Listed = 'bookmarks' | 'cables' | 'highlights' | 'notes';

/** One array item as JSON.stringify(file, null, 2) writes it at depth two: four spaces before every line. */
function item(record: unknown): string {
  return `    ${JSON.stringify(sortKeys(record), null, 2).replaceAll('\n', '\n    ')}`;
}

async function* itemsOf(
  repository: Repository,
  list: Listed,
  ids: readonly string[],
): AsyncGenerator<string> {
  for (let at = 0; at < ids.length; at += BATCH) {
    const batch = ids.slice(at, at + BATCH);
    if (list === 'cables') {
      const [cables, snapshots] = await Promise.all([
        repository.readBatch('cables', batch),
        repository.readBatch('snapshots', batch),
      ]);
      const saved = new Map(snapshots.map((s) => [s.cableId, s]));
      for (const cable of cables) yield item(exportedCable(cable, saved.get(cable.id)));
    } else if (list === 'bookmarks') {
      for (const b of await repository.readBatch('bookmarks', batch)) yield item(exportedBookmark(b));
    } else if (list === 'notes') {
      for (const n of await repository.readBatch('notes', batch)) yield item(exportedNote(n));
    } else {
      for (const h of await repository.readBatch('highlights', batch)) yield item(exportedHighlight(h));
    }
  }
}

/**
 * The export file's text in pieces of about `pieceChars` characters; joined, they equal exportJson's text for
 * the same data. Records are listed when the export starts and read a batch at a time; one deleted meanwhile is
 * left out.
 */
export async function* exportPieces(
  repository: Repository,
  exportedAt: number,
  pieceChars = PIECE_CHARS,
): AsyncGenerator<string> {
  const keys = await repository.recordKeys();
  // The body's keys in sorted order, as serializeExport writes them; highlights only when there are some.
  const lists: Listed[] =
    keys.highlights.length > 0
      ? ['bookmarks', 'cables', 'highlights', 'notes']
      : ['bookmarks', 'cables', 'notes'];
  let piece = `{\n  "format": ${JSON.stringify(EXPORT_FORMAT)},\n  "version": ${EXPORT_VERSION},\n  "exportedAt": ${JSON.stringify(iso(exportedAt))}`;
  for (const list of lists) {
    piece += `,\n  ${JSON.stringify(list)}: [`;
    let first = true;
    for await (const text of itemsOf(repository, list, keys[list])) {
      piece += `${first ? '\n' : ',\n'}${text}`;
      first = false;
      if (piece.length >= pieceChars) {
        yield piece;
        piece = '';
      }
    }
    piece += first ? ']' : '\n  ]';
  }
  yield `${piece}\n}\n`;
}
