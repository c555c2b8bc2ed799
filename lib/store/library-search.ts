// Keeps the library's full-text index (lib/search) in step with the store and saves it in IndexedDB: loaded as
// saved on start, then only the cables the change log names are re-indexed; a full build happens only when no
// usable saved index exists. Answers searches with snippets. The repository owns the connection it uses.
import type { CableDocument } from '../cable/types';
import { type CableSource, cableDocs } from '../search/documents';
import { INDEX_FORMAT, LibraryIndex } from '../search/library-index';
import { type SnippetRun, snippet } from '../search/snippet';
import type { RecordCache } from './cache';
import type { CableDb } from './db';
import { toReadError } from './errors';
import type { CableRecord } from './schema';

/** How long after the last change the index is saved (changes come in bursts while the reader works). */
const SAVE_DELAY_MS = 3_000;

/** One search result: where it is, what it is, and a snippet with the matched words marked. */
export interface LibraryHit {
  cableId: string;
  subject: string | null;
  date: string | null;
  kind: 'cable' | 'paragraph' | 'note' | 'highlight';
  /** The paragraph to open at, or null. */
  blockKey: string | null;
  /** That paragraph's label as written, or null. */
  label: string | null;
  /** The note or highlight it comes from, or null. */
  ref: string | null;
  snippet: SnippetRun[];
  /** The cable's most recent mirror address, or null. */
  url: string | null;
  /** True when a saved copy can be opened. */
  saved: boolean;
}

export interface LibraryResults {
  query: string;
  hits: LibraryHit[];
}

export interface LibrarySearchDeps {
  db: () => Promise<CableDb>;
  records: () => Promise<RecordCache>;
  now: () => number;
  /** Timer for the delayed save; tests pass one they drive. */
  schedule?: (run: () => void, ms: number) => unknown;
}

/** Saved copies kept in memory for snippets, most recently used last. */
const DOCUMENT_CACHE = 64;

/** What the last catch-up did: whether a saved index was loaded, and how many cables it (re-)indexed. */
export interface CatchUpStats {
  loadedSaved: boolean;
  reindexed: number;
}

export class LibrarySearch {
  /** Filled by every catch-up that did work; benchmarks and tests read it. */
  stats: CatchUpStats = { loadedSaved: false, reindexed: 0 };
  private index: LibraryIndex | null = null;
  private loading: Promise<LibraryIndex> | null = null;
  /** Store revision the in-memory index reflects. */
  private synced = -1;
  private saveTimer: unknown = null;
  private unsaved = false;
  private readonly documents = new Map<string, CableDocument | null>();

  constructor(private readonly deps: LibrarySearchDeps) {}

