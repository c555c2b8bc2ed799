// One logical change = one readwrite transaction over every store it touches, plus the write counter.
// Any failure aborts the whole transaction and surfaces as a StoreError; earlier data is never touched. Every
// cable a transaction changes is logged in `searchDirty` in that same transaction, for the library's index. A write
// that carries its sender's id is logged as applied in that same transaction too, so a resend is answered, not redone,
// and every changed cable's summary (the lists' first screens) is written again from its records.
import type { IDBPTransaction } from 'idb';
import type { CableDb } from './db';
import { isQuotaError, StoreError, toWriteError } from './errors';
import { summaryOf } from './library';
import type {
  BookmarkRecord,
  CableReaderDB,
  CableRecord,
  HighlightRecord,
  MetaRecord,
  NoteRecord,
  SavedCopyRecord,
} from './schema';

/**
 * How many applied writes are remembered: a resend comes within seconds of its original (a lost answer, a restarted
 * service worker), so the last few hundred cover it while the log stays a few kilobytes.
 */
export const MAX_APPLIED = 200;

/** The write counter a `meta` record holds (0 before the first write). */
export function revisionOf(record: MetaRecord | undefined): number {
  return record?.key === 'revision' ? record.value : 0;
}

/** The stores holding the reader's data (as opposed to `meta`). */
export interface DataRecords {
  cables: CableRecord;
  snapshots: SavedCopyRecord;
  bookmarks: BookmarkRecord;
  notes: NoteRecord;
  highlights: HighlightRecord;
}
export type DataStore = keyof DataRecords;

/** One record written (value) or deleted (value undefined) by a committed transaction, and its cable. */
export type Change = {
  [S in DataStore]: { store: S; key: string; value: DataRecords[S] | undefined; cableId: string };
}[DataStore];

type WriteTx = IDBPTransaction<
  CableReaderDB,
  ('meta' | 'searchDirty' | 'summaries' | DataStore)[],
  'readwrite'
>;

/** What a cable's summary is made of: every write transaction covers these, whatever else it changes. */
const SUMMARY_SOURCES: readonly DataStore[] = ['cables', 'snapshots', 'bookmarks', 'notes', 'highlights'];

function keyOf<S extends DataStore>(store: S, value: DataRecords[S]): string {
  return store === 'snapshots' ? (value as SavedCopyRecord).cableId : (value as { id: string }).id;
}

function cableOf<S extends DataStore>(store: S, value: DataRecords[S]): string {
  if (store === 'cables') return (value as CableRecord).id;
  return (value as { cableId: string }).cableId;
}

/** Reads and writes inside one transaction, recording every change for the caller's cache. */
export class Writer {
  readonly changes: Change[] = [];
  private readonly pending: Promise<unknown>[] = [];

  constructor(readonly tx: WriteTx) {}

  get<S extends DataStore>(store: S, key: string): Promise<DataRecords[S] | undefined> {
    return this.tx.objectStore(store).get(key) as Promise<DataRecords[S] | undefined>;
  }

  bookmarksOf(cableId: string): Promise<BookmarkRecord[]> {
    return this.tx.objectStore('bookmarks').index('cableId').getAll(cableId);
  }

  notesOf(cableId: string): Promise<NoteRecord[]> {
    return this.tx.objectStore('notes').index('cableId').getAll(cableId);
  }

  highlightsOf(cableId: string): Promise<HighlightRecord[]> {
    return this.tx.objectStore('highlights').index('cableId').getAll(cableId);
  }

  /** Queues a put; its failure fails the whole transaction. */
  put<S extends DataStore>(store: S, value: DataRecords[S]): void {
    this.track(this.tx.objectStore(store).put(value as never));
    this.changes.push({ store, key: keyOf(store, value), value, cableId: cableOf(store, value) } as Change);
  }

  /** Queues a delete of the record `key` of cable `cableId` (for the caches and the search log). */
  delete(store: DataStore, key: string, cableId: string): void {
    this.track(this.tx.objectStore(store).delete(key));
    this.changes.push({ store, key, value: undefined, cableId });
  }

  /** Logs every changed cable for the search index, at this transaction's revision. */
  logChanges(revision: number): void {
    const dirty = this.tx.objectStore('searchDirty');
    for (const cableId of new Set(this.changes.map((c) => c.cableId))) {
      this.track(dirty.put({ cableId, revision }));
    }
  }

  /** Writes again the summary of every changed cable from its records as this transaction leaves them. */
  async summarize(): Promise<void> {
    const summaries = this.tx.objectStore('summaries');
    const changed = [...new Set(this.changes.map((c) => c.cableId))];
    await Promise.all(
      changed.map(async (cableId) => {
        const [cable, saved, bookmarks, notes, highlights] = await Promise.all([
          this.get('cables', cableId),
          this.tx.objectStore('snapshots').getKey(cableId),
          this.bookmarksOf(cableId),
          this.notesOf(cableId),
          this.highlightsOf(cableId),
        ]);
        this.track(
          cable
            ? summaries.put(summaryOf(cable, saved !== undefined, bookmarks, notes, highlights))
            : summaries.delete(cableId),
        );
      }),
    );
  }

