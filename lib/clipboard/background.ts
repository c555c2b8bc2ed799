// The background's side of "Copy citation" and "Copy link": the text is copied in the extension's own context, never
// in the page (whose `copy` event and Permissions-Policy it would obey). Chrome's service worker has no document, so
// an offscreen document (reason CLIPBOARD) copies; Firefox's background page copies in its own document.
import { clipboardWrite } from '../messaging/offscreen';
import { copyInDocument } from './in-document';

/** What of chrome.offscreen the writer uses. */
export interface OffscreenApi {
  hasDocument(): Promise<boolean>;
  createDocument(parameters: { url: string; reasons: 'CLIPBOARD'[]; justification: string }): Promise<void>;
}

export interface ClipboardDeps {
  /** Chrome's offscreen API; absent in Firefox. */
  offscreen?: OffscreenApi;
  /** The background's own document (Firefox's background page); absent in a service worker. */
  document?: Document;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
}

/** The offscreen document's page (entrypoints/clipboard). */
const OFFSCREEN_PAGE = '/clipboard.html';

/** A writer that resolves whether the text reached the clipboard. */
export function createClipboardWriter(deps: ClipboardDeps): (text: string) => Promise<boolean> {
  const { offscreen, document: ownDocument } = deps;
  if (ownDocument && !offscreen) return (text) => copyInDocument(ownDocument, text);
  if (!offscreen) return async () => false;
  const api = offscreen;
  // Two copies at once must not both create the one offscreen document Chrome allows.
  let opening: Promise<void> | null = null;
  async function ensureDocument(): Promise<void> {
    if (await api.hasDocument()) return;
    opening ??= api
      .createDocument({
        url: deps.getURL(OFFSCREEN_PAGE),
        reasons: ['CLIPBOARD'],
        justification: 'Copies a citation or a link the reader asked for, out of the web page’s reach.',
      })
      .finally(() => {
        opening = null;
      });
    await opening;
  }
  return async (text) => {
    try {
      await ensureDocument();
      return (await deps.sendMessage(clipboardWrite(text))) === true;
    } catch {
      return false;
    }
  };
}
