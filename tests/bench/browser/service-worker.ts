// Stops the extension's service worker between a bench's timed runs, so the next run meets a cold one, over a
// DevTools session opened for that one stop: none stays attached while anything is timed. Times nothing.
import type { BrowserContext, Page } from 'playwright-core';

/** How long DevTools may take to report the worker stopped before the bench gives up. */
const STOP_TIMEOUT_MS = 10_000;

/**
 * Stops every service worker (the extension's background included), as the browser does when it idles, and waits
 * until DevTools reports each of the extension's versions stopped (at once if they already are).
 */
export async function stopWorkers(context: BrowserContext, tab: Page, extensionId: string): Promise<void> {
  const cdp = await context.newCDPSession(tab);
  type Versions = { versions: { scriptURL: string; runningStatus: string }[] };
  const stopped = new Promise<void>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error('bench: the extension’s service worker did not stop')),
      STOP_TIMEOUT_MS,
    );
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: Versions) => {
      const ours = versions.filter((v) => v.scriptURL.includes(extensionId));
      if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) {
        clearTimeout(timer);
        done();
      }
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}
