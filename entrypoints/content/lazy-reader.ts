// The contract between the small content script and the clean view's code, which runs only on a page that holds
// a cable. On the cable addresses the manifest loads reader.js before this script; elsewhere the background runs
// it in this page's isolated world (scripting.executeScript). Either way reader.js only defines the view's code
// (see reader-handover.ts); it runs when a cable is found. No web-accessible resource, no import by computed URL.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '../../lib/messaging/runtime';
import type { RawCable } from '../../lib/sites/types';
import { READER_CODE_GLOBAL, READER_FILE, READER_GLOBAL } from './reader-handover';
import type { StartState } from './start-state';

/**
 * What the lazily run part offers: start the clean view (resolving with its host element), or say the cable
 * yields nothing worth showing (null). `saved` is the stored state, already being read (see start-state.ts).
 */
export interface ReaderEntry {
  start(
    ctx: ContentScriptContext,
    raw: RawCable,
    url: URL,
    saved: Promise<StartState>,
  ): Promise<Element | null>;
}

type WithReader = typeof globalThis & {
  [READER_CODE_GLOBAL]?: () => void;
  [READER_GLOBAL]?: ReaderEntry;
};

/** True when reader.js was loaded into this world with the script (the manifest's cable addresses). */
export function readerCodeHere(): boolean {
  return typeof (globalThis as WithReader)[READER_CODE_GLOBAL] === 'function';
}

/** Runs the view's code, asking the background for reader.js first when this world does not have it. */
export async function loadReader(): Promise<ReaderEntry> {
  const scope = globalThis as WithReader;
  if (!scope[READER_GLOBAL]) {
    if (!readerCodeHere()) {
      await send('view.loadReader').catch((error: unknown) => {
        throw new Error(`the background did not run ${READER_FILE}`, { cause: error });
      });
    }
    scope[READER_CODE_GLOBAL]?.();
  }
  const entry = scope[READER_GLOBAL];
  if (!entry) throw new Error(`${READER_FILE} did not hand over its entry`);
  return entry;
}
