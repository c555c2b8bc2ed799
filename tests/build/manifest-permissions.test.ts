// The permissions and hosts both built manifests ask for, each with the reason the README gives; no host wildcard
// among the required ones; the browser's default content security policy; no remote code (every script is a file
// of the package, none evaluates strings). A new permission fails here until it is listed with its reason.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutsOn, MIRROR_HOSTS } from '../../lib/sites/mirrors';
import { bothBuilds } from './build-output';

/** Every API permission the extension asks for at install, and why (the README's list). */
const PERMISSIONS: Record<string, string> = {
  storage: 'reading settings and the per-site clean/original choice (storage.local, on this device only)',
  scripting:
    'runs the clean view’s code in a mirror page once its content script found a cable there, and registers the content script on the sites the reader enabled',
  activeTab: 'lets the popup read the address of the tab it was opened on (no `tabs` permission)',
  unlimitedStorage: 'keeps the bookmark and notes database from being evicted when the disk runs low',
  clipboardWrite:
    '“Copy citation” and “Copy link” copy from the extension’s own context, out of the page’s reach (and its Permissions-Policy)',
};

/** Asked for by the Chrome build only: Firefox's background page has a document of its own to copy in. */
const CHROME_ONLY: Record<string, string> = {
  offscreen: 'the document Chrome’s service worker copies in (reason CLIPBOARD): it has none of its own',
};

/** Hosts asked for at install (`*://<host>/*`): the known cable mirrors, and why each. */
const MIRROR_HOST_REASON =
  'a known cable mirror: the content script runs on its cable pages, and the background runs the clean view’s code there';
// Derived from the adapters' declarations (lib/sites/mirrors.ts): the build must ask for exactly these.
const HOSTS: Record<string, string> = Object.fromEntries(
  [...MIRROR_HOSTS].map((host) => [host, `${layoutsOn(host).join(' and ')}: ${MIRROR_HOST_REASON}`]),
);

/** Asked for only when the reader clicks "Enable on this site", one site at a time. */
const OPTIONAL: Record<string, string> = {
  '*://*/*':
    '“Enable on this site” in the popup asks for the current tab’s site only (e.g. `https://example.org/*`); nothing is granted at install',
};

/** Host patterns that would grant every site (never allowed among the required permissions). */
const BROAD = /^(<all_urls>|(\*|https?|wss?|ftp|file):\/\/(\*|\*\.\*?)?\/.*)$/;

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: unknown;
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  background?: { service_worker?: string; scripts?: string[]; page?: string };
}

const isHostPattern = (p: string): boolean => p === '<all_urls>' || p.includes('://');

/** Required API permissions and hosts, however the manifest version files them. */
function required(manifest: Manifest): { api: string[]; hosts: string[] } {
  const listed = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
  return { api: listed.filter((p) => !isHostPattern(p)), hosts: listed.filter(isHostPattern) };
}

function optional(manifest: Manifest): string[] {
  return [...(manifest.optional_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe.each(bothBuilds('manifest permissions'))('the %s build', (browserName, dir) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const mirrorOrigins = Object.keys(HOSTS)
    .map((host) => `*://${host}/*`)
    .sort();

  it('asks at install for exactly the listed permissions, each with its reason', () => {
    const { api } = required(manifest);
    const listed = { ...PERMISSIONS, ...(browserName === 'Chrome' ? CHROME_ONLY : {}) };
    expect([...api].sort()).toEqual(Object.keys(listed).sort());
  });

  it('asks at install for the known mirrors’ hosts only, never for every site', () => {
    const { hosts } = required(manifest);
    expect(
      hosts.filter((h) => BROAD.test(h)),
      'broad host patterns among the required ones',
    ).toEqual([]);
    expect([...hosts].sort()).toEqual(mirrorOrigins);
  });

  it('runs its content script on the known mirrors only, which it holds permissions for', () => {
    const matches = (manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) {
      expect(BROAD.test(match), `${match} is a broad pattern`).toBe(false);
      const host = /^\*:\/\/([^/]+)\//.exec(match)?.[1] ?? '';
      expect(Object.keys(HOSTS), `${match} is a listed mirror`).toContain(host);
    }
  });

  it('asks for any other site only as an optional permission, each listed with its reason', () => {
    expect([...optional(manifest)].sort()).toEqual(Object.keys(OPTIONAL).sort());
  });

  it('keeps the default content security policy, exposes only the notes panel to pages and takes no messages from them', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    // The notes panel is framed beside the clean view; Chrome only under a per-session address (use_dynamic_url).
    expect(manifest.web_accessible_resources ?? []).toEqual(
      manifest.manifest_version === 3
        ? [{ resources: ['notes-panel.html'], matches: ['*://*/*'], use_dynamic_url: true }]
        : ['notes-panel.html'],
    );
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('runs no remote code: every script is a file of the package, and none evaluates strings', () => {
    const files = filesOf(dir);
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const html of files.filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(html, 'utf8');
      for (const tag of text.match(/<script\b[^>]*>/g) ?? []) {
        const src = /\ssrc="([^"]*)"/.exec(tag)?.[1];
        expect(src, `${relative(dir, html)}: ${tag} has no src (an inline script)`).toBeDefined();
        expect(src, `${relative(dir, html)}: ${tag} loads from outside the package`).toMatch(/^\/(?!\/)/);
        expect(files).toContain(join(dir, src ?? ''));
      }
    }
    for (const script of scripts) {
      const text = readFileSync(script, 'utf8');
      const name = relative(dir, script);
      expect(text, `${name} evaluates a string`).not.toMatch(/\beval\s*\(|\bnew\s+Function\s*\(/);
      expect(text, `${name} imports scripts`).not.toMatch(/\bimportScripts\s*\(/);
      expect(text, `${name} imports from the web`).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
    }
    const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
    expect(background && files.includes(join(dir, background))).toBe(true);
  });
});
