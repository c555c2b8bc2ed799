// The background's side of messaging: answers every request through the router, then tells every tab and
// extension page which cables changed. Wiring only; the store is opened on the first request that needs it.
import { type Browser, browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { createClipboardWriter, type OffscreenApi } from '../clipboard/background';
import { lazyRepository } from '../store/lazy-repository';
import { createBackgroundRouter } from './background-router';
import { changedEvent } from './events';
import { createBrowserHandlers } from './handlers/browser';
import { senderKind } from './senders';

/** Sends each change to every tab's content scripts and to the extension's pages; nobody listening is no error. */
async function broadcast(changed: readonly (string | null)[]): Promise<void> {
  if (changed.length === 0) return;
  // Without the `tabs` permission the query still gives every tab's id, which is all sendMessage needs.
  const tabs = await browser.tabs.query({}).catch(() => []);
  for (const cableId of changed) {
    const event = changedEvent(cableId);
    for (const tab of tabs) {
      if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, event).catch(() => undefined);
    }
    browser.runtime.sendMessage(event).catch(() => undefined);
  }
}

/**
 * Answers requests for the rest of the background's life; `readerFile` is the clean view's built code.
 * Returns `runCommand` for the commands API.
 */
export function listenForRequests(readerFile: ScriptPublicPath) {
  const repository = lazyRepository();
  const writeClipboard = createClipboardWriter({
    offscreen: (browser as { offscreen?: OffscreenApi }).offscreen,
    document: typeof document === 'undefined' ? undefined : document,
    getURL: (path) => browser.runtime.getURL(path as '/'),
    sendMessage: (message) => browser.runtime.sendMessage(message),
  });
  const { handlers, runCommand } = createBrowserHandlers(browser, readerFile, writeClipboard);
  const route = createBackgroundRouter(handlers);
  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    // Only our own contexts reach onMessage; the id check keeps it so if a browser ever widens that.
    if (sender.id !== browser.runtime.id) return undefined;
    const kind = senderKind({ url: sender.url, tab: sender.tab, extensionOrigin });
    return route(message, kind, {
      repository: repository.get,
      now: Date.now,
      tab: sender.tab,
      frameId: sender.frameId,
    }).then(({ response, changed }) => {
      void broadcast(changed);
      return response;
    });
  });
  return { runCommand };
}
