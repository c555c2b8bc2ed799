import { beforeEach, describe, expect, it, vi } from 'vitest';

// A small in-memory stand-in for the permissions and scripting APIs the background uses.
const granted: string[] = [];
const registered = new Map<string, { id: string; matches: string[]; excludeMatches?: string[] }>();
const calls: string[] = [];

vi.mock('wxt/browser', () => ({
  browser: {
    permissions: { getAll: async () => ({ origins: [...granted] }) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
        ids.flatMap((id) => (registered.has(id) ? [registered.get(id)] : [])),
      registerContentScripts: async (scripts: { id: string; matches: string[] }[]) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, s);
        }
        calls.push('register');
      },
      updateContentScripts: async (scripts: { id: string; matches: string[] }[]) => {
        for (const s of scripts) registered.set(s.id, s);
        calls.push('update');
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) registered.delete(id);
        calls.push('unregister');
      },
    },
  },
}));

const { syncEnabledSites } = await import('./enabled-sites');
const { GENERIC_SCRIPT_ID } = await import('./enabled-origins');
const { MIRROR_MATCHES } = await import('../sites/mirrors');

beforeEach(() => {
  granted.length = 0;
  registered.clear();
  calls.length = 0;
});

describe('syncEnabledSites', () => {
  it('registers the content script for an enabled host, never on the mirrors twice', async () => {
    granted.push('*://wikileaks.org/*', 'https://example.org/*');
    await syncEnabledSites();
    const script = registered.get(GENERIC_SCRIPT_ID);
    expect(script?.matches).toEqual(['https://example.org/*']);
    expect(script?.excludeMatches).toEqual([...MIRROR_MATCHES]);
  });

  it('updates the matches when a host is added and unregisters with the last one', async () => {
    granted.push('https://example.org/*');
    await syncEnabledSites();
    granted.push('https://example.net/*');
    await syncEnabledSites();
    expect(registered.get(GENERIC_SCRIPT_ID)?.matches).toEqual([
      'https://example.net/*',
      'https://example.org/*',
    ]);
    granted.length = 0;
    await syncEnabledSites();
    expect(registered.size).toBe(0);
    expect(calls).toEqual(['register', 'update', 'unregister']);
  });

  it('runs overlapping syncs one after another, so a burst registers once', async () => {
    granted.push('https://example.org/*');
    const plans = await Promise.all([syncEnabledSites(), syncEnabledSites(), syncEnabledSites()]);
    expect(plans.map((p) => p.action)).toEqual(['register', 'none', 'none']);
    expect(calls).toEqual(['register']);
  });
});
