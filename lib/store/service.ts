// The store as the background runs it: one repository opened on first use, every message through the handler.
// A failed open is answered as an error and retried on the next message; it holds no other state.
import type { SenderInfo } from '../messages';
import { StoreError } from './errors';
import { type HandledRequest, handleStoreRequest } from './handlers';
import { Repository } from './repository';

export interface StoreService {
  /** Answers one message (see handleStoreRequest); never rejects. */
  handle(message: unknown, sender: SenderInfo): Promise<HandledRequest>;
  /** Closes the database connection (tests, shutdown). */
  close(): Promise<void>;
}

/** Creates the background's store service; `open` is replaceable for tests. */
export function createStoreService(open: () => Promise<Repository> = () => Repository.open()): StoreService {
  let repository: Promise<Repository> | null = null;
  const get = () => {
    repository ??= open().catch((error: unknown) => {
      // Let the next message try again (the browser may have freed space, a blocking tab may have closed).
      repository = null;
      throw error;
    });
    return repository;
  };
  return {
    async handle(message, sender) {
      let repo: Repository;
      try {
        repo = await get();
      } catch (error) {
        const failure =
          error instanceof StoreError ? error : new StoreError('unavailable', undefined, { cause: error });
        return {
          response: { ok: false, error: { kind: failure.kind, message: failure.message } },
          events: [],
        };
      }
      return handleStoreRequest(repo, message, sender);
    },
    async close() {
      const current = repository;
      repository = null;
      (await current?.catch(() => null))?.close();
    },
  };
}
