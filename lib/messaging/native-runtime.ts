// The clients over the browser's own runtime API (Firefox's `browser`, Chrome's promise-returning `chrome`), with no
// webextension-polyfill: for the scripts in an extension page's <head>, which hold the page's parsing up while they
// load and run, so they stay small. Transport only; the pages' modules use runtime.ts.
import { type RuntimeApi, runtimeClients } from './runtime-api';

type Scope = { browser?: { runtime?: RuntimeApi & { id?: string } }; chrome?: { runtime?: RuntimeApi } };

/** Firefox's `browser` where it is the extension's (as the polyfill decides), else Chrome's `chrome`. */
function nativeRuntime(): RuntimeApi {
  const scope = globalThis as Scope;
  const runtime = scope.browser?.runtime?.id ? scope.browser.runtime : scope.chrome?.runtime;
  if (!runtime) throw new Error('the extension runtime API is not available here');
  return runtime;
}

export const { send, watchChanges } = runtimeClients(nativeRuntime());
