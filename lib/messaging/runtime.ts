// The clients and the broadcast watch as the extension's contexts use them, bound to `browser.runtime` and
// `browser.tabs`. Transport only; what to ask and when is the caller's.
import { browser } from 'wxt/browser';
import { type BackgroundRequests, createSend, createSendToTab, type TabRequests } from './client';
import { changedCable } from './events';

/** Sends one request to the background: `send('bookmark.toggle', { cable, blockKey })`. */
export const send = createSend<BackgroundRequests>((message) => browser.runtime.sendMessage(message));

/** Sends one request to a tab's content script: `sendToTab(tabId, 'view.goTo', { key })`. */
export const sendToTab = createSendToTab<TabRequests>((tabId, message) =>
  browser.tabs.sendMessage(tabId, message),
);

/** Calls `onChange` with the cable of every "bookmarks changed" broadcast (null: many); returns the unsubscribe. */
export function watchChanges(onChange: (cableId: string | null) => void): () => void {
  // Never answer: other listeners in the same context own their replies.
  const listener = (message: unknown): undefined => {
    const cableId = changedCable(message);
    if (cableId !== undefined) onChange(cableId);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The extension's own address of a page path (`/notes.html?cable=...`). */
export function extensionUrl(path: string): string {
  return new URL(path, browser.runtime.getURL('/')).href;
}
