// Turns bench functions into source for the page's main world, safe under tsx (esbuild's keepNames wraps inner
// functions in a `__name` helper that does not exist in the page). Serialising only: nothing here measures.
import type { Page } from 'playwright-core';

/** Source that defines the `__name` helper locally and calls `fn(arg)`. */
function source<A>(fn: (arg: A) => unknown, arg?: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg ?? null)}); })()`;
}

/** Evaluates `fn(arg)` in the page's main world and returns its (awaited, serialisable) result. */
export function runInPage<A, R>(page: Page, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return page.evaluate(source(fn, arg)) as Promise<R>;
}

/** Init-script content that runs `fn(arg)` before the page's own scripts. */
export function initScript<A>(fn: (arg: A) => void, arg?: A): { content: string } {
  return { content: source(fn, arg) };
}

/** Polls `fn(arg)` in the page (every animation frame) until it returns a truthy value, and returns that value. */
export async function waitInPage<A, R>(
  page: Page,
  fn: (arg: A) => R | null | undefined,
  arg: A,
  timeout: number,
): Promise<R> {
  const handle = await page.waitForFunction(source(fn, arg), undefined, { timeout });
  const value = (await handle.jsonValue()) as R;
  await handle.dispose();
  return value;
}
