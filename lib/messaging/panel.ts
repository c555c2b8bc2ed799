// Both ends of the panel table: the clean view answers it in the page's content script, the panel frame sends it
// to its own tab. Only our extension's frames reach the listener (runtime messages never come from the page).
import { browser } from 'wxt/browser';
import { createSendToTab } from './client';
import { type PanelRequests, panelRequests } from './panel-requests';
import type { Handlers } from './router';
import { answerTable } from './tab';

/** Starts answering the panel table with `handlers`; returns the function that stops it. */
export function answerPanel(handlers: Handlers<PanelRequests>): () => void {
  return answerTable(panelRequests, handlers);
}

/** Sends a panel request to the tab the panel is framed in. */
export const sendToView = createSendToTab<PanelRequests>((tabId, message) =>
  browser.tabs.sendMessage(tabId, message),
);
