// StoreError: every failure the store reports, with a kind for code and a sentence a reader can act on.
// Maps IndexedDB/DOM exceptions to those kinds; it never retries or hides a failure.
import { type MessageKey, t } from '../i18n/t';

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

// The sentences are the reader's: in the interface language, which the background speaks too.
const defaultMessages: Record<StoreErrorKind, MessageKey> = {
  quota: 'err_quota',
  'write-failed': 'err_writeFailed',
  unavailable: 'err_unavailable',
  'upgrade-failed': 'err_upgradeFailed',
  'not-found': 'err_notFound',
  invalid: 'err_invalid',
  forbidden: 'err_forbidden',
  'has-notes': 'err_hasNotes',
  unexpected: 'err_unexpected',
};

/** A failure with a user-facing message; `kind` is stable for code, `message` is written for the reader. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly kind: StoreErrorKind;

  constructor(
    kind: StoreErrorKind,
    message: string = t(defaultMessages[kind]),
    options?: { cause?: unknown },
  ) {
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
  const message = name && name !== 'AbortError' ? t('err_writeFailedNamed', name) : t('err_writeFailed');
  return new StoreError('write-failed', message, { cause: error });
}

/** Wraps any read failure as a StoreError. */
export function toReadError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  return new StoreError('unavailable', undefined, { cause: error });
}
