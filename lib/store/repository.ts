// The bookmark and note repository over the idb database: every logical change is one transaction.
// Owns reads (through a revision-checked in-memory copy) and writes; pure rules live in the modules it imports.

import type { CableDocument } from '../cable/types';
import { t } from '../i18n/t';
import { type AnchorText, anchor, cableText } from './anchoring';
import { bookmarksOnBlock, newBookmark, orphanIn } from './bookmarks';
import {
  type CableInput,
  type CableSighting,
  cableRecordFrom,
  documentDigest,
  sightedRecord,
} from './cables';
import { RecordCache } from './cache';
import { type CableDb, type OpenOptions, openCableDb } from './db';
import { documentProblem } from './document-schema';
import { StoreError, toReadError } from './errors';
import type { CableGroup } from './groups';
import {
  changedHighlight,
  cleanTags,
  type HighlightChange,
  inPassageOrder,
  newHighlight,
  place,
} from './highlights';
import { byReadAt, countsOf, entryOf, type LibraryPage, type ListCounts } from './library';
import { type CatchUpStats, type LibraryResults, LibrarySearch } from './library-search';
import { type ImportReport, planMerge, type StoreContents } from './merge';
import { isWebUrl } from './mirror-urls';
import { latestSummaries, type NewestPage, readNewest } from './newest';
import type {
  BookmarkPlace,
  CablePlaces,
  HighlightPlaces,
  NewNote,
  NoteChange,
  PlacedHighlight,
  RemovedBookmark,
  SavedCable,
  TagCount,
  ToggleResult,
} from './results';
import { chooseSavedCopy } from './saved-copies';
import {
  type BookmarkRecord,
  type CableReaderDB,
  type CableRecord,
  type HighlightColour,
  type HighlightRecord,
  MAX_NOTE_LENGTH,
  type MetaRecord,
  type NoteRecord,
  type SavedCopyRecord,
} from './schema';
import { searchEntries, withTag } from './search';
import { type IndexPiece, indexEntryOf } from './search-index';
import { type DataStore, revisionOf, runRead, runWrite, type Writer } from './tx';

export interface RepositoryOptions extends OpenOptions {
  /** Clock in epoch milliseconds; tests pin it. */
  now?: () => number;
  /** Id maker for notes; tests pin it. */
  newId?: () => string;
  /** Timer for saving the search index after changes; tests pass one they drive. */
  schedule?: (run: () => void, ms: number) => unknown;
}

type KnownDocument = CableDocument & { id: string };

/** What storing a page's reading of a cable gave: the record, and where the page differs from the saved copy. */
export interface SavedReading {
  record: CableRecord;
  differs: string[];
}

/** What a write may carry besides its data. */
export interface WriteOptions {
  /** The sender's own id for this write: sent again (its answer lost), it is answered as the first time, not redone. */
  writeId?: string;
}

/**
 * Checks what a content script sent before anything is stored, with the schema import uses: the store never
 * holds a cable its own backup could not restore.
 */
function checked(input: CableInput): KnownDocument {
  const { document } = input;
  if (!document.id) throw new StoreError('invalid', t('err_noReferenceId'));
  if (!isWebUrl(input.url)) throw new StoreError('invalid', t('err_notWebPage'));
  const problem = documentProblem(document);
  if (problem) throw new StoreError('invalid', t('err_cableRefused', problem));
  return document as KnownDocument;
}

function checkedText(text: string): string {
  if (typeof text !== 'string') throw new StoreError('invalid', t('err_noteNotText'));
  if (text.length > MAX_NOTE_LENGTH) {
    throw new StoreError('invalid', t('err_noteTooLong', MAX_NOTE_LENGTH));
  }
  return text;
}

/** What a toggle's kept answer removed; null when the record is no toggle that removed anything. */
function removedBy(record: MetaRecord | undefined): RemovedBookmark[] | null {
  const answer = record?.key.startsWith('applied:') ? (record.value as Partial<ToggleResult> | null) : null;
  if (answer?.bookmarked !== false || !Array.isArray(answer.removed) || answer.removed.length === 0)
    return null;
  return answer.removed;
}

/** A cable's record, saved copy and highlights as a transaction holds them (what saving a reading starts from). */
type StoredCable = [CableRecord | undefined, SavedCopyRecord | undefined, HighlightRecord[]];

