// One router for a message table: finds the entry by name, checks the sender against it, parses the data, runs
// the handler, and answers with a Result (failures as data). Pure: the transport and the broadcast are the caller's.

import * as v from 'valibot';
import { t } from '../i18n/t';
import { StoreError } from '../store/errors';
import { formatPath } from '../store/import-records';
import { type AnswerOf, type ParsedOf, type Table, WRITE_ID } from './define';
import { failure, type Result } from './result';
import type { SenderKind } from './senders';

/** What every handler is given besides its data. */
interface RouteContext {
  /** Who sent the request (already checked against the entry). */
  sender: SenderKind;
  /** Tells every tab and page, after the answer, that this cable's bookmarks or notes changed (null: many). */
  changed(cableId: string | null): void;
  /** The sender's own id for this request (lib/messaging/client.ts): a write sent again under it is not redone. */
  writeId?: string;
}

type Handler<E, X> = (data: ParsedOf<E>, context: RouteContext & X) => Promise<AnswerOf<E>>;
export type Handlers<T extends Table, X = object> = { readonly [K in keyof T]: Handler<T[K], X> };

export interface Routed {
  /** Send this back as the message's response. */
  response: Result<unknown>;
  /** The cables whose change to broadcast (after responding); empty after a failure. */
  changed: (string | null)[];
}

const envelopeSchema = v.strictObject({
  name: v.string(),
  data: v.unknown(),
  writeId: v.optional(v.pipe(v.string(), v.regex(WRITE_ID, 'expected a request id'))),
});

function invalid(detail?: string): Routed {
  const message = detail ? t('err_invalidDetail', detail) : new StoreError('invalid').message;
  return { response: { ok: false, error: { kind: 'invalid', message } }, changed: [] };
}

/** A router over `table`; `X` is whatever else the handlers need of the sender (its tab, its frame). */
export function createRouter<T extends Table, X = object>(table: T, handlers: Handlers<T, X>) {
  return async function route(message: unknown, sender: SenderKind, extra: X): Promise<Routed> {
    const envelope = v.safeParse(envelopeSchema, message);
    if (!envelope.success || !Object.hasOwn(table, envelope.output.name)) return invalid();
    const name = envelope.output.name as keyof T & string;
    const entry = table[name] as T[keyof T];
    if (sender === 'unknown' || !entry.from.includes(sender)) {
      return { response: failure(new StoreError('forbidden')), changed: [] };
    }
    const parsed = v.safeParse(entry.data, envelope.output.data);
    if (!parsed.success) {
      const [first] = parsed.issues;
      const path = formatPath((first.path ?? []).map((p) => p.key as string | number));
      return invalid(`${path === '(the file)' ? 'data' : path}: ${first.message}`);
    }
    const changed: (string | null)[] = [];
    const handler = handlers[name] as Handler<T[keyof T], X>;
    try {
      const value = await handler(parsed.output as ParsedOf<T[keyof T]>, {
        ...extra,
        sender,
        writeId: envelope.output.writeId,
        changed: (cableId) => void changed.push(cableId),
      });
      return { response: { ok: true, value }, changed: [...new Set(changed)] };
    } catch (error) {
      if (!(error instanceof StoreError)) console.error('[cable-reader] request failed', name, error);
      return { response: failure(error), changed: [] };
    }
  };
}
