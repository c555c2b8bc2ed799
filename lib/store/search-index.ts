// The popup's own copy of the search index: what the background sends of each cable (its listed group, and the
// full quote of each bookmark whose excerpt is shortened), and the popup's search over it with lib/store/search's
// rules, so results match the background's. Pure and in memory; fetching and refreshing are the popup's wiring.
import { byNewest, type CableGroup } from './groups';
import { type SearchEntry, searchEntries, searchEntry, withTag } from './search';

/** One cable as the background sends it for the popup's index. */
export interface IndexEntry {
  group: CableGroup;
  /** Full quotes of the bookmarks whose excerpt is shortened, by bookmark id (the others' excerpt is the quote). */
  quotes: Record<string, string>;
}

/** A piece of the index: entries newest first, how many cables there are, and the store revision read. */
export interface IndexPiece {
  entries: IndexEntry[];
  total: number;
  revision: number;
}

/** The entry sent for `group`; `quoteOf` gives a bookmark's full quote. */
export function indexEntryOf(
  group: CableGroup,
  quoteOf: (bookmarkId: string) => string | undefined,
): IndexEntry {
  const quotes: Record<string, string> = {};
  for (const bookmark of group.bookmarks) {
    const quote = quoteOf(bookmark.id);
    if (quote !== undefined && quote !== bookmark.excerpt) quotes[bookmark.id] = quote;
  }
  return { group, quotes };
}

/** The popup's search over the entries it holds: the same groups, order and matches as `Repository.search`. */
export class PopupSearchIndex {
  private readonly byCable = new Map<string, SearchEntry>();
  private sorted: SearchEntry[] | null = null;

  /** Cables held. */
  get size(): number {
    return this.byCable.size;
  }

  /** Adds or replaces the cable of `entry`. */
  put(entry: IndexEntry): void {
    const { group, quotes } = entry;
    this.byCable.set(
      group.cable.id,
      searchEntry(group, (id) => (Object.hasOwn(quotes, id) ? quotes[id] : undefined)),
    );
    this.sorted = null;
  }

  /** Drops a cable (it has nothing listed any more). */
  remove(cableId: string): void {
    if (this.byCable.delete(cableId)) this.sorted = null;
  }

  clear(): void {
    this.byCable.clear();
    this.sorted = null;
  }

  /** Every group matching `query` (and carrying `tag`, when given), newest first. */
  search(query: string, tag?: string): CableGroup[] {
    this.sorted ??= [...this.byCable.values()].sort((a, b) => byNewest(a.group, b.group));
    const found = searchEntries(this.sorted, query);
    return tag === undefined ? found : withTag(found, tag);
  }
}