function storedCable(writer: Writer, cableId: string): Promise<StoredCable> {
  return Promise.all([
    writer.get('cables', cableId),
    writer.get('snapshots', cableId),
    writer.highlightsOf(cableId),
  ]);
}

function inReadingOrder(bookmarks: readonly BookmarkRecord[]): BookmarkRecord[] {
  return [...bookmarks].sort((a, b) => a.selectors[1].start - b.selectors[1].start || (a.id < b.id ? -1 : 1));
}

export class Repository {
  private conn: CableDb | null = null;
  private opening: Promise<CableDb> | null = null;
  private cache: RecordCache | null = null;
  private closed = false;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly library: LibrarySearch;

  private constructor(private readonly options: RepositoryOptions) {
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.library = new LibrarySearch({
      db: () => this.db(),
      records: () => this.records(),
      now: this.now,
      schedule: options.schedule,
    });
  }

  /** Opens (creating or upgrading) the database; rejects with a StoreError. */
  static async open(options: RepositoryOptions = {}): Promise<Repository> {
    const repository = new Repository(options);
    await repository.db();
    return repository;
  }

  /** Closes the connection; the repository cannot be used afterwards. */
  close(): void {
    this.closed = true;
    this.conn?.close();
    this.conn = null;
    this.cache = null;
  }

  // The connection is reopened on demand after the browser or a newer version closed it.
  private db(): Promise<CableDb> {
    if (this.closed) return Promise.reject(new StoreError('unavailable', t('err_closed')));
    if (this.conn) return Promise.resolve(this.conn);
    this.opening ??= openCableDb({
      ...this.options,
      onClose: () => {
        this.conn = null;
        this.cache = null;
      },
    })
      .then((db) => {
        if (this.closed) {
          db.close();
          throw new StoreError('unavailable', t('err_closed'));
        }
        this.conn = db;
        return db;
      })
      .finally(() => {
        this.opening = null;
      });
    return this.opening;
  }

  private async write<T>(
    stores: readonly DataStore[],
    body: (writer: Writer) => Promise<T>,
    { writeId }: WriteOptions = {},
  ): Promise<T> {
    const outcome = await runWrite(await this.db(), stores, body, writeId);
    if (outcome.replayed) return outcome.result;
    if (!this.cache?.apply(outcome.changes, outcome.before, outcome.after)) this.cache = null;
    return outcome.result;
  }

  /** The in-memory copy, reloaded in one transaction when any context has written since. */
  private async records(): Promise<RecordCache> {
    const db = await this.db();
    try {
      const revision = revisionOf(await db.get('meta', 'revision'));
      if (this.cache?.revision === revision) return this.cache;
      const stores = ['meta', 'cables', 'bookmarks', 'notes', 'highlights', 'snapshots'] as const;
      const cache = await runRead(db, stores, async (tx) => {
        const [meta, cables, bookmarks, notes, highlights, savedCopyIds] = await Promise.all([
          tx.objectStore('meta').get('revision'),
          tx.objectStore('cables').getAll(),
          tx.objectStore('bookmarks').getAll(),
          tx.objectStore('notes').getAll(),
          tx.objectStore('highlights').getAll(),
          tx.objectStore('snapshots').getAllKeys(),
        ]);
        return new RecordCache(revisionOf(meta), {
          cables: new Map(cables.map((c) => [c.id, c])),
          bookmarks: new Map(bookmarks.map((b) => [b.id, b])),
          notes: new Map(notes.map((n) => [n.id, n])),
          highlights: new Map(highlights.map((h) => [h.id, h])),
          savedCopyIds: new Set(savedCopyIds),
        });
      });
      this.cache = cache;
      return cache;
    } catch (error) {
      throw toReadError(error);
    }
  }

