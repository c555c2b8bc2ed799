// Stops the extension's service worker as DevTools' "stop" does and follows its running status, for the suites that
// kill it around writes. DevTools plumbing only: when to kill and what must survive it are the suites' to say.
import type { CDPSession } from 'playwright-core';
import type { ExtensionBrowser } from './fixture';

export interface WorkerControl {
  /** Stops the worker and waits until DevTools reports it stopped; the next message starts it again. */
  kill(): Promise<void>;
  /** Waits until the worker reports running (started by a message, or never stopped). */
  running(): Promise<void>;
}

/**
 * Watches the worker through DevTools attached to one of the extension's pages (it sees and stops the extension's
 * service worker). Playwright keeps a stopped worker's handle, so the status comes from DevTools, never from it.
 */
export async function controlWorker(browser: ExtensionBrowser): Promise<WorkerControl> {
  const { page } = await browser.open(browser.extensionUrl('popup.html'));
  const devtools: CDPSession = await browser.context.newCDPSession(page);
  /** running, stopping, stopped, starting: as DevTools last reported it. */
  let status = 'running';
  const listeners = new Set<() => void>();
  devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(browser.extensionUrl(''))) continue;
      status = version.runningStatus;
      for (const listener of [...listeners]) listener();
    }
  });
  await devtools.send('ServiceWorker.enable');
  /** Resolves on the next report of `wanted`, or at once when `already` and it is the status now. */
  const reaches = (wanted: string, already: boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (status !== wanted) return;
        listeners.delete(check);
        resolve();
      };
      listeners.add(check);
      if (already) check();
    });
  return {
    async kill() {
      // The stop to wait for is this one: a status of 'stopped' left from an earlier kill does not count.
      const stopped = reaches('stopped', false);
      await devtools.send('ServiceWorker.stopAllWorkers');
      await stopped;
    },
    running: () => reaches('running', true),
  };
}
