// Where reading settings and per-site view choices live: extension storage (storage.local), through WXT's
// versioned storage items. Values are validated on every read; this module never renders or decides layout.
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  normalizeViewMode,
  type ReadingSettings,
  type ViewMode,
} from './settings';

/**
 * Version of the stored settings shape. Bump it and add a migration (keyed by the new version) whenever a
 * field is renamed or changes meaning; normalizeSettings then fills anything the migration leaves out.
 */
export const SETTINGS_VERSION = 1;

/** The reading settings, versioned so later shapes migrate instead of resetting a reader's choices. */
const settingsItem = storage.defineItem<ReadingSettings>('local:reading-settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {},
});

/** Current settings, always complete and valid. */
export async function loadSettings(): Promise<ReadingSettings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Saves a change to some settings; returns the complete settings now stored. */
export async function saveSettings(change: Partial<ReadingSettings>): Promise<ReadingSettings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with the complete settings whenever any context changes them. Returns the unsubscribe. */
export function watchSettings(callback: (settings: ReadingSettings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}

const SITE_VIEW_PREFIX = 'view:';

// One key per site, so two tabs switching two sites at once cannot overwrite each other's choice.
function siteViewKey(hostname: string): `local:${string}` {
  return `local:${SITE_VIEW_PREFIX}${hostname.toLowerCase()}`;
}

/** The view a site opens in: the reader's last choice there, or the clean view. */
export async function loadSiteView(hostname: string): Promise<ViewMode> {
  return normalizeViewMode(await storage.getItem(siteViewKey(hostname)));
}

/**
 * Remembers the reader's standing choice for a site ("Always open the original on this site"); never called for
 * a switch on one page. The default (clean) is stored as an absence, not a value.
 */
export async function saveSiteView(hostname: string, mode: ViewMode): Promise<void> {
  if (mode === 'clean') await storage.removeItem(siteViewKey(hostname));
  else await storage.setItem(siteViewKey(hostname), mode);
}

/** Calls back with a site's view whenever any context changes it (the popup, another tab). Returns the unsubscribe. */
export function watchSiteView(hostname: string, callback: (mode: ViewMode) => void): () => void {
  return storage.watch(siteViewKey(hostname), (value) => callback(normalizeViewMode(value)));
}

/** Sites where the reader chose the original page, sorted, for the options page. */
export async function sitesShowingOriginal(): Promise<string[]> {
  const all = await storage.snapshot('local');
  return Object.entries(all)
    .filter(([key, value]) => key.startsWith(SITE_VIEW_PREFIX) && normalizeViewMode(value) === 'original')
    .map(([key]) => key.slice(SITE_VIEW_PREFIX.length))
    .sort();
}
