// Where reading settings and per-site view choices live: extension storage (storage.local), read and written
// directly (no storage library: the always-on content script reads these, and every byte of it loads on every mirror
// page). Values are validated on every read; this module never renders or decides layout.
import { browser } from 'wxt/browser';
import { normalizeSettings, normalizeViewMode, type ReadingSettings, type ViewMode } from './settings';

/**
 * Version of the stored settings shape, stored beside the value. Bump it and migrate in loadSettings (reading the
 * stored version) whenever a field is renamed or changes meaning; normalizeSettings repairs anything else.
 */
export const SETTINGS_VERSION = 1;

const SETTINGS_KEY = 'reading-settings';
// Under the key earlier builds (WXT's storage items) used, so the settings a reader saved with them stay version 1.
const SETTINGS_VERSION_KEY = `${SETTINGS_KEY}$`;

const local = () => browser.storage.local;

/** Calls back with the new value of `key` in storage.local whenever any context changes it. Returns the unsubscribe. */
function watchKey(key: string, callback: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && Object.hasOwn(changes, key)) callback(changes[key]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Current settings, always complete and valid. */
export async function loadSettings(): Promise<ReadingSettings> {
  return normalizeSettings((await local().get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Saves a change to some settings; returns the complete settings now stored. */
export async function saveSettings(change: Partial<ReadingSettings>): Promise<ReadingSettings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...change });
  await local().set({ [SETTINGS_KEY]: next, [SETTINGS_VERSION_KEY]: { v: SETTINGS_VERSION } });
  return next;
}

/** Calls back with the complete settings whenever any context changes them. Returns the unsubscribe. */
export function watchSettings(callback: (settings: ReadingSettings) => void): () => void {
  return watchKey(SETTINGS_KEY, (value) => callback(normalizeSettings(value)));
}

const SITE_VIEW_PREFIX = 'view:';

// One key per site, so two tabs switching two sites at once cannot overwrite each other's choice.
function siteViewKey(hostname: string): string {
  return `${SITE_VIEW_PREFIX}${hostname.toLowerCase()}`;
}

/** The view a site opens in: the reader's last choice there, or the clean view. */
export async function loadSiteView(hostname: string): Promise<ViewMode> {
  const key = siteViewKey(hostname);
  return normalizeViewMode((await local().get(key))[key]);
}

/**
 * The settings and a site's view in one storage call: what the content script starts with on every cable address,
 * where a second call is paid again on each page (a page that turns out to hold no cable included).
 */
export async function loadStart(hostname: string): Promise<{ settings: ReadingSettings; mode: ViewMode }> {
  const key = siteViewKey(hostname);
  const stored = await local().get([SETTINGS_KEY, key]);
  return { settings: normalizeSettings(stored[SETTINGS_KEY]), mode: normalizeViewMode(stored[key]) };
}

/**
 * Remembers the reader's standing choice for a site ("Always open the original on this site"); never called for
 * a switch on one page. The default (clean) is stored as an absence, not a value.
 */
export async function saveSiteView(hostname: string, mode: ViewMode): Promise<void> {
  const key = siteViewKey(hostname);
  if (mode === 'clean') await local().remove(key);
  else await local().set({ [key]: mode });
}

/** Calls back with a site's view whenever any context changes it (the popup, another tab). Returns the unsubscribe. */
export function watchSiteView(hostname: string, callback: (mode: ViewMode) => void): () => void {
  return watchKey(siteViewKey(hostname), (value) => callback(normalizeViewMode(value)));
}

/** Sites where the reader chose the original page, sorted, for the options page. */
export async function sitesShowingOriginal(): Promise<string[]> {
  const all = await local().get(null);
  return Object.entries(all)
    .filter(([key, value]) => key.startsWith(SITE_VIEW_PREFIX) && normalizeViewMode(value) === 'original')
    .map(([key]) => key.slice(SITE_VIEW_PREFIX.length))
    .sort();
}