  /**
   * Records the sighting and keeps the best saved copy; writes every bookmark in `bookmarks` whose orphan state
   * changed or that is new (`fresh`), and every highlight whose orphan state the new copy changed. Runs inside
   * the caller's transaction (which must include `highlights`); returns what it stored. `prefetched`: the
   * cable's stored records, when the caller asked for them already.
   */
  private async saveCable(
    writer: Writer,
    input: CableInput,
    bookmarks: readonly BookmarkRecord[],
    fresh: ReadonlySet<string> = new Set(),
    prefetched?: Promise<StoredCable>,
  ): Promise<{ record: CableRecord; bookmarks: BookmarkRecord[]; differs: string[] }> {
    const doc = checked(input);
    const [existing, current, highlights] = await (prefetched ?? storedCable(writer, doc.id));
    const now = this.now();
    const record = cableRecordFrom(input, existing, now);
    writer.put('cables', record);
    const choice = chooseSavedCopy(current, doc, input.url, [...bookmarks, ...highlights], now);
    if (choice.changed) writer.put('snapshots', choice.savedCopy);
    const text = choice.changed || fresh.size > 0 ? cableText(choice.savedCopy.document) : null;
    if (choice.changed && text) {
      for (const highlight of highlights) {
        const orphan = orphanIn(highlight, text);
        if (orphan !== highlight.orphan) writer.put('highlights', { ...highlight, orphan });
      }
    }
    const stored = bookmarks.map((bookmark) => {
      const orphan = text ? orphanIn(bookmark, text) : bookmark.orphan;
      if (!fresh.has(bookmark.id) && orphan === bookmark.orphan) return bookmark;
      const written = { ...bookmark, orphan };
      writer.put('bookmarks', written);
      return written;
    });
    return { record, bookmarks: stored, differs: choice.differs };
  }

  /**
   * Stores the cable (record, page URL, saved copy) whether or not it has bookmarks; `differs` lists the paragraphs
   * where the page's reading differs from the saved copy, which it does not replace (see saved-copies.ts).
   */
  async upsertCable(input: CableInput, options?: WriteOptions): Promise<SavedReading> {
    const { id } = checked(input);
    return this.write(
      ['cables', 'snapshots', 'bookmarks', 'highlights'],
      async (w) => {
        const { record, differs } = await this.saveCable(w, input, await w.bookmarksOf(id));
        return { record, differs };
      },
      options,
    );
  }

  /**
   * Records a sighting only for a cable already kept (no reading history for anything else); null otherwise.
   * `copyWanted`: the saved copy is missing or another reading than the page's, so the page should send its
   * document (`upsertCable`), which replaces the copy where no bookmark or highlight loses its text.
   */
  async noteSighting(
    sighting: CableSighting,
    options?: WriteOptions,
  ): Promise<{ record: CableRecord; copyWanted: boolean } | null> {
    const known = await (await this.db()).getKey('cables', sighting.id).catch((error: unknown) => {
      throw toReadError(error);
    });
    if (known === undefined) return null;
    return this.write(
      ['cables', 'snapshots'],
      async (w) => {
        const [existing, snapshot] = await Promise.all([
          w.get('cables', sighting.id),
          w.get('snapshots', sighting.id),
        ]);
        const record = sightedRecord(sighting, existing, this.now());
        w.put('cables', record);
        return { record, copyWanted: !snapshot || documentDigest(snapshot.document) !== sighting.digest };
      },
      options,
    );
  }

  /** Adds a bookmark on `blockKey` inside the caller's transaction; returns it as stored. */
  private async addOn(
    w: Writer,
    input: CableInput,
    text: AnchorText,
    blockKey: string,
    bookmarks: BookmarkRecord[],
    stored?: Promise<StoredCable>,
  ) {
    const taken = new Set(bookmarks.map((b) => b.id));
    const bookmark = newBookmark(checked(input), text, blockKey, taken, this.now());
    const saved = await this.saveCable(w, input, [...bookmarks, bookmark], new Set([bookmark.id]), stored);
    return saved.bookmarks.find((b) => b.id === bookmark.id) ?? bookmark;
  }

  /** Bookmarks a block (idempotent: a bookmark already on that block is returned as it is). */
  async addBookmark(input: CableInput, blockKey: string): Promise<BookmarkRecord> {
    const doc = checked(input);
    return this.write(['cables', 'snapshots', 'bookmarks', 'highlights'], async (w) => {
      const bookmarks = await w.bookmarksOf(doc.id);
      const text = cableText(doc);
      return (
        bookmarksOnBlock(bookmarks, text, blockKey)[0] ?? this.addOn(w, input, text, blockKey, bookmarks)
      );
    });
  }