  /** The index, brought up to the store's current revision. */
  async current(): Promise<LibraryIndex> {
    this.loading ??= this.catchUp().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async catchUp(): Promise<LibraryIndex> {
    const db = await this.deps.db();
    try {
      const cache = await this.deps.records();
      if (cache.revision === this.synced && this.index) return this.index;
      const tx = db.transaction(['searchIndex', 'searchDirty', 'cables'], 'readonly');
      const [saved, dirty, cableIds] = await Promise.all([
        this.index ? undefined : tx.objectStore('searchIndex').get('index'),
        tx.objectStore('searchDirty').getAll(),
        tx.objectStore('cables').getAllKeys(),
      ]);
      await tx.done;
      let stale: Set<string>;
      let loadedSaved = false;
      if (!this.index) {
        const loaded = saved && saved.format === INDEX_FORMAT ? tryLoad(saved.json) : null;
        this.index = loaded ?? LibraryIndex.empty();
        this.synced = loaded && saved ? saved.revision : -1;
        // With no usable saved index, every saved cable is indexed once (then saved, so not again).
        stale = loaded ? new Set() : new Set(cableIds);
        loadedSaved = loaded !== null;
      } else {
        stale = new Set();
      }
      for (const entry of dirty) if (entry.revision > this.synced) stale.add(entry.cableId);
      if (stale.size > 0) await this.reindex(db, cache, [...stale]);
      this.stats = { loadedSaved, reindexed: stale.size };
      this.synced = cache.revision;
      if (stale.size > 0) this.scheduleSave();
      return this.index;
    } catch (error) {
      throw toReadError(error);
    }
  }

  private async reindex(db: CableDb, cache: RecordCache, cableIds: readonly string[]): Promise<void> {
    const index = this.index as LibraryIndex;
    const tx = db.transaction(['cables', 'snapshots'], 'readonly');
    const found = await Promise.all(
      cableIds.map((id) =>
        Promise.all([tx.objectStore('cables').get(id), tx.objectStore('snapshots').get(id)] as const),
      ),
    );
    await tx.done;
    found.forEach(([cable, savedCopy], i) => {
      const id = cableIds[i] as string;
      this.documents.delete(id);
      if (!cable) {
        index.replaceCable(id, []);
        return;
      }
      index.replaceCable(id, cableDocs(sourceOf(cable, savedCopy?.document ?? null, cache)));
    });
  }

  private scheduleSave(): void {
    this.unsaved = true;
    if (this.saveTimer !== null) return;
    const schedule = this.deps.schedule ?? ((run, ms) => setTimeout(run, ms));
    this.saveTimer = schedule(() => {
      this.saveTimer = null;
      void this.save().catch(() => {
        // The change log still names every cable: the next start re-indexes them.
      });
    }, SAVE_DELAY_MS);
  }

  /** Saves the index now (if it changed) and trims the change log up to the revision it reflects. */
  async save(): Promise<void> {
    const index = await this.current();
    if (!this.unsaved) return;
    this.unsaved = false;
    const revision = this.synced;
    const db = await this.deps.db();
    const tx = db.transaction(['searchIndex', 'searchDirty'], 'readwrite');
    tx.done.catch(() => undefined);
    const dirty = tx.objectStore('searchDirty');
    await Promise.all([
      tx.objectStore('searchIndex').put({
        key: 'index',
        format: INDEX_FORMAT,
        json: index.toJSON(),
        revision,
        savedAt: this.deps.now(),
      }),
      ...(await dirty.getAll()).filter((e) => e.revision <= revision).map((e) => dirty.delete(e.cableId)),
    ]);
    await tx.done;
  }

  /** The best `limit` matches of `query` across saved copies, notes and highlights, with snippets. */
  async search(query: string, limit = 30): Promise<LibraryResults> {
    const index = await this.current();
    const hits = index.query(query, limit);
    const cache = await this.deps.records();
    const needed = [...new Set(hits.filter((h) => h.kind === 'paragraph').map((h) => h.cableId))];
    await this.loadDocuments(needed);
    return {
      query,
      hits: hits.map((hit): LibraryHit => {
        const cable = cache.records.cables.get(hit.cableId);
        const document = this.documents.get(hit.cableId) ?? null;
        const block = hit.blockKey ? document?.blocks.find((b) => b.key === hit.blockKey) : undefined;
        const text = textOf(hit, cable, block?.text, cache);
        return {
          cableId: hit.cableId,
          subject: cable?.subject ?? null,
          date: cable?.date ?? null,
          kind: hit.kind,
          blockKey: hit.blockKey,
          label: block?.number ?? (hit.blockKey && /^\d+$/.test(hit.blockKey) ? hit.blockKey : null),
          ref: hit.ref,
          snippet: snippet(text, hit.terms),
          url: cable?.urls[0]?.url ?? null,
          saved: cache.records.savedCopyIds.has(hit.cableId),
        };
      }),
    };
  }

  private async loadDocuments(cableIds: readonly string[]): Promise<void> {
    const missing = cableIds.filter((id) => !this.documents.has(id));
    if (missing.length > 0) {
      const db = await this.deps.db();
      const tx = db.transaction('snapshots', 'readonly');
      const snapshots = await Promise.all(missing.map((id) => tx.store.get(id)));
      await tx.done;
      missing.forEach((id, i) => {
        this.documents.set(id, snapshots[i]?.document ?? null);
      });
    }
    for (const id of cableIds) {
      // Most recently used last, so the oldest is dropped first.
      const document = this.documents.get(id) ?? null;
      this.documents.delete(id);
      this.documents.set(id, document);
    }
    while (this.documents.size > DOCUMENT_CACHE) {
      const oldest = this.documents.keys().next().value;
      if (oldest === undefined) break;
      this.documents.delete(oldest);
    }
  }
}

function tryLoad(json: string): LibraryIndex | null {
  try {
    return LibraryIndex.fromJSON(json);
  } catch {
    return null;
  }
}

function sourceOf(cable: CableRecord, document: CableDocument | null, cache: RecordCache): CableSource {
  const { bookmarks, notes, highlights } = cache.ofCable(cable.id);
  return {
    cable,
    document,
    notes,
    bookmarkKeys: new Map(bookmarks.map((b) => [b.id, b.blockKey])),
    highlights,
  };
}

function textOf(
  hit: { kind: string; ref: string | null },
  cable: CableRecord | undefined,
  paragraph: string | undefined,
  cache: RecordCache,
): string {
  if (hit.kind === 'paragraph') return paragraph ?? '';
  if (hit.kind === 'note') return (hit.ref && cache.records.notes.get(hit.ref)?.text) || '';
  if (hit.kind === 'highlight') {
    const highlight = hit.ref ? cache.records.highlights.get(hit.ref) : undefined;
    return highlight ? `“${highlight.selectors[0].exact}” ${highlight.note}` : '';
  }
  return [cable?.id, cable?.subject].filter(Boolean).join(': ');
}
