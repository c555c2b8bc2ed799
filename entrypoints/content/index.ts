// The content script: on a known mirror page (or a host the reader enabled) finds the cable and hands it to the
// clean view, loaded only then; anywhere else it declines after a URL check and changes nothing. Wiring only.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { MIRROR_MATCHES } from '../../lib/settings/sites';
import { isKnownCableUrl } from '../../lib/sites/index';
import type { RawCable } from '../../lib/sites/types';
import { findPageCable } from './find';
import { loadReader, type ReaderEntry } from './lazy-reader';
import { markDeclined, markStart } from './marks';
import { type StartState, startState } from './start-state';

function findCable(url: URL): RawCable | null {
  try {
    return findPageCable(document, url);
  } catch (error) {
    // A page we cannot read stays as it is; say why in the console for whoever reports it.
    console.warn('[Cable Reader] left this page as it is:', error);
    return null;
  }
}

/** Asks for the view's code, which the background injects while this script reads the page. */
function requestReader(): Promise<ReaderEntry> {
  const reader = loadReader();
  // Settled here so a page that turns out to hold no cable leaves no unhandled rejection; awaited again below.
  reader.catch(() => undefined);
  return reader;
}

async function main(ctx: ContentScriptContext): Promise<void> {
  markStart();
  const url = new URL(location.href);
  // A cable's address: the longest wait (the background injecting the view) starts before the page is read.
  // Storage is read once a cable is found: it answers before the view's code arrives, and a page that holds
  // no cable declines without paying for it.
  const early = isKnownCableUrl(url) ? requestReader() : null;
  const raw = findCable(url);
  let shown = false;
  if (raw) {
    try {
      const reader = early ?? requestReader();
      const saved: Promise<StartState> = startState(url.hostname);
      shown = await (await reader).start(ctx, raw, url, saved);
    } catch (error) {
      console.warn('[Cable Reader] could not show the clean view:', error);
    }
  }
  if (!shown && ctx.isValid) markDeclined();
}

export default defineContentScript({
  matches: [...MIRROR_MATCHES],
  runAt: 'document_end',
  main,
});
