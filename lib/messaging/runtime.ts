// The clients and the broadcast watch as the extension's contexts use them, bound to `browser.runtime` and
// `browser.tabs`. Transport only; what to ask and when is the caller's.
import { browser } from 'wxt/browser';
import { createSendToTab, type TabRequests } from './client';
import { runtimeClients } from './runtime-api';

/** `send('bookmark.toggle', { cable, blockKey })` to the background; `watchChanges(onChange)` for broadcasts. */
export const { send, watchChanges } = runtimeClients(browser.runtime);

/** Sends one request to a tab's content script: `sendToTab(tabId, 'view.goTo', { key })`. */
export const sendToTab = createSendToTab<TabRequests>((tabId, message) =>
  browser.tabs.sendMessage(tabId, message),
);

/** The extension's own address of a page path (`/notes.html?cable=...`). */
export function extensionUrl(path: string): string {
  return new URL(path, browser.runtime.getURL('/')).href;
}