  /**
   * Bookmarks the block, or removes every bookmark on it (with their notes). Unless `allowNotes`, a bookmark
   * with notes is not removed (StoreError `has-notes`): a page cannot see what would be lost.
   */
  async toggleBookmark(
    input: CableInput,
    blockKey: string,
    options: { allowNotes?: boolean } & WriteOptions = {},
  ): Promise<ToggleResult> {
    const doc = checked(input);
    const stores = ['cables', 'snapshots', 'bookmarks', 'notes', 'highlights'] as const;
    return this.write(
      stores,
      async (w): Promise<ToggleResult> => {
        // What adding needs is asked with the rest, so an addition waits one round trip to the database, not two.
        const stored = storedCable(w, doc.id);
        stored.catch(() => undefined);
        const [bookmarks, notes] = await Promise.all([w.bookmarksOf(doc.id), w.notesOf(doc.id)]);
        const text = cableText(doc);
        const on = bookmarksOnBlock(bookmarks, text, blockKey);
        if (on.length === 0) {
          const bookmark = await this.addOn(w, input, text, blockKey, bookmarks, stored);
          return { bookmarked: true, bookmark };
        }
        const removed = on.map((bookmark) => ({
          bookmark,
          notes: notes.filter((n) => n.bookmarkId === bookmark.id),
        }));
        if (!options.allowNotes && removed.some((r) => r.notes.length > 0)) throw new StoreError('has-notes');
        for (const { bookmark, notes: its } of removed) {
          w.delete('bookmarks', bookmark.id, bookmark.cableId);
          for (const note of its) w.delete('notes', note.id, note.cableId);
        }
        return { bookmarked: false, removed };
      },
      options,
    );
  }

  /** Removes a bookmark and its notes; returns them for `restore`. */
  removeBookmark(id: string, options?: WriteOptions): Promise<RemovedBookmark> {
    return this.write(
      ['bookmarks', 'notes'],
      async (w) => {
        const bookmark = await w.get('bookmarks', id);
        if (!bookmark) throw new StoreError('not-found');
        const notes = await w.tx.objectStore('notes').index('bookmarkId').getAll(id);
        w.delete('bookmarks', id, bookmark.cableId);
        for (const note of notes) w.delete('notes', note.id, note.cableId);
        return { bookmark, notes };
      },
      options,
    );
  }

  /** Puts back what `removeBookmark` or `toggleBookmark` removed (undo). */
  restore(removed: RemovedBookmark | readonly RemovedBookmark[], options?: WriteOptions): Promise<void> {
    const all: readonly RemovedBookmark[] = 'bookmark' in removed ? [removed] : removed;
    return this.write(
      ['bookmarks', 'notes'],
      async (w) => {
        for (const { bookmark, notes } of all) {
          w.put('bookmarks', bookmark);
          for (const note of notes) w.put('notes', note);
        }
      },
      options,
    );
  }

  /**
   * Puts back what the toggle written under `removal` (its write id) took away: an undo that names the write, not
   * the records, so a page can restore only a removal it made itself (write ids are its own and unguessable). The
   * applied log keeps the answer while the id is listed (MAX_APPLIED writes); after that the undo is `not-found`.
   */
  undoRemoval(removal: string, options?: WriteOptions): Promise<RemovedBookmark[]> {
    return this.write(
      ['bookmarks', 'notes'],
      async (w) => {
        const removed = removedBy(await w.tx.objectStore('meta').get(`applied:${removal}`));
        if (!removed) throw new StoreError('not-found');
        for (const { bookmark, notes } of removed) {
          w.put('bookmarks', bookmark);
          for (const note of notes) w.put('notes', note);
        }
        return removed;
      },
      options,
    );
  }

  /** A cable's bookmarks in reading order. */
  async listBookmarks(cableId: string): Promise<BookmarkRecord[]> {
    return inReadingOrder((await this.records()).ofCable(cableId).bookmarks);
  }

