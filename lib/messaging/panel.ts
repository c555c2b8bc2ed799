// Both ends of the panel table: the clean view answers it in the page's content script, the panel frame sends it
// to its own tab. Only our extension's frames reach the listener (runtime messages never come from the page).
import { type Browser, browser } from 'wxt/browser';
import { createSendToTab } from './client';
import { type PanelRequests, panelRequests } from './panel-requests';
import type { Handlers } from './router';
import { createRouter } from './router';
import { senderKind } from './senders';

/** Starts answering the panel table with `handlers`; returns the function that stops it. */
export function answerPanel(handlers: Handlers<PanelRequests>): () => void {
  const route = createRouter(panelRequests, handlers);
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    const name = (message as { name?: unknown } | null)?.name;
    if (typeof name !== 'string' || !Object.hasOwn(panelRequests, name)) return undefined;
    const kind =
      sender.id === browser.runtime.id
        ? senderKind({ url: sender.url, tab: sender.tab, extensionOrigin: browser.runtime.getURL('/') })
        : 'unknown';
    return route(message, kind, {}).then(({ response }) => response);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Sends a panel request to the tab the panel is framed in. */
export const sendToView = createSendToTab<PanelRequests>((tabId, message) =>
  browser.tabs.sendMessage(tabId, message),
);
