// The extension's background: answers every request of the other contexts (lib/messaging), runs the toggle
// shortcut, and keeps the content script registered on the hosts the reader enabled. Wiring only: logic lives in lib/.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listenForRequests } from '../lib/messaging/background';
import { runInOpenTabs, syncEnabledSites } from '../lib/settings/enabled-sites';
import { READER_FILE } from './content/reader-handover';

export default defineBackground(() => {
  const { runCommand } = listenForRequests(READER_FILE);
  // Firefox for Android has no commands API: without this guard the rest of the wiring would never run there.
  browser.commands?.onCommand.addListener((command, tab) => {
    void runCommand(command, tab?.id);
  });
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