  /**
   * What a page may know of a cable's bookmarks: where each sits and whether it has notes, never their text.
   * With `blocks` (the page's own reading of the cable) each bookmark is re-anchored in them.
   */
  async placesForCable(
    cableId: string,
    blocks?: readonly { key: string; text: string }[],
  ): Promise<CablePlaces> {
    const cache = await this.records();
    const { notes } = cache.ofCable(cableId);
    const text = blocks ? cableText({ blocks }) : null;
    const noted = new Set(notes.map((n) => n.bookmarkId));
    const bookmarks = inReadingOrder(cache.ofCable(cableId).bookmarks).map((b): BookmarkPlace => {
      const placed = text ? anchor(b.selectors, text) : null;
      const common = { id: b.id, label: b.label, hasNotes: noted.has(b.id) };
      if (!placed)
        return { ...common, blockKey: b.orphan ? null : b.blockKey, method: null, orphan: b.orphan };
      if (placed.orphan) return { ...common, blockKey: null, method: null, orphan: placed.reason };
      return { ...common, blockKey: placed.blockKey, method: placed.method, orphan: null };
    });
    return { cableId, bookmarks, hasCableNotes: noted.has(null) };
  }

  /** Every cable with bookmarks or notes, newest first, each with its bookmarks and notes. */
  async listAll(): Promise<CableGroup[]> {
    // The groups are shared with the cache: hand out a copy of the list, and callers must not edit the groups.
    return [...(await this.records()).groups];
  }

  /**
   * The popup's list a page at a time. A first page asked for while the in-memory copy is stale (the service worker
   * has just started, or another context wrote) is read from the summaries' listedAt index, and the copy is not
   * loaded for it: the first request that needs every record (tags, the search index, a later page) loads it, so a
   * just-started service worker is not busy reading every record while the popup draws. Other pages, and every page
   * while the copy is current, come from memory.
   */
  async listPage(offset: number, limit: number | undefined): Promise<NewestPage> {
    if (offset === 0 && limit !== undefined) {
      const db = await this.db();
      try {
        const revision = revisionOf(await db.get('meta', 'revision'));
        if (this.cache?.revision !== revision)
          return await runRead(db, ['summaries', 'cables', 'snapshots', 'bookmarks', 'notes'], (tx) =>
            readNewest(tx, limit),
          );
      } catch (error) {
        throw toReadError(error);
      }
    }
    const groups = (await this.records()).groups;
    return {
      groups: groups.slice(offset, limit === undefined ? undefined : offset + limit),
      total: groups.length,
    };
  }

  /**
   * What the list holds in all, from the summaries every write keeps (one index read, no record loaded): the list
   * itself can pass the 64 MiB a runtime message carries.
   */
  async listCounts(): Promise<ListCounts> {
    const db = await this.db();
    try {
      return countsOf(await db.getAllFromIndex('summaries', 'listedAt'));
    } catch (error) {
      throw toReadError(error);
    }
  }

  /** Groups matching every word of `query` in notes, quotes, labels, subjects or ids; with `tag`, only its notes. */
  async search(query: string, tag?: string): Promise<CableGroup[]> {
    const found = searchEntries((await this.records()).searchEntries, query);
    return tag === undefined ? found : withTag(found, tag);
  }

  /**
   * The popup's search index a piece at a time: the groups at `offset` (newest first), or those of `cableIds`
   * (a cable with nothing listed is left out), each with the full quotes its excerpts shorten.
   */
  async searchIndex(
    window: { offset: number; limit: number } | { cableIds: readonly string[] },
  ): Promise<IndexPiece> {
    const cache = await this.records();
    const groups = cache.groups;
    let chosen: CableGroup[];
    if ('cableIds' in window) {
      const named = new Set(window.cableIds);
      chosen = groups.filter((g) => named.has(g.cable.id));
    } else chosen = groups.slice(window.offset, window.offset + window.limit);
    return {
      entries: chosen.map((group) => indexEntryOf(group, (id) => cache.quoteOf(id))),
      total: groups.length,
      revision: cache.revision,
    };
  }

