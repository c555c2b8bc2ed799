// The extension's background: runs the toggle shortcut's handler, runs the clean view's code in a cable page when
// its content script asks, opens the options page, and keeps the content script registered on the hosts the
// reader enabled. Wiring only: logic lives in lib/.
import { type Browser, browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listenForBookmarks } from '../lib/bookmarks/background';
import { senderKind } from '../lib/messages';
import { runInOpenTabs, syncEnabledSites } from '../lib/settings/enabled-sites';
import { type BackgroundViewRequest, isBackgroundViewRequest, TOGGLE_COMMAND } from '../lib/view/protocol';
import { READER_FILE } from './content/lazy-reader';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * Runs a keyboard command for a tab (the active one when none is given). Reached from the commands API and,
 * for tests and the popup, from a `{ type: 'command' }` message of an extension page. Resolves false when the
 * tab has no clean view to switch.
 */
export async function runCommand(command: string, tabId?: number): Promise<boolean> {
  if (command !== TOGGLE_COMMAND) return false;
  const target = tabId ?? (await activeTabId());
  if (target === undefined) return false;
  try {
    await browser.tabs.sendMessage(target, { type: 'view:toggle' });
    return true;
  } catch {
    // No content script there (not a cable page): nothing to switch.
    return false;
  }
}

async function shortcutOf(command: string): Promise<string | null> {
  const commands = await browser.commands.getAll();
  return commands.find((c) => c.name === command)?.shortcut || null;
}

type Sender = Browser.runtime.MessageSender;

function fromExtensionPage(sender: Sender): boolean {
  return (
    senderKind({ url: sender.url, tab: sender.tab, extensionOrigin: browser.runtime.getURL('/') }) ===
    'extension-page'
  );
}

/** Runs the clean view's code in the frame of the content script that found a cable there. */
async function loadReader(sender: Sender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined) return false;
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [READER_FILE],
  });
  return true;
}

function answer(request: BackgroundViewRequest, sender: Sender): Promise<unknown> {
  switch (request.type) {
    case 'command':
      // Only extension pages may drive a tab's view; a page's content script has its own toggle.
      return fromExtensionPage(sender) ? runCommand(request.command, request.tabId) : Promise.resolve(false);
    case 'open-options':
      return browser.runtime.openOptionsPage().then(() => true);
    case 'view:load-reader':
      return loadReader(sender);
    case 'get-shortcut':
      return shortcutOf(request.command);
  }
}

export default defineBackground(() => {
  // The bookmark store and its broadcasts, and the notes page the clean view asks for.
  listenForBookmarks();
  browser.commands.onCommand.addListener((command, tab) => {
    void runCommand(command, tab?.id);
  });
  browser.runtime.onMessage.addListener((message, sender) =>
    isBackgroundViewRequest(message) ? answer(message, sender) : undefined,
  );
  const resync = () => {
    syncEnabledSites().catch((error) =>
      console.error('[Cable Reader] could not update enabled sites:', error),
    );
  };
  browser.permissions.onAdded.addListener((added) => {
    resync();
    runInOpenTabs(added.origins).catch(() => undefined);
  });
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
  resync();
});
