// Times, inside the content script's own isolated world (reached over CDP), a storage read: a wait the clean view
// pays before it can render (loading its code shows in the trace instead: fetches from a CDP evaluation are routed
// by the harness and fail). Diagnosis of "rest"; reads only.
import type { BrowserContext, Page } from 'playwright-core';
import { openMatched } from './measure';
import { median } from './stats';

export interface IsolatedCosts {
  /** One `storage.local.get` round trip, median ms. */
  storageMs: number;
  samples: number;
}

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/** The expression run in the isolated world: one storage read, timed. */
const probe = `(async () => {
  const t0 = performance.now();
  await globalThis.chrome.storage.local.get('cable-reader-bench-probe');
  return performance.now() - t0;
})()`;

/**
 * Loads `declineUrl` (matched, not a cable) `samples` times and times a storage read in the script's world each
 * time; null when the script's world cannot be reached or the read fails.
 */
export async function isolatedCosts(
  context: BrowserContext,
  tab: Page,
  declineUrl: string,
  extensionName: string,
  samples: number,
): Promise<IsolatedCosts | null> {
  const reads: number[] = [];
  for (let i = 0; i < samples; i++) {
    const run = await openMatched(tab, declineUrl, 15_000);
    if (run.outcome !== 'declined') return null;
    const cdp = await context.newCDPSession(tab);
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => contexts.push(e.context));
    // Enabling replays the contexts that already exist, the content script's world among them.
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === extensionName);
    if (!world) {
      await cdp.detach();
      return null;
    }
    const result = (await cdp.send('Runtime.evaluate', {
      expression: probe,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: { exception?: { description?: string } } };
    if (result.exceptionDetails) return null;
    await cdp.detach();
    reads.push(result.result.value as number);
  }
  return { storageMs: median(reads), samples };
}
