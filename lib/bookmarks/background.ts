// The background's side of bookmarks: answers store requests (the store service owns the database), tells every
// tab and extension page what changed, and opens a paragraph's notes page for the clean view. Wiring only.
import { type Browser, browser } from 'wxt/browser';
import { isStoreRequest, type StoreEvent } from '../messages';
import { createStoreService, type StoreService } from '../store/service';
import { extensionUrl } from './client';
import { isOpenNotesRequest, notesPagePath, type OpenNotesRequest } from './pages';

type Sender = Browser.runtime.MessageSender;

/** Sends each event to every tab's content scripts and to the extension's pages; nobody listening is no error. */
async function broadcast(events: readonly { type: string }[]): Promise<void> {
  if (events.length === 0) return;
  // Without the `tabs` permission the query still gives every tab's id, which is all sendMessage needs.
  const tabs = await browser.tabs.query({}).catch(() => []);
  for (const event of events) {
    for (const tab of tabs) {
      if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, event).catch(() => undefined);
    }
    browser.runtime.sendMessage(event).catch(() => undefined);
  }
}

/** Opens the notes page beside the tab that asked (content scripts cannot open extension pages themselves). */
async function openNotes(request: OpenNotesRequest, sender: Sender): Promise<boolean> {
  if (sender.id !== browser.runtime.id) return false;
  const tab = sender.tab;
  await browser.tabs.create({
    url: extensionUrl(notesPagePath(request.cableId, request.blockKey)),
    ...(tab?.id !== undefined ? { openerTabId: tab.id, index: tab.index + 1, windowId: tab.windowId } : {}),
  });
  return true;
}

/** Answers bookmark messages for the rest of the background's life; `store` is replaceable for tests. */
export function listenForBookmarks(store: StoreService = createStoreService()): void {
  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (isStoreRequest(message)) {
      return store
        .handle(message, { url: sender.url, tab: sender.tab, extensionOrigin })
        .then(({ response, events }) => {
          void broadcast(events satisfies StoreEvent[]);
          return response;
        });
    }
    if (isOpenNotesRequest(message)) return openNotes(message, sender).catch(() => false);
    return undefined;
  });
}
