// The per-site view choice as the extension stores it (storage.local), read and reset from the background so that
// tests neither race a pending write nor inherit an earlier test's choice. Storage access only.
import type { Browser } from 'wxt/browser';
import type { ExtensionBrowser } from './fixture';

/** The extension API as the background sees it (module-scoped). */
declare const chrome: typeof Browser;

/**
 * Waits until the per-site view choice is stored: 'original' when some site has it, 'clean' when none does (the
 * clean default is stored as an absence). Keeps a test from racing the next page load against the write.
 */
export async function waitForStoredView(
  browser: ExtensionBrowser,
  mode: 'clean' | 'original',
): Promise<void> {
  const sw = await browser.background();
  const stored = await sw.evaluate(async (want) => {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const values = Object.values(await chrome.storage.local.get(null));
      if (values.includes('original') === (want === 'original')) return true;
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  }, mode);
  if (!stored) throw new Error(`the per-site view choice '${mode}' was not stored within 10 s`);
}

/** Forgets every per-site "original" choice, so a test starts from the default (clean everywhere). */
export async function clearStoredViews(browser: ExtensionBrowser): Promise<void> {
  const sw = await browser.background();
  await sw.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const keys = Object.keys(all).filter((k) => all[k] === 'original');
    if (keys.length) await chrome.storage.local.remove(keys);
  });
}
