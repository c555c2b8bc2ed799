// Fault injection for store tests: makes a put fail the way a full disk or an aborted transaction does.
// Test-only; patches fake-indexeddb's IDBObjectStore (its request queue is internal, hence the narrow casts).

interface FakeStore {
  name: string;
  transaction: {
    abort(): void;
    _execRequestAsync(request: { operation: () => unknown; source: unknown }): IDBRequest;
  };
}

export interface PutFault {
  /** Only puts on this store count (default: any store). */
  store?: string;
  /** Which matching put fails, 1-based (default 1). */
  nth?: number;
  /** `quota`: the request fails with QuotaExceededError, which aborts the transaction, as browsers do when the
   * disk is full. `abort`: the transaction is aborted right after the put is queued (a crash mid-write). */
  kind?: 'quota' | 'abort';
}

/** Installs the fault; returns a function that removes it. */
export function failPut({ store, nth = 1, kind = 'quota' }: PutFault = {}): () => void {
  const proto = (
    globalThis as unknown as { IDBObjectStore: { prototype: { put: (...args: unknown[]) => unknown } } }
  ).IDBObjectStore.prototype;
  const original = proto.put;
  let seen = 0;
  proto.put = function (this: FakeStore, ...args: unknown[]) {
    if (store === undefined || this.name === store) seen += 1;
    if (seen !== nth || (store !== undefined && this.name !== store)) return original.apply(this, args);
    if (kind === 'abort') {
      const request = original.apply(this, args);
      this.transaction.abort();
      return request;
    }
    return this.transaction._execRequestAsync({
      source: this,
      operation: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    });
  };
  return () => {
    proto.put = original;
  };
}
