// Who sent a message, told from what the browser reports about the sender (a page cannot forge it).
// Pure: the background passes `runtime.MessageSender` fields and its own origin; nothing here reads the browser.

/** What the background knows of a sender (runtime.MessageSender) plus its own origin (`runtime.getURL('')`). */
export interface SenderInfo {
  url?: string;
  tab?: unknown;
  extensionOrigin: string;
}

/**
 * The kinds of sender an entry may allow. `page`: a content script in a mirror page (nothing it may ask reveals a
 * note). `extension-frame`: an extension document framed inside a page (cross-origin, the page cannot read it).
 * `extension-page`: an extension page in its own tab or the popup. `background`: the service worker or event page
 * (only the tab table lists it; a tab cannot tell it from the popup, both being our own extension).
 */
export type Sender = 'page' | 'extension-frame' | 'extension-page' | 'background';

export type SenderKind = Exclude<Sender, 'background'> | 'unknown';

/** `chrome-extension://<id>/`, `moz-extension://<uuid>/`...; anything else (empty, web) matches nothing. */
function originPrefix(origin: string): string | null {
  const match = /^([a-z][a-z0-9+.-]*):\/\/[^/?#\s]+\/?$/i.exec(origin);
  if (!match || /^(https?|file|data|javascript|blob)$/i.test(match[1] ?? '')) return null;
  return origin.endsWith('/') ? origin : `${origin}/`;
}

function tabUrl(tab: unknown): string | undefined {
  if (!tab || typeof tab !== 'object' || !('url' in tab)) return undefined;
  return typeof tab.url === 'string' ? tab.url : undefined;
}

/** Classifies a sender by the URL the browser reports for it. */
export function senderKind(sender: SenderInfo): SenderKind {
  const prefix = originPrefix(sender.extensionOrigin);
  const url = typeof sender.url === 'string' ? sender.url : undefined;
  const hasTab = sender.tab !== undefined && sender.tab !== null;
  if (prefix && url?.startsWith(prefix)) {
    if (!hasTab || tabUrl(sender.tab)?.startsWith(prefix)) return 'extension-page';
    return 'extension-frame';
  }
  return url && hasTab ? 'page' : 'unknown';
}
