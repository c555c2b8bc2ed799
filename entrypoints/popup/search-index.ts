// The popup's search index, fetched after the first list is drawn: pieces of SEARCH_INDEX_PIECE cables from the
// background, built as they come, then kept fresh by refetching the cables each change names. Until it is
// complete and current it answers nothing, and the popup asks the background as before (never a wrong list).

import type { CableGroup } from '../../lib/store/groups';
import type { IndexPiece } from '../../lib/store/search-index';
import { PopupSearchIndex } from '../../lib/store/search-index';

/** How the index asks the background for a piece (`send('bookmark.searchIndex', ...)` in the popup). */
export type AskPiece = (
  window: { offset: number; limit: number } | { cableIds: string[] },
) => Promise<IndexPiece>;

/** Times a load starts again because the store changed under it, before it gives up (the background answers). */
const MAX_RESTARTS = 3;

export class SearchIndexLoader {
  private readonly index = new PopupSearchIndex();
  private whole = false;
  private loading = false;
  /** Cables changed while a load or refetch ran (null: many, load again). */
  private pending: Set<string> | null = new Set();
  private work: Promise<void> = Promise.resolve();

  constructor(
    private readonly ask: AskPiece,
    private readonly pieceSize: number,
  ) {}

  /** True once every cable has been in (a change may await its refetch). */
  get complete(): boolean {
    return this.whole;
  }

  /** True once every cable is in and no change awaits its refetch. */
  get ready(): boolean {
    return this.whole && !this.loading && this.pending !== null && this.pending.size === 0;
  }

  /** Fetches the whole index (again); resolves when it is complete, or could not be (then `ready` stays false). */
  load(): Promise<void> {
    this.work = this.work.then(() => this.fetchAll()).catch(() => undefined);
    return this.work;
  }

  /** A change broadcast for `cableId` (null: many): the index is not ready until that cable is fetched again. */
  changed(cableId: string | null): Promise<void> {
    if (cableId === null || this.pending === null) this.pending = null;
    else this.pending.add(cableId);
    this.work = this.work.then(() => this.catchUp()).catch(() => undefined);
    return this.work;
  }

  /** The groups matching `query` (and `tag`), or null when the index cannot answer yet. */
  search(query: string, tag: string | null): CableGroup[] | null {
    if (!this.ready) return null;
    return this.index.search(query, tag ?? undefined);
  }

  private async fetchAll(): Promise<void> {
    this.loading = true;
    this.whole = false;
    try {
      for (let attempt = 0; attempt <= MAX_RESTARTS; attempt++) {
        this.pending = new Set();
        if (await this.fetchPieces()) {
          this.whole = true;
          return;
        }
      }
    } finally {
      this.loading = false;
    }
  }

  /** One pass over every piece; false when the store's revision moved between pieces (the pieces may not agree). */
  private async fetchPieces(): Promise<boolean> {
    this.index.clear();
    let revision: number | null = null;
    for (let offset = 0, total = 1; offset < total; offset += this.pieceSize) {
      const piece = await this.ask({ offset, limit: this.pieceSize });
      if (revision !== null && piece.revision !== revision) return false;
      revision = piece.revision;
      total = piece.total;
      for (const entry of piece.entries) this.index.put(entry);
    }
    return true;
  }

  private async catchUp(): Promise<void> {
    if (!this.whole) return;
    if (this.pending === null) return this.fetchAll();
    const cableIds = [...this.pending];
    if (cableIds.length === 0) return;
    this.pending = new Set();
    try {
      for (let at = 0; at < cableIds.length; at += this.pieceSize) {
        const wanted = cableIds.slice(at, at + this.pieceSize);
        const piece = await this.ask({ cableIds: wanted });
        const found = new Set(piece.entries.map((e) => e.group.cable.id));
        for (const id of wanted) if (!found.has(id)) this.index.remove(id);
        for (const entry of piece.entries) this.index.put(entry);
      }
    } catch {
      // Some cable may be old now: answer nothing until the next change loads the whole index again.
      this.pending = null;
    }
  }
}
