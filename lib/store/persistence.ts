// Asks the browser to keep the extension's storage under pressure (navigator.storage.persist()), best effort.
// persist() exists only in window contexts: call it from an extension page; unlimitedStorage is the other half.

export type PersistenceState = 'persisted' | 'refused' | 'unavailable';

/** The part of StorageManager this needs; the default is the context's own navigator.storage. */
export interface PersistentStorage {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

/** Requests durable storage; resolves to what the browser granted. */
export async function requestPersistence(
  storage: PersistentStorage | undefined = globalThis.navigator?.storage,
): Promise<PersistenceState> {
  if (!storage?.persist) return 'unavailable';
  try {
    if (await storage.persisted?.()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'unavailable';
  }
}
