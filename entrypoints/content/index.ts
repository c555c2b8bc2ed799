// The content script: on a known mirror page (or a host the reader enabled) finds the cable and hands it to the
// clean view, loaded only then; anywhere else it declines after a URL check and changes nothing. Wiring only.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { MIRROR_MATCHES } from '../../lib/settings/sites';
import type { RawCable } from '../../lib/sites/types';
import { findPageCable } from './find';
import { loadReader } from './lazy-reader';
import { markDeclined, markStart } from './marks';

function findCable(url: URL): RawCable | null {
  try {
    return findPageCable(document, url);
  } catch (error) {
    // A page we cannot read stays as it is; say why in the console for whoever reports it.
    console.warn('[Cable Reader] left this page as it is:', error);
    return null;
  }
}

async function main(ctx: ContentScriptContext): Promise<void> {
  markStart();
  const url = new URL(location.href);
  const raw = findCable(url);
  let shown = false;
  if (raw) {
    try {
      shown = await (await loadReader()).start(ctx, raw, url);
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