  /** Records the new write counter. */
  setRevision(value: number): void {
    this.track(this.tx.objectStore('meta').put({ key: 'revision', value }));
  }

  /** Keeps `answer` under `writeId` and lists the id, letting go of the oldest past MAX_APPLIED. */
  logApplied(writeId: string, answer: unknown, log: MetaRecord | undefined): void {
    const meta = this.tx.objectStore('meta');
    const { kept, dropped } = appliedLog(log, writeId);
    for (const id of dropped) this.track(meta.delete(`applied:${id}`));
    this.track(meta.put({ key: `applied:${writeId}`, value: answer }));
    this.track(meta.put({ key: 'applied', value: kept }));
  }

  private track(request: Promise<unknown>): void {
    // Observed now so a failure is never "unhandled" while the body still runs; settle() reports it.
    request.catch(() => undefined);
    this.pending.push(request);
  }

  /** Waits for every queued request; rejects with the first failure. */
  settle(): Promise<unknown[]> {
    return Promise.all(this.pending);
  }

  /** Waits for every queued request without rejecting (after an abort). */
  drain(): Promise<unknown> {
    return Promise.allSettled(this.pending);
  }
}

export interface WriteOutcome<T> {
  result: T;
  changes: Change[];
  /** Write counter before and after this transaction. */
  before: number;
  after: number;
  /** True when `writeId` had been applied already: `result` is its first answer and nothing was written. */
  replayed: boolean;
}

type AppliedAnswer<T> = { key: `applied:${string}`; value: T };

/** The ids in the applied log, and the log with `writeId` added, the oldest dropped past MAX_APPLIED. */
function appliedLog(record: MetaRecord | undefined, writeId: string): { kept: string[]; dropped: string[] } {
  const ids = record?.key === 'applied' ? record.value : [];
  const all = [...ids, writeId];
  const cut = Math.max(0, all.length - MAX_APPLIED);
  return { kept: all.slice(cut), dropped: all.slice(0, cut) };
}

/**
 * Runs `body` in one readwrite transaction over `stores` (+ meta), bumping the write counter. `body` may only
 * await requests of this transaction. On any failure the transaction is aborted and a StoreError thrown.
 * `writeId`, the sender's own id for this write: when already applied, `body` does not run and the first answer
 * is given again; otherwise the answer is kept under it in the same transaction as the write.
 */
export async function runWrite<T>(
  db: CableDb,
  stores: readonly DataStore[],
  body: (writer: Writer) => Promise<T>,
  writeId?: string,
): Promise<WriteOutcome<T>> {
  let tx: WriteTx;
  try {
    const scope = new Set<'meta' | 'searchDirty' | 'summaries' | DataStore>([
      'meta',
      'searchDirty',
      'summaries',
      ...stores,
      ...SUMMARY_SOURCES,
    ]);
    tx = db.transaction([...scope], 'readwrite', { durability: 'strict' });
  } catch (error) {
    throw toWriteError(error);
  }
  tx.done.catch(() => undefined);
  const writer = new Writer(tx);
  try {
    const meta = tx.objectStore('meta');
    // Asked together, answered in one round trip: nothing else writes these keys while the transaction runs.
    const [revision, applied, log] = await Promise.all([
      meta.get('revision'),
      writeId === undefined ? undefined : meta.get(`applied:${writeId}`),
      writeId === undefined ? undefined : meta.get('applied'),
    ]);
    const before = revisionOf(revision);
    const done = applied as AppliedAnswer<T> | undefined;
    if (done) {
      await tx.done;
      return { result: done.value, changes: [], before, after: before, replayed: true };
    }
    const result = await body(writer);
    await writer.summarize();
    writer.setRevision(before + 1);
    writer.logChanges(before + 1);
    if (writeId !== undefined) writer.logApplied(writeId, result, log);
    await writer.settle();
    await tx.done;
    return { result, changes: writer.changes, before, after: before + 1, replayed: false };
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request: nothing was committed either way.
    }
    await writer.drain();
    await tx.done.catch(() => undefined);
    if (error instanceof StoreError) throw error;
    throw toWriteError(isQuotaError(tx.error) ? tx.error : error);
  }
}

/** The stores a read may cover: the data, the write counter, the summaries. */
type ReadStore = 'meta' | 'summaries' | DataStore;

/** Runs `body` in one readonly transaction over `stores`. */
export async function runRead<T>(
  db: CableDb,
  stores: readonly ReadStore[],
  body: (tx: IDBPTransaction<CableReaderDB, ReadStore[], 'readonly'>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction([...stores], 'readonly');
  const result = await body(tx);
  await tx.done;
  return result;
}
