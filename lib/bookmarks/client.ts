// The store as the extension's pages and content scripts reach it: typed requests to the background, and the
// background's "bookmarks changed" broadcasts. Transport only; what to ask and when is the caller's.
import { browser } from 'wxt/browser';
import { createStoreClient, isStoreEvent, type StoreEvent } from '../messages';

/** Sends one store request; resolves with its value or rejects with a StoreRequestError worded for the reader. */
export const storeRequest = createStoreClient((message) => browser.runtime.sendMessage(message));

/** Calls `onEvent` for every store broadcast this context receives; returns the unsubscribe function. */
export function watchStoreEvents(onEvent: (event: StoreEvent) => void): () => void {
  // Never answer: other listeners in the same context own their replies.
  const listener = (message: unknown): undefined => {
    if (isStoreEvent(message)) onEvent(message);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The reader-facing sentence of a failed request. */
export function failureMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Cable Reader could not do that.';
}

/** The extension's own address of a page path (`/notes.html?cable=...`). */
export function extensionUrl(path: string): string {
  return new URL(path, browser.runtime.getURL('/')).href;
}
