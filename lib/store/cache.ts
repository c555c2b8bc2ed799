// The repository's in-memory copy of every record except saved documents, valid for one store revision.
// A committed write updates only the cables it touched; a copy left behind by another writer is dropped, not patched.
import {
  byNewest,
  type CableGroup,
  type CableSlot,
  emptySlot,
  groupOf,
  type RecordSet,
  slotsByCable,
} from './groups';
import type { BookmarkRecord, HighlightRecord, NoteRecord } from './schema';
import { type SearchEntry, searchEntry } from './search';
import type { Change } from './tx';

export class RecordCache {
  private readonly slots: Map<string, CableSlot>;
  /** Per cable, its group (null: nothing to list) and search entry, recomputed only after a change to it. */
  private readonly groupMemo = new Map<string, CableGroup | null>();
  private readonly entryMemo = new Map<string, SearchEntry>();
  private sorted: CableGroup[] | null = null;
  private entries: SearchEntry[] | null = null;

  constructor(
    public revision: number,
    readonly records: RecordSet,
  ) {
    this.slots = slotsByCable(records);
  }

  private slot(cableId: string): CableSlot {
    const found = this.slots.get(cableId) ?? emptySlot();
    this.slots.set(cableId, found);
    return found;
  }

  private touch(cableId: string): void {
    this.groupMemo.delete(cableId);
    this.entryMemo.delete(cableId);
    this.sorted = null;
    this.entries = null;
  }

  /**
   * Applies a committed transaction's changes if this copy is exactly at the revision the transaction started
   * from; returns false (and the caller drops the copy) when another writer got in between.
   */
  apply(changes: readonly Change[], before: number, after: number): boolean {
    if (this.revision !== before) return false;
    for (const change of changes) {
      switch (change.store) {
        case 'cables':
          if (change.value) this.records.cables.set(change.key, change.value);
          else this.records.cables.delete(change.key);
          this.touch(change.key);
          break;
        case 'snapshots':
          if (change.value) this.records.savedCopyIds.add(change.key);
          else this.records.savedCopyIds.delete(change.key);
          this.touch(change.key);
          break;
        default: {
          type Stored = BookmarkRecord | NoteRecord | HighlightRecord;
          const map = this.records[change.store] as Map<string, Stored>;
          const { cableId } = change;
          const slotMap = this.slot(cableId)[change.store] as Map<string, Stored>;
          for (const target of [map, slotMap]) {
            if (change.value) target.set(change.key, change.value);
            else target.delete(change.key);
          }
          this.touch(cableId);
        }
      }
    }
    this.revision = after;
    return true;
  }

  private group(cableId: string): CableGroup | null {
    if (!this.groupMemo.has(cableId)) {
      const { bookmarks, notes } = this.slot(cableId);
      const saved = this.records.savedCopyIds.has(cableId);
      const record = this.records.cables.get(cableId);
      this.groupMemo.set(cableId, groupOf(cableId, record, bookmarks.values(), notes.values(), saved));
    }
    return this.groupMemo.get(cableId) ?? null;
  }

  /** Every cable with bookmarks or notes, newest first. */
  get groups(): CableGroup[] {
    if (!this.sorted) {
      const groups: CableGroup[] = [];
      for (const id of this.slots.keys()) {
        const group = this.group(id);
        if (group) groups.push(group);
      }
      this.sorted = groups.sort(byNewest);
    }
    return this.sorted;
  }

  /** A bookmark's full quote (its excerpt in a group may be shortened); undefined for an unknown id. */
  quoteOf(bookmarkId: string): string | undefined {
    return this.records.bookmarks.get(bookmarkId)?.selectors[0].exact;
  }

  /** Prepared search strings, in the order of `groups`. */
  get searchEntries(): SearchEntry[] {
    this.entries ??= this.groups.map((group) => {
      const id = group.cable.id;
      const entry = this.entryMemo.get(id) ?? searchEntry(group, (b) => this.quoteOf(b));
      this.entryMemo.set(id, entry);
      return entry;
    });
    return this.entries;
  }

  /** A cable's bookmarks, notes and highlights (any order). */
  ofCable(cableId: string): {
    bookmarks: BookmarkRecord[];
    notes: NoteRecord[];
    highlights: HighlightRecord[];
  } {
    const slot = this.slots.get(cableId);
    return {
      bookmarks: [...(slot?.bookmarks.values() ?? [])],
      notes: [...(slot?.notes.values() ?? [])],
      highlights: [...(slot?.highlights.values() ?? [])],
    };
  }

  /** Ids of every cable with anything kept on it (bookmarks, notes or highlights). */
  cableIds(): string[] {
    return [...this.slots.keys()];
  }
}
