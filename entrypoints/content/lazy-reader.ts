// The contract between the small content script and the clean view's code, which is loaded only on a page that
// holds a cable: the background runs reader.js in this page's isolated world (scripting.executeScript), and
// reader.js leaves its entry on that world's global. No web-accessible resource, no import by computed URL.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '../../lib/messaging/runtime';
import type { RawCable } from '../../lib/sites/types';
import type { StartState } from './start-state';

/**
 * What the lazily loaded part offers: start the clean view (resolving with its host element), or say the cable
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

/** Where reader.js leaves its entry (the content scripts' isolated world; the page cannot see it). */
export const READER_GLOBAL = '__cableReaderEntry';

/** The built file of entrypoints/reader.ts. */
export const READER_FILE = '/reader.js';

type WithEntry = typeof globalThis & { [READER_GLOBAL]?: ReaderEntry };

export async function loadReader(): Promise<ReaderEntry> {
  const scope = globalThis as WithEntry;
  if (!scope[READER_GLOBAL]) {
    await send('view.loadReader').catch((error: unknown) => {
      throw new Error(`the background did not run ${READER_FILE}`, { cause: error });
    });
  }
  const entry = scope[READER_GLOBAL];
  if (!entry) throw new Error(`${READER_FILE} did not hand over its entry`);
  return entry;
}