  /** A cable with its saved copy and its bookmarks placed in that copy; null when it has none. */
  async getCable(cableId: string): Promise<SavedCable | null> {
    const cache = await this.records();
    const cable = cache.records.cables.get(cableId);
    if (!cable) return null;
    const db = await this.db();
    const savedCopy: SavedCopyRecord | undefined = await db
      .get('snapshots', cableId)
      .catch((error: unknown) => {
        throw toReadError(error);
      });
    const text = savedCopy ? cableText(savedCopy.document) : null;
    const group = cache.groups.find((g) => g.cable.id === cableId);
    const bookmarks = (group?.bookmarks ?? []).map((view) => {
      const record = cache.records.bookmarks.get(view.id);
      const placed = text && record ? anchor(record.selectors, text) : null;
      return { ...view, placedKey: placed && !placed.orphan ? placed.blockKey : null };
    });
    return { cable, document: savedCopy?.document ?? null, bookmarks, cableNotes: group?.cableNotes ?? [] };
  }

  /** Adds a note to a bookmark, or to a saved cable when `bookmarkId` is null. */
  async addNote(note: NewNote, options?: WriteOptions): Promise<NoteRecord> {
    const text = checkedText(note.text);
    const tags = cleanTags(note.tags ?? []);
    return this.write(
      ['cables', 'bookmarks', 'notes'],
      async (w) => {
        let { cableId } = note;
        if (note.bookmarkId !== null) {
          const bookmark = await w.get('bookmarks', note.bookmarkId);
          if (!bookmark) throw new StoreError('not-found');
          cableId = bookmark.cableId;
        } else if (!(await w.get('cables', cableId))) {
          throw new StoreError('not-found', t('err_cableNotSaved'));
        }
        const now = this.now();
        const record: NoteRecord = {
          id: this.newId(),
          bookmarkId: note.bookmarkId,
          cableId,
          text,
          tags,
          createdAt: now,
          updatedAt: now,
        };
        w.put('notes', record);
        return record;
      },
      options,
    );
  }

  /** Replaces a note's text, its tags, or both. */
  async updateNote(id: string, change: NoteChange, options?: WriteOptions): Promise<NoteRecord> {
    const text = change.text === undefined ? undefined : checkedText(change.text);
    const tags = change.tags === undefined ? undefined : cleanTags(change.tags);
    return this.write(
      ['notes'],
      async (w) => {
        const note = await w.get('notes', id);
        if (!note) throw new StoreError('not-found');
        const updated: NoteRecord = {
          ...note,
          text: text ?? note.text,
          tags: tags ?? note.tags,
          updatedAt: Math.max(this.now(), note.updatedAt + 1),
        };
        w.put('notes', updated);
        return updated;
      },
      options,
    );
  }

  /** Deletes a note; returns it for `restoreNote`. */
  deleteNote(id: string, options?: WriteOptions): Promise<NoteRecord> {
    return this.write(
      ['notes'],
      async (w) => {
        const note = await w.get('notes', id);
        if (!note) throw new StoreError('not-found');
        w.delete('notes', id, note.cableId);
        return note;
      },
      options,
    );
  }

  /** Puts back a deleted note (undo). */
  restoreNote(note: NoteRecord, options?: WriteOptions): Promise<void> {
    return this.write(['notes'], async (w) => w.put('notes', note), options);
  }

  /** A cable's notes (cable-level and on its bookmarks), oldest first. */
  async listNotes(cableId: string): Promise<NoteRecord[]> {
    const { notes } = (await this.records()).ofCable(cableId);
    return [...notes].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }

  /**
   * Highlights `text.slice(start, end)` of the anchoring text of the cable as the page sent it, keeping the cable
   * (saved copy, URL) too. A note and tags may be given at once or added later.
   */
  async addHighlight(
    input: CableInput,
    range: { start: number; end: number },
    fields: { colour: HighlightColour; note?: string; tags?: readonly string[] },
    options?: WriteOptions,
  ): Promise<HighlightRecord> {
    const doc = checked(input);
    const record = newHighlight(doc, cableText(doc), range, fields, this.newId(), this.now());
    return this.write(
      ['cables', 'snapshots', 'bookmarks', 'highlights'],
      async (w) => {
        w.put('highlights', record);
        await this.saveCable(w, input, await w.bookmarksOf(doc.id));
        const savedCopy = await w.get('snapshots', doc.id);
        // The saved copy may be an older reading of the cable: the highlight's orphan state is relative to it.
        const orphan = savedCopy ? orphanIn(record, cableText(savedCopy.document)) : null;
        const stored = { ...record, orphan };
        if (orphan !== null) w.put('highlights', stored);
        return stored;
      },
      options,
    );
  }

