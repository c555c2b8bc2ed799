// Build hooks that keep the clean view's code off the pages that hold no cable: reader.js is wrapped so loading it
// only defines the code (run once a cable is found), and the manifest loads it before the small content script on
// the cable addresses. Build wiring only: the hand-over's names are entrypoints/content/reader-handover.ts's.
import type { Plugin } from 'vite';
import type { Browser } from 'wxt/browser';
import { READER_CODE_GLOBAL, READER_FILE } from '../entrypoints/content/reader-handover';

type ContentScript = NonNullable<Browser.runtime.Manifest['content_scripts']>[number];

const readerFile = READER_FILE.replace(/^\//, '');

/** The content script every matched address gets; its exclude_globs are the cable addresses. */
const SMALL_SCRIPT = 'content-scripts/content.js';

/**
 * reader.js as a function on the isolated world's global, not yet run: the browser only parses it, and a page
 * that holds no cable never pays for evaluating the view's modules. The parentheses make V8 compile the (small)
 * wrapper at once, so the view's code inside stays one lazy level deep as in a plain script: without them its
 * functions were parsed again at every level, and cable pages' lazy compiling took 1.5-2x as long (trace).
 * Ends in `undefined` so scripting.executeScript gets a result it can clone (Firefox refuses a function).
 */
export function wrapReaderCode(code: string): string {
  return `globalThis.${READER_CODE_GLOBAL}=(function(){${code}\n});undefined;\n`;
}

/** The Vite plugin for the build of reader.js (added last, after WXT's own footer). */
export function viewCodePlugin(): Plugin {
  return {
    name: 'cable-reader:view-code',
    enforce: 'post',
    generateBundle(_, bundle) {
      const chunk = bundle[readerFile];
      if (chunk?.type === 'chunk') chunk.code = wrapReaderCode(chunk.code);
    },
  };
}

/**
 * The cable addresses' entry: the small script's, at its cable globs, with reader.js first. Without the small
 * script's entry (WXT's dev server registers content scripts at run time in Chrome) the manifest is left as it
 * is and the small script asks the background for reader.js.
 */
export function addCableAddresses(manifest: Browser.runtime.Manifest): void {
  const scripts = manifest.content_scripts ?? [];
  const small = scripts.find((cs) => cs.js?.includes(SMALL_SCRIPT) && cs.exclude_globs?.length);
  if (!small) return;
  const { exclude_globs: cableGlobs, ...rest } = small;
  const cable: ContentScript = { ...rest, include_globs: cableGlobs, js: [readerFile, ...(small.js ?? [])] };
  manifest.content_scripts = [...scripts, cable];
}
