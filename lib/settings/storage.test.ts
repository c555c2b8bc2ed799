import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from './settings';

// The extension API is picked up at import time (wxt/browser): install the in-memory browser first.
vi.stubGlobal('browser', fakeBrowser);
vi.stubGlobal('chrome', fakeBrowser);
const {
  loadSettings,
  saveSettings,
  watchSettings,
  loadSiteView,
  loadStart,
  saveSiteView,
  sitesShowingOriginal,
  SETTINGS_VERSION,
} = await import('./storage');

beforeEach(() => {
  fakeBrowser.reset();
});

describe('reading settings in extension storage', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a partial change and keeps the other fields', async () => {
    await saveSettings({ theme: 'dark' });
    await saveSettings({ fontSize: 21 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 21 });
  });

  it('stores the shape version beside the value, so a later version can migrate it', async () => {
    // A fresh module sees the empty storage of a new install, as the extension does on first run.
    vi.resetModules();
    const fresh = await import('./storage');
    await fresh.saveSettings({ font: 'sans' });
    const stored = await fakeBrowser.storage.local.get(['reading-settings', 'reading-settings$']);
    expect(stored['reading-settings$']).toEqual({ v: SETTINGS_VERSION });
    expect(stored['reading-settings']).toMatchObject({ font: 'sans' });
  });

  it('repairs a stored value written by hand or by an older build', async () => {
    await fakeBrowser.storage.local.set({
      'reading-settings': { theme: 'sepia', fontSize: -3, extra: true },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 13 });
  });

  it('tells watchers about a change made elsewhere, already validated', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await fakeBrowser.storage.local.set({ 'reading-settings': { theme: 'light', lineWidth: 1000 } });
    stop();
    expect(seen).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, theme: 'light', lineWidth: 110 });
  });
});

describe('per-site view choice', () => {
  it('opens in the clean view on a site with no choice', async () => {
    expect(await loadSiteView('wikileaks.org')).toBe('clean');
  });

  it('remembers the original page per host name, case-insensitively, and only there', async () => {
    await saveSiteView('WikiLeaks.org', 'original');
    expect(await loadSiteView('wikileaks.org')).toBe('original');
    expect(await loadSiteView('cablegatesearch.net')).toBe('clean');
    expect(await sitesShowingOriginal()).toEqual(['wikileaks.org']);
  });

  it('reads the settings and the site’s view together as each alone reads them', async () => {
    await saveSettings({ theme: 'sepia' });
    await saveSiteView('wikileaks.org', 'original');
    expect(await loadStart('WikiLeaks.org')).toEqual({
      settings: { ...DEFAULT_SETTINGS, theme: 'sepia' },
      mode: 'original',
    });
    fakeBrowser.reset();
    expect(await loadStart('wikileaks.org')).toEqual({ settings: DEFAULT_SETTINGS, mode: 'clean' });
  });

  it('forgets the choice when the reader goes back to the clean view', async () => {
    await saveSiteView('wikileaks.org', 'original');
    await saveSiteView('wikileaks.org', 'clean');
    expect(await loadSiteView('wikileaks.org')).toBe('clean');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
