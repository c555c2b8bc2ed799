// Grants and withdraws a host for the extension without a permission prompt, through chrome://extensions' site
// access (the path of the user's own setting), so the background's permissions.onAdded/onRemoved wiring runs.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'wxt/browser';
import { type ExtensionBrowser, readBuiltManifest, snapshotBuild } from './fixture';

/** The extension API as chrome://extensions sees it (module-scoped). */
declare const chrome: typeof Browser;

/**
 * A copy of the Chrome build whose manifest also lists `origins` as required host permissions, in a fresh temp
 * folder (the caller removes it). Chromium shows a dialog for `permissions.request` that automation cannot answer,
 * but it lets chrome://extensions withhold and re-grant a required host (the "on specific sites" setting); that grant
 * fires the real `permissions.onRemoved` / `permissions.onAdded` events the background listens to.
 */
export async function grantableCopy(origins: string[]): Promise<string> {
  const dir = await snapshotBuild();
  const manifest = await readBuiltManifest(dir);
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins];
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

type SiteAccessCall = 'addHostPermission' | 'removeHostPermission';

/** Runs a chrome://extensions site-access call for the extension; the same code path as the user's setting. */
async function siteAccess(browser: ExtensionBrowser, call: SiteAccessCall, origin: string): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto('chrome://extensions/');
    const error = await page.evaluate(
      ([fn, id, host]) =>
        new Promise<string | null>((done) => {
          // biome-ignore lint/suspicious/noExplicitAny: chrome.developerPrivate is a private API of chrome://extensions
          (chrome as any).developerPrivate[fn](id, host, () =>
            done(chrome.runtime.lastError?.message ?? null),
          );
        }),
      [call, browser.extensionId, origin] as const,
    );
    if (error) throw new Error(`${call}(${origin}): ${error}`);
  } finally {
    await page.close();
  }
}

/** Withholds a host listed by `grantableCopy` (fires `permissions.onRemoved`). */
export function revokeHost(browser: ExtensionBrowser, origin: string): Promise<void> {
  return siteAccess(browser, 'removeHostPermission', origin);
}

/** Grants a host listed by `grantableCopy` (fires `permissions.onAdded`), as the user's grant would. */
export function grantHost(browser: ExtensionBrowser, origin: string): Promise<void> {
  return siteAccess(browser, 'addHostPermission', origin);
}
