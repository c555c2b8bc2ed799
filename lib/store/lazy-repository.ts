// The repository as the background holds it: opened on first use, shared after, opened again after a failure.
// A failed open is a StoreError (`unavailable` unless the store said more); it holds no other state.
import { StoreError } from './errors';
import { Repository } from './repository';

export interface LazyRepository {
  /** The open repository; rejects with a StoreError when it cannot be opened (the next call tries again). */
  get(): Promise<Repository>;
  /** Closes the database connection (tests, shutdown). */
  close(): Promise<void>;
}

/** Holds the background's repository; `open` is replaceable for tests. */
export function lazyRepository(open: () => Promise<Repository> = () => Repository.open()): LazyRepository {
  let repository: Promise<Repository> | null = null;
  return {
    get() {
      repository ??= open().catch((error: unknown) => {
        // Let the next request try again (the browser may have freed space, a blocking tab may have closed).
        repository = null;
        throw error instanceof StoreError
          ? error
          : new StoreError('unavailable', undefined, { cause: error });
      });
      return repository;
    },
    async close() {
      const current = repository;
      repository = null;
      (await current?.catch(() => null))?.close();
    },
  };
}
