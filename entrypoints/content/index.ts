// The small content script: every matched mirror address that is not shaped like a cable's (the cable addresses
// get content-scripts/cable.js), and the hosts a reader enabled. Declines after a URL check; on a cable it did not
// expect, asks the background for the view's code. Wiring only (see run.ts).
import './first-line';
import './quiet-start';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CABLE_URL_GLOBS, MIRROR_MATCHES } from '../../lib/sites/mirrors';
import { runContentScript } from './run';

export default defineContentScript({
  matches: [...MIRROR_MATCHES],
  excludeGlobs: [...CABLE_URL_GLOBS],
  runAt: 'document_start',
  main: (ctx) => runContentScript(ctx, null),
});
