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

export function createSend<T extends Table>(transport: (message: Envelope) => Promise<unknown>) {
  return async <N extends keyof T & string>(name: N, ...[data]: DataArgs<T[N]>): Promise<AnswerOf<T[N]>> =>
    unwrap<AnswerOf<T[N]>>(await transport({ name, data: data ?? {} }));
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
