// Typed clients over any transport: `send(name, data)` to the background, `sendToTab(tabId, name, data)` to a
// tab's content script. Each resolves with the entry's answer or rejects with a RequestError worded for the reader.
import type { AnswerOf, DataArgs, Envelope, Table } from './define';
import type { extensionRequests } from './extension-requests';
import type { highlightRequests } from './highlight-requests';
import type { pageRequests } from './page-requests';
import { unwrap } from './result';
import type { tabRequests } from './tab-requests';

/** Every request the background answers (content scripts may send only those their entry allows). */
export type BackgroundRequests = typeof pageRequests & typeof extensionRequests & typeof highlightRequests;
export type TabRequests = typeof tabRequests;

/**
 * A version 4 UUID from `getRandomValues`, which every context has (`randomUUID` is missing from content scripts
 * on http pages, which are not secure contexts).
 */
export function newWriteId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  // The version (4) and variant (10xx) bits a UUID reader expects.
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/**
 * Every request carries an id of its own. When the transport fails (the channel closed before the answer came,
 * the service worker was stopping), the request is sent once more under the same id: a write the background had
 * already applied is then answered, not applied twice. No answer at all counts as a failure: the background always
 * answers a Result, and webextension-polyfill resolves with nothing when Chrome closes the channel of a stopped
 * service worker ("The message port closed before a response was received").
 */
export function createSend<T extends Table>(transport: (message: Envelope) => Promise<unknown>) {
  return async <N extends keyof T & string>(name: N, ...[data]: DataArgs<T[N]>): Promise<AnswerOf<T[N]>> => {
    const message: Envelope = { name, data: data ?? {}, writeId: newWriteId() };
    const first = await transport(message).catch(() => undefined);
    const response = first === undefined ? await transport(message) : first;
    return unwrap<AnswerOf<T[N]>>(response);
  };
}

export function createSendToTab<T extends Table>(
  transport: (tabId: number, message: Envelope) => Promise<unknown>,
) {
  return async <N extends keyof T & string>(
    tabId: number,
    name: N,
    ...[data]: DataArgs<T[N]>
  ): Promise<AnswerOf<T[N]>> => unwrap<AnswerOf<T[N]>>(await transport(tabId, { name, data: data ?? {} }));
}
