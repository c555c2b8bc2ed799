// The popup's own copy of the store's search entries: asked for once the first list is on screen, then kept up to
// date from the change broadcasts by asking again for the changed cable only. Each keystroke searches this copy
// (lib/store/search), with no round trip to the background. Data only: the section decides what to show.

import type { GroupPage } from '../../lib/messaging/extension-requests';
import { send } from '../../lib/messaging/runtime';
import { byNewest } from '../../lib/store/groups';
import { type SearchEntry, searchEntries } from '../../lib/store/search';

/** Set once the copy is complete and searchable (the benchmark waits for it before typing). */
const SEARCH_READY_MARK = 'cable-reader:popup-search-ready';

export interface LocalSearch {
  /** Asks for the whole copy (again, after a change to many cables); resolves once it is there or failed. */
  load(): Promise<void>;
  /** Brings the copy up to date after a broadcast (`cableId` null: many cables changed); resolves when it is. */
  changed(cableId: string | null): Promise<void>;
  /** The matching groups a page at a time, or null while the copy is not there (ask the background). */
  search(query: string, offset: number, limit: number): GroupPage | null;
}

export function localSearch(): LocalSearch {
  let entries: SearchEntry[] | null = null;
  // A change seen while a full copy is on its way makes that copy stale: ask again when it arrives.
  let loading: Promise<void> | null = null;
  let staleWhileLoading = false;

  function load(): Promise<void> {
    if (loading) {
      staleWhileLoading = true;
      return loading;
    }
    staleWhileLoading = false;
    loading = send('bookmark.searchIndex', {})
      .then((all) => {
        entries = all;
        if (performance.getEntriesByName(SEARCH_READY_MARK).length === 0) performance.mark(SEARCH_READY_MARK);
      })
      // Without a copy the section asks the background on each keystroke, as before.
      .catch(() => undefined)
      .finally(() => {
        loading = null;
        if (staleWhileLoading) void load();
      });
    return loading;
  }

  async function refresh(cableId: string): Promise<void> {
    const fresh = await send('bookmark.searchIndex', { cableIds: [cableId] }).catch(() => null);
    if (!entries || !fresh) return load();
    const rest = entries.filter((entry) => entry.group.cable.id !== cableId);
    entries = [...rest, ...fresh].sort((a, b) => byNewest(a.group, b.group));
  }

  return {
    load,
    changed(cableId) {
      return cableId === null || loading || !entries ? load() : refresh(cableId);
    },
    search(query, offset, limit) {
      if (!entries) return null;
      const groups = searchEntries(entries, query);
      return { groups: groups.slice(offset, offset + limit), total: groups.length };
    },
  };
}
