// The content script of every matched mirror address and of the hosts a reader enabled. On the cable addresses
// the manifest loads reader.js before it (scripts/view-code.ts), whose code it runs once a cable is found;
// elsewhere it declines after a URL check, or asks the background for reader.js. Wiring only (see run.ts).
import './first-line';
import './quiet-start';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CABLE_URL_GLOBS, MIRROR_MATCHES } from '../../lib/sites/mirrors';
import { runContentScript } from './run';

export default defineContentScript({
  matches: [...MIRROR_MATCHES],
  excludeGlobs: [...CABLE_URL_GLOBS],
  runAt: 'document_start',
  main: (ctx) => runContentScript(ctx),
});
