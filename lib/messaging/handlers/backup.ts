// The backup's transfers: an export handed out piece by piece and an import taken in piece by piece, each kept
// in the background between messages under a token. Nothing is written before an import is whole and accepted.
import { t } from '../../i18n/t';
import { StoreError } from '../../store/errors';
import { exportFileName } from '../../store/export';
import { EXPORT_FORMAT, MAX_IMPORT_CHARS } from '../../store/export-schema';
import { exportPieces } from '../../store/export-stream';
import { type ParsedImport, screenParsedFile } from '../../store/import';
import { parseAnnotations } from '../../store/import-annotations';
import { COLLECTIONS, type Collection, type RejectedRecord } from '../../store/import-records';
import { RecordSplitter } from '../../store/import-stream';
import { exportMarkdown } from '../../store/markdown';
import type { ExportPiece, extensionRequests, ImportPiece } from '../extension-requests';
import type { Handlers } from '../router';
import type { StoreContext } from './store';

/** A transfer nobody has touched for this long is dropped (the page was closed mid-way). */
const IDLE_MS = 10 * 60_000;
/** Rejected records listed in an answer; the count tells how many more there are. */
const LISTED = 200;
/** Markdown holds no saved copies: it is made whole, then handed out in slices of this size. */
const MARKDOWN_SLICE = 4_000_000;

interface ExportTransfer {
  kind: 'export';
  pieces: AsyncIterator<string>;
  /** The piece after the one last handed out, read ahead. */
  ahead: IteratorResult<string> | null;
  fileName: string;
  mimeType: ExportPiece['mimeType'];
  touched: number;
}

interface ImportTransfer {
  kind: 'import';
  splitter: RecordSplitter;
  received: number;
  /** Set once the last piece is read. */
  parsed: ParsedImport | null;
  touched: number;
}

const transfers = new Map<string, ExportTransfer | ImportTransfer>();

function sweep(now: number): void {
  for (const [token, transfer] of transfers) if (now - transfer.touched > IDLE_MS) transfers.delete(token);
}

function transfer<K extends 'export' | 'import'>(token: string, kind: K, now: number) {
  const found = transfers.get(token);
  if (!found || found.kind !== kind) {
    throw new StoreError(
      'not-found',
      t(kind === 'export' ? 'err_exportInterrupted' : 'err_importInterrupted'),
    );
  }
  found.touched = now;
  return found as Extract<ExportTransfer | ImportTransfer, { kind: K }>;
}

async function* slices(text: Promise<string>): AsyncGenerator<string> {
  const whole = await text;
  for (let at = 0; at < whole.length || at === 0; at += MARKDOWN_SLICE)
    yield whole.slice(at, at + MARKDOWN_SLICE);
}

/** The file read so far as records: a backup record by record, a Web Annotation collection whole. */
function parsedFile(splitter: RecordSplitter): ParsedImport {
  const data = splitter.finish();
  const format = data && typeof data === 'object' ? (data as { format?: unknown; type?: unknown }) : {};
  if (format.format !== EXPORT_FORMAT && format.type === 'AnnotationCollection') {
    // Annotation files carry no saved copies, so they are small enough to read whole.
    return { contents: parseAnnotations(JSON.stringify(data)), rejected: [] };
  }
  return screenParsedFile(data);
}

function counts(parsed: ParsedImport): Record<Collection, number> {
  const { contents } = parsed;
  const sizes: Record<Collection, number> = {
    cables: contents.cables.length,
    bookmarks: contents.bookmarks.length,
    notes: contents.notes.length,
    highlights: contents.highlights?.length ?? 0,
  };
  return Object.fromEntries(COLLECTIONS.map((c) => [c, sizes[c]])) as Record<Collection, number>;
}

const listed = (rejected: readonly RejectedRecord[]) => rejected.slice(0, LISTED);

type BackupTable = Pick<typeof extensionRequests, 'backup.export' | 'backup.import'>;

export const backupHandlers: Handlers<BackupTable, StoreContext> = {
  'backup.export': async ({ format, token }, { repository, now }) => {
    const at = now();
    let current: ExportTransfer;
    let name = token;
    if (name === undefined) {
      sweep(at);
      const repo = await repository();
      name = crypto.randomUUID();
      current =
        format === 'json'
          ? {
              kind: 'export',
              pieces: exportPieces(repo, at),
              ahead: null,
              fileName: exportFileName(at, 'json'),
              mimeType: 'application/json',
              touched: at,
            }
          : {
              kind: 'export',
              pieces: slices(exportMarkdown(repo, at)),
              ahead: null,
              fileName: exportFileName(at, 'md'),
              mimeType: 'text/markdown',
              touched: at,
            };
      transfers.set(name, current);
    } else {
      current = transfer(name, 'export', at);
    }
    try {
      // One piece ahead is always read, so the answer can say whether it is the last.
      const piece = current.ahead ?? (await current.pieces.next());
      current.ahead = piece.done ? piece : await current.pieces.next();
      const done = current.ahead.done === true;
      if (done) transfers.delete(name);
      return {
        token: name,
        fileName: current.fileName,
        mimeType: current.mimeType,
        text: piece.done ? '' : piece.value,
        done,
      };
    } catch (error) {
      transfers.delete(name);
      throw error;
    }
  },
  'backup.import': async ({ text, token, last, acceptValid }, { repository, now, changed }) => {
    const at = now();
    let name = token;
    let current: ImportTransfer;
    if (name === undefined) {
      sweep(at);
      name = crypto.randomUUID();
      current = {
        kind: 'import',
        splitter: new RecordSplitter(MAX_IMPORT_CHARS),
        received: 0,
        parsed: null,
        touched: at,
      };
      transfers.set(name, current);
    } else {
      current = transfer(name, 'import', at);
    }
    try {
      if (current.parsed === null) {
        current.splitter.push(text);
        current.received += text.length;
        if (!last) return { token: name, status: 'reading', received: current.received };
        current.parsed = parsedFile(current.splitter);
      } else if (text !== '') {
        throw new StoreError('invalid', t('err_importRead'));
      }
      const { parsed } = current;
      if (parsed.rejected.length > 0 && !acceptValid) {
        return {
          token: name,
          status: 'has-invalid',
          valid: counts(parsed),
          rejected: listed(parsed.rejected),
          rejectedCount: parsed.rejected.length,
        } satisfies ImportPiece;
      }
      const report = await (await repository()).merge(parsed.contents);
      transfers.delete(name);
      changed(null);
      return {
        token: name,
        status: 'imported',
        report,
        skipped: listed(parsed.rejected),
        skippedCount: parsed.rejected.length,
      } satisfies ImportPiece;
    } catch (error) {
      // A refused or failed file is dropped whole: nothing of it was written.
      transfers.delete(name);
      throw error;
    }
  },
};
