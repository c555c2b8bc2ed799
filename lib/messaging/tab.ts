// A content script's side of the tab table: answers the requests it handles, through the same router as the
// background, and leaves every other message to other listeners. Only our own extension may ask.
import { type Browser, browser } from 'wxt/browser';
import type { TabRequests } from './client';
import type { Table } from './define';
import { createRouter, type Handlers } from './router';
import { senderKind } from './senders';
import { tabRequests } from './tab-requests';

/**
 * Starts answering the requests of `table` that reach this context's runtime listener (a content script's, the
 * clean view's); any other message is left to other listeners. Returns the function that stops it.
 */
export function answerTable<T extends Table>(table: T, handlers: Handlers<T>): () => void {
  const route = createRouter(table, handlers);
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    const name = (message as { name?: unknown } | null)?.name;
    if (typeof name !== 'string' || !Object.hasOwn(table, name)) return undefined;
    // The background, the popup and our frames report an extension URL; a page cannot reach this listener.
    const kind =
      sender.id === browser.runtime.id
        ? senderKind({ url: sender.url, tab: sender.tab, extensionOrigin: browser.runtime.getURL('/') })
        : 'unknown';
    return route(message, kind, {}).then(({ response }) => response);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Starts answering the tab table with `handlers`; returns the function that stops it. */
export function answerInTab(handlers: Handlers<TabRequests>): () => void {
  return answerTable(tabRequests, handlers);
}
