// How every answer travels: a result, failures as data (a kind for code, a sentence for the reader), never thrown
// across contexts. The client side turns a failed result back into an error; nothing here sends anything.
import { t } from '../i18n/t';
import { StoreError, type StoreErrorKind } from '../store/errors';

export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; error: { kind: StoreErrorKind; message: string } };

/** A failed request, as the clients raise it: `message` is written for the reader. */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  constructor(
    readonly kind: StoreErrorKind | 'no-response',
    message: string,
  ) {
    super(message);
  }
}

/** Any thrown value as a failed result: StoreErrors keep their kind and words, anything else is `unexpected`. */
export function failure(error: unknown): Result<never> {
  const known =
    error instanceof StoreError ? error : new StoreError('unexpected', undefined, { cause: error });
  return { ok: false, error: { kind: known.kind, message: known.message } };
}

/** The value of an answer, or the RequestError it carries; no answer at all is `no-response`. */
export function unwrap<T>(answer: unknown): T {
  if (!answer || typeof answer !== 'object' || !('ok' in answer)) {
    throw new RequestError('no-response', t('err_noAnswer'));
  }
  const result = answer as Result<T>;
  if (!result.ok) throw new RequestError(result.error.kind, result.error.message);
  return result.value;
}

/** The reader-facing sentence of a failed request. */
export function failureMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : t('err_generic');
}
