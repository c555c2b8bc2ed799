// The one way a view keeps a cable's bookmarks current: reload when a broadcast names the cable (or many), one
// load at a time, one more if a change came meanwhile. A change made here refreshes through its broadcast, once.
import { watchChanges } from './runtime';

export interface CableWatch {
  /** Loads now (or once more after the load under way). */
  refresh(): void;
  stop(): void;
}

/**
 * Watches `cableId` (null: every cable, as the popup lists them all) and calls `load` on each change; `load`
 * should handle its own failures. Does not load at start: call `refresh()` when the view is ready.
 */
export function watchCable(cableId: string | null, load: () => Promise<void>): CableWatch {
  let loading: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  function refresh(): void {
    if (stopped) return;
    if (loading) {
      again = true;
      return;
    }
    loading = (async () => {
      do {
        again = false;
        await load().catch(() => undefined);
      } while (again && !stopped);
    })().finally(() => {
      loading = null;
    });
  }
  const unwatch = watchChanges((changed) => {
    if (cableId === null || changed === null || changed === cableId) refresh();
  });
  return {
    refresh,
    stop() {
      stopped = true;
      unwatch();
    },
  };
}