  /** Changes a highlight's colour, note or tags. */
  async updateHighlight(
    id: string,
    change: HighlightChange,
    options?: WriteOptions,
  ): Promise<HighlightRecord> {
    return this.write(
      ['highlights'],
      async (w) => {
        const record = await w.get('highlights', id);
        if (!record) throw new StoreError('not-found', t('err_highlightGone'));
        const updated = changedHighlight(record, change, this.now());
        w.put('highlights', updated);
        return updated;
      },
      options,
    );
  }

  /** Deletes a highlight (with its note); returns it for `restoreHighlight`. */
  deleteHighlight(id: string, options?: WriteOptions): Promise<HighlightRecord> {
    return this.write(
      ['highlights'],
      async (w) => {
        const record = await w.get('highlights', id);
        if (!record) throw new StoreError('not-found', t('err_highlightGone'));
        w.delete('highlights', id, record.cableId);
        return record;
      },
      options,
    );
  }

  /** Puts back a deleted highlight (undo). */
  restoreHighlight(record: HighlightRecord, options?: WriteOptions): Promise<void> {
    return this.write(['highlights'], async (w) => w.put('highlights', record), options);
  }

  /** What a page may know of a cable's highlights, placed in the page's own blocks: never notes or tags. */
  async highlightPlaces(
    cableId: string,
    blocks: readonly { key: string; text: string }[],
  ): Promise<HighlightPlaces> {
    const text = cableText({ blocks });
    const { highlights } = (await this.records()).ofCable(cableId);
    return {
      cableId,
      highlights: inPassageOrder(highlights).map((h) => {
        const at = place(h, text);
        return {
          id: h.id,
          start: at.start,
          end: at.end,
          colour: h.colour,
          hasNote: h.note !== '',
          orphan: at.orphan,
        };
      }),
    };
  }

  /** A cable's highlights in reading order, each placed in `blocks` when given, else in the saved copy. */
  async listHighlights(
    cableId: string,
    blocks?: readonly { key: string; text: string }[],
  ): Promise<PlacedHighlight[]> {
    const { highlights } = (await this.records()).ofCable(cableId);
    if (highlights.length === 0) return [];
    let source = blocks;
    if (!source) {
      const savedCopy = await (await this.db()).get('snapshots', cableId).catch((error: unknown) => {
        throw toReadError(error);
      });
      source = savedCopy?.document.blocks;
    }
    const text = source ? cableText({ blocks: source }) : null;
    return inPassageOrder(highlights).map((highlight) => ({
      highlight,
      placed: text
        ? place(highlight, text)
        : highlight.orphan
          ? { blockKey: null, start: null, end: null, orphan: highlight.orphan }
          : {
              blockKey: highlight.blockKey,
              start: highlight.selectors[1].start,
              end: highlight.selectors[1].end,
              orphan: null,
            },
    }));
  }

