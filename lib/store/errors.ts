// StoreError: every failure the store reports, with a kind for code and a sentence a reader can act on.
// Maps IndexedDB/DOM exceptions to those kinds; it never retries or hides a failure.

export type StoreErrorKind =
  /** The browser refused the write because storage is full. */
  | 'quota'
  /** Any other refused or aborted write. */
  | 'write-failed'
  /** The database could not be opened or read. */
  | 'unavailable'
  /** A schema upgrade failed; the database stays at its previous version. */
  | 'upgrade-failed'
  /** The thing asked for does not exist (any more). */
  | 'not-found'
  /** The request or file is malformed. */
  | 'invalid'
  /** The sender may not make this request. */
  | 'forbidden'
  /** A content script tried to remove a bookmark that carries notes. */
  | 'has-notes'
  /** A bug: anything not foreseen above. */
  | 'unexpected';

const KEPT = 'Nothing already saved was lost.';

const defaultMessages: Record<StoreErrorKind, string> = {
  quota: `Your browser refused to save: storage is full. ${KEPT}`,
  'write-failed': `Your browser refused to save. ${KEPT}`,
  unavailable: 'Cable Reader could not open its saved bookmarks. Try again after restarting the browser.',
  'upgrade-failed': `Cable Reader could not update its database. ${KEPT}`,
  'not-found': 'That bookmark or note no longer exists.',
  invalid: 'That request was not understood.',
  forbidden: 'Only the Cable Reader popup or its own pages may do that.',
  'has-notes': 'This bookmark has notes: remove it from the Cable Reader popup, where you can see them.',
  unexpected: `Cable Reader hit an unexpected problem. ${KEPT}`,
};

/** A failure with a user-facing message; `kind` is stable for code, `message` is written for the reader. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly kind: StoreErrorKind;

  constructor(kind: StoreErrorKind, message: string = defaultMessages[kind], options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }
}

/** The DOMException/Error name of a thrown value, if it has one. */
export function errorName(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string')
    return error.name;
  return undefined;
}

/** True for the errors browsers raise when storage is full, whatever their spelling. */
export function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Wraps any write failure as a StoreError (`quota` when storage is full); StoreErrors pass through. */
export function toWriteError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (isQuotaError(error)) return new StoreError('quota', undefined, { cause: error });
  const name = errorName(error);
  const detail = name && name !== 'AbortError' ? ` (${name})` : '';
  return new StoreError('write-failed', `Your browser refused to save${detail}. ${KEPT}`, { cause: error });
}

/** Wraps any read failure as a StoreError. */
export function toReadError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  return new StoreError('unavailable', undefined, { cause: error });
}
