// The content script of the known mirrors' cable addresses: the small script's course with the clean view's code
// bundled in, declared in the manifest so it starts at document_start and the browser can keep its compiled code
// (no round trip to the background on the critical path). Wiring only (see content/run.ts).
import './content/first-line';
import './content/quiet-start';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CABLE_URL_GLOBS, MIRROR_MATCHES } from '../lib/sites/mirrors';
import { readerEntry } from './content/reader';
import { runContentScript } from './content/run';

export default defineContentScript({
  matches: [...MIRROR_MATCHES],
  includeGlobs: [...CABLE_URL_GLOBS],
  runAt: 'document_start',
  main: (ctx) => runContentScript(ctx, readerEntry),
});
