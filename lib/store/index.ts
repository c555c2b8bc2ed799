// Public entry of the store, for the background (the only context that opens the database) and tools.
// Re-exports only; other contexts talk to the store through lib/messages.ts.
export { type CableInput, isWebUrl } from './cables';
export { StoreError, type StoreErrorKind } from './errors';
export { exportFileName, exportJson } from './export';
export { type HandledRequest, handleStoreRequest } from './handlers';
export { importJson, parseExport } from './import';
export { exportMarkdown } from './markdown';
export { type PersistenceState, requestPersistence } from './persistence';
export { Repository, type RepositoryOptions } from './repository';
export { DB_NAME, DB_VERSION } from './schema';
export { createStoreService, type StoreService } from './service';
