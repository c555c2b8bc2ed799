// The handlers of the requests the background answers with browser APIs: opening the notes and options pages,
// running the clean view's code in a frame, the keyboard command and its shortcut, the toolbar button's state per
// tab. No store access here.
import type { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { t } from '../../i18n/t';
import { notesPagePath } from '../../pages/addresses';
import { StoreError } from '../../store/errors';
import { ACTION_TITLE, actionIcon } from '../../view/action-icon';
import { TOGGLE_COMMAND } from '../../view/tab-view';
import { createSendToTab, type TabRequests } from '../client';
import type { extensionRequests } from '../extension-requests';
import type { pageRequests } from '../page-requests';
import type { Handlers } from '../router';

/** The asking tab and frame, as runtime.MessageSender reports them (absent for extension pages in the popup). */
export interface BrowserContext {
  tab?: { id?: number; index: number; windowId?: number };
  frameId?: number;
}

/** The browser APIs the handlers use (the background passes `browser`; tests a stand-in). */
export interface BrowserApi {
  tabs: Pick<typeof browser.tabs, 'create' | 'query' | 'sendMessage'>;
  scripting: Pick<typeof browser.scripting, 'executeScript'>;
  runtime: Pick<typeof browser.runtime, 'getURL' | 'openOptionsPage'>;
  /** Absent in Firefox for Android, which has no keyboard shortcuts (no commands API, the manifest key ignored). */
  commands?: Pick<typeof browser.commands, 'getAll'>;
  /** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build. */
  action?: ActionApi;
  browserAction?: ActionApi;
}

/** What the handlers change on the toolbar button (the same calls in `action` and `browserAction`). */
interface ActionApi {
  setIcon(details: { tabId: number; path: Record<string, string> }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
}

type BrowserTable = Pick<
  typeof pageRequests,
  | 'note.openPage'
  | 'view.loadReader'
  | 'view.showing'
  | 'options.open'
  | 'command.shortcut'
  | 'clipboard.write'
> &
  Pick<typeof extensionRequests, 'command.run'>;

/**
 * The handlers, and `runCommand` for the commands API; `readerFile` is the built clean view's code, `writeClipboard`
 * copies in the extension's own context (lib/clipboard/background.ts); without one (benches) every copy is refused.
 */
export function createBrowserHandlers(
  api: BrowserApi,
  readerFile: ScriptPublicPath,
  writeClipboard: (text: string) => Promise<boolean> = async () => false,
) {
  const sendToTab = createSendToTab<TabRequests>((tabId, message) => api.tabs.sendMessage(tabId, message));

  /**
   * Runs a keyboard command for a tab (the active one when none is given). Resolves false when the tab has no
   * clean view to switch.
   */
  async function runCommand(command: string, tabId?: number): Promise<boolean> {
    if (command !== TOGGLE_COMMAND) return false;
    const target = tabId ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (target === undefined) return false;
    try {
      await sendToTab(target, 'view.toggle');
      return true;
    } catch {
      // No content script there (not a cable page): nothing to switch.
      return false;
    }
  }

  const handlers: Handlers<BrowserTable, BrowserContext> = {
    'note.openPage': async ({ cableId, blockKey }, { tab }) => {
      await api.tabs.create({
        url: new URL(notesPagePath(cableId, blockKey), api.runtime.getURL('/')).href,
        ...(tab?.id !== undefined
          ? { openerTabId: tab.id, index: tab.index + 1, windowId: tab.windowId }
          : {}),
      });
      return null;
    },
    'view.loadReader': async (_, { tab, frameId }) => {
      if (tab?.id === undefined) throw new StoreError('invalid', t('err_notInTab'));
      await api.scripting.executeScript({
        target: { tabId: tab.id, frameIds: [frameId ?? 0] },
        files: [readerFile],
      });
      return null;
    },
    'view.showing': async ({ state }, { tab, frameId }) => {
      const action = api.action ?? api.browserAction;
      // A cable in a frame does not speak for the tab; a browser without a toolbar button has nothing to set.
      if (tab?.id === undefined || (frameId ?? 0) !== 0 || !action) return null;
      await Promise.all([
        action.setIcon({ tabId: tab.id, path: actionIcon(state) }),
        action.setTitle({ tabId: tab.id, title: t(ACTION_TITLE[state]) }),
      ]);
      return null;
    },
    'options.open': async () => {
      await api.runtime.openOptionsPage();
      return null;
    },
    'command.shortcut': async ({ command }) => {
      // No shortcut to name where the browser has none: the view then offers none.
      if (!api.commands) return null;
      const commands = await api.commands.getAll();
      return commands.find((c) => c.name === command)?.shortcut || null;
    },
    'command.run': ({ command, tabId }) => runCommand(command, tabId),
    'clipboard.write': ({ text }) => writeClipboard(text),
  };
  return { handlers, runCommand };
}
