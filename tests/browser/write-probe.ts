// Holds the next bookmark write of the extension's running service worker at one point of its life, so a suite can
// kill the worker exactly there: installed into the worker through DevTools, never shipped in the extension's code.
import type { Worker } from 'playwright-core';

/**
 * Where the write is held. `uncommitted`: every request of the write is queued but its transaction is kept open (it
 * dies with the worker). `unanswered`: the transaction commits, but the store's code never hears it did, so the
 * page's message gets no answer.
 */
export type HoldAt = 'uncommitted' | 'unanswered';

/** How far the held write got: idle (none yet), queued (all its requests issued), committed (durably stored). */
export type WritePhase = 'idle' | 'queued' | 'committed';

interface Probe {
  hold: HoldAt;
  phase: WritePhase;
  /** The write's id, as its applied-log entry (`applied:<id>`) names it. */
  writeId: string | null;
}

/**
 * Wraps IndexedDB in the worker's global scope so the next transaction that puts a bookmark is held at `hold`. Once
 * per start of the worker: the suite kills it after, and the next start runs the extension's code unwrapped.
 */
export async function holdNextBookmarkWrite(worker: Worker, hold: HoldAt): Promise<void> {
  await worker.evaluate((hold: HoldAt) => {
    const scope = globalThis as { writeProbe?: Probe };
    const probe: Probe = { hold, phase: 'idle', writeId: null };
    scope.writeProbe = probe;
    const held = new WeakSet<IDBTransaction>();
    const put = IDBObjectStore.prototype.put;
    const listen = IDBTransaction.prototype.addEventListener;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const request = put.call(this, value, key);
      const tx = this.transaction;
      if (this.name === 'bookmarks' && probe.phase === 'idle' && !held.has(tx)) {
        held.add(tx);
        if (probe.hold === 'uncommitted') {
          // A transaction commits once no request is pending: one always is, until the worker dies.
          const keepOpen = () => {
            this.count().onsuccess = keepOpen;
          };
          keepOpen();
        } else {
          listen.call(tx, 'complete', () => {
            probe.phase = 'committed';
          });
        }
      }
      const applied = (value as { key?: unknown } | null)?.key;
      if (
        held.has(tx) &&
        this.name === 'meta' &&
        typeof applied === 'string' &&
        applied.startsWith('applied:')
      ) {
        probe.writeId = applied.slice('applied:'.length);
        // The applied log is the write's last request: everything is queued, only the commit is left.
        if (probe.hold === 'uncommitted') probe.phase = 'queued';
      }
      return request;
    };
    // The store's code learns of a commit from 'complete' listeners (idb's `tx.done`): a held one never fires.
    IDBTransaction.prototype.addEventListener = function (
      this: IDBTransaction,
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ) {
      if (type !== 'complete') return listen.call(this, type, listener, options);
      const gated = (event: Event) => {
        if (held.has(this)) return;
        if (typeof listener === 'function') listener.call(this, event);
        else listener.handleEvent(event);
      };
      return listen.call(this, type, gated, options);
    };
  }, hold);
}

/** Waits until the held write reached `phase`; resolves with its write id. */
export async function writeReached(worker: Worker, phase: WritePhase): Promise<string> {
  return worker.evaluate(
    (phase: WritePhase) =>
      new Promise<string>((resolve) => {
        const check = () => {
          const probe = (globalThis as { writeProbe?: Probe }).writeProbe;
          if (probe?.phase === phase && probe.writeId) resolve(probe.writeId);
          else setTimeout(check, 10);
        };
        check();
      }),
    phase,
  );
}