  /** Every tag in use, most used first (then alphabetically), for autocompletion and filters. */
  async tags(): Promise<TagCount[]> {
    const counts = new Map<string, TagCount>();
    const { highlights, notes } = (await this.records()).records;
    for (const tagged of [...highlights.values(), ...notes.values()]) {
      for (const tag of tagged.tags) {
        const key = tag.toLocaleLowerCase();
        const known = counts.get(key) ?? { tag, count: 0 };
        known.count++;
        counts.set(key, known);
      }
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }

  /**
   * Saved cables with their counts and tags, most recently read first (the library page): the first `limit` from
   * the summaries' readAt index, or every one; and how many there are. Never loads the records themselves.
   */
  async listLibrary(limit?: number): Promise<LibraryPage> {
    const db = await this.db();
    try {
      return await runRead(db, ['summaries'], async (tx) => {
        const summaries = tx.objectStore('summaries');
        if (limit === undefined) {
          const all = (await summaries.getAll()).map(entryOf).sort(byReadAt);
          return { entries: all, total: all.length };
        }
        const [first, total] = await Promise.all([latestSummaries(tx, 'readAt', limit), summaries.count()]);
        return { entries: first.map(entryOf).sort(byReadAt).slice(0, limit), total };
      });
    } catch (error) {
      throw toReadError(error);
    }
  }

  /** Full-text search over saved copies, notes and highlights, best first, with snippets. */
  searchLibrary(query: string, limit?: number): Promise<LibraryResults> {
    return this.library.search(query, limit);
  }

  /** What the search index's last catch-up did (tests and benchmarks). */
  get searchStats(): CatchUpStats {
    return this.library.stats;
  }

  /** Saves the search index now instead of after the usual delay (tests, benchmarks, shutdown). */
  saveSearchIndex(): Promise<void> {
    return this.library.save();
  }

  /** Every record, saved copies included, read in one transaction (for export). */
  async readAll(): Promise<StoreContents> {
    const db = await this.db();
    try {
      const stores = ['cables', 'snapshots', 'bookmarks', 'notes', 'highlights'] as const;
      return await runRead(db, stores, async (tx) => {
        const [cables, snapshots, bookmarks, notes, highlights] = await Promise.all([
          tx.objectStore('cables').getAll(),
          tx.objectStore('snapshots').getAll(),
          tx.objectStore('bookmarks').getAll(),
          tx.objectStore('notes').getAll(),
          tx.objectStore('highlights').getAll(),
        ]);
        return { cables, snapshots, bookmarks, notes, highlights };
      });
    } catch (error) {
      throw toReadError(error);
    }
  }

  /** The ids of every record of each kind, in key (id) order, read in one transaction: a streamed export's plan. */
  async recordKeys(): Promise<Record<'cables' | 'bookmarks' | 'notes' | 'highlights', string[]>> {
    const db = await this.db();
    try {
      return await runRead(db, ['cables', 'bookmarks', 'notes', 'highlights'], async (tx) => {
        const [cables, bookmarks, notes, highlights] = await Promise.all([
          tx.objectStore('cables').getAllKeys(),
          tx.objectStore('bookmarks').getAllKeys(),
          tx.objectStore('notes').getAllKeys(),
          tx.objectStore('highlights').getAllKeys(),
        ]);
        return { cables, bookmarks, notes, highlights };
      });
    } catch (error) {
      throw toReadError(error);
    }
  }

  /** These records of one store, in the order asked, in one transaction; any deleted since is left out. */
  async readBatch<S extends 'cables' | 'snapshots' | 'bookmarks' | 'notes' | 'highlights'>(
    store: S,
    ids: readonly string[],
  ): Promise<CableReaderDB[S]['value'][]> {
    const db = await this.db();
    try {
      const found: (CableReaderDB[S]['value'] | undefined)[] = await runRead(db, [store], (tx) =>
        Promise.all(ids.map((id) => tx.objectStore(store).get(id))),
      );
      return found.filter((record): record is CableReaderDB[S]['value'] => record !== undefined);
    } catch (error) {
      throw toReadError(error);
    }
  }

  /** Merges validated records in one transaction (the newer of the same record wins); all or nothing. */
  merge(incoming: StoreContents): Promise<ImportReport> {
    return this.write(['cables', 'snapshots', 'bookmarks', 'notes', 'highlights'], async (w) => {
      // Saved copies are large: read only those of cables the import touches.
      const touched = new Set([
        ...incoming.cables.map((c) => c.id),
        ...incoming.bookmarks.map((b) => b.cableId),
        ...(incoming.highlights ?? []).map((h) => h.cableId),
      ]);
      const [cables, found, bookmarks, notes, highlights] = await Promise.all([
        w.tx.objectStore('cables').getAll(),
        Promise.all([...touched].map((id) => w.get('snapshots', id))),
        w.tx.objectStore('bookmarks').getAll(),
        w.tx.objectStore('notes').getAll(),
        w.tx.objectStore('highlights').getAll(),
      ]);
      const snapshots = found.filter((s): s is SavedCopyRecord => s !== undefined);
      const { writes, report } = planMerge({ cables, snapshots, bookmarks, notes, highlights }, incoming);
      for (const cable of writes.cables) w.put('cables', cable);
      for (const savedCopy of writes.snapshots) w.put('snapshots', savedCopy);
      for (const bookmark of writes.bookmarks) w.put('bookmarks', bookmark);
      for (const note of writes.notes) w.put('notes', note);
      for (const highlight of writes.highlights ?? []) w.put('highlights', highlight);
      return report;
    });
  }
}
