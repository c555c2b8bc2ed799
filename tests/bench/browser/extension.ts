// Facts about the built extension the bench reports: which URLs its content scripts match, and their gzip size.
// Reads .output/chrome-mv3 only; building it is the caller's choice.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromeBuildDir as extensionDir } from '../../browser/fixture';

interface Manifest {
  version: string;
  content_scripts?: { matches?: string[]; include_globs?: string[]; js?: string[]; css?: string[] }[];
  web_accessible_resources?: { resources?: string[] }[];
  background?: { service_worker?: string };
}

function manifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Content-script match patterns declared in the manifest. */
export function contentScriptMatches(dir: string = extensionDir): string[] {
  return (manifest(dir).content_scripts ?? []).flatMap((c) => c.matches ?? []);
}

const escapeRegExp = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** Whether `url` matches a WebExtension match pattern (`<all_urls>`, `*://*.host/path*`). */
function matchesPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|wss?|file|ftp):/.test(url);
  const parts = pattern.match(/^(\*|https?|wss?|file|ftp):\/\/([^/]*)(\/.*)$/);
  if (!parts) return false;
  const [, scheme = '', host = '', path = ''] = parts;
  const target = new URL(url);
  const schemeOk =
    scheme === '*' ? /^(https?|wss?):$/.test(target.protocol) : target.protocol === `${scheme}:`;
  const hostOk =
    host === '*' ||
    target.hostname === host.replace(/^\*\./, '') ||
    (host.startsWith('*.') && target.hostname.endsWith(host.slice(1)));
  const pathRe = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return schemeOk && hostOk && pathRe.test(target.pathname + target.search);
}

/** Whether some content script of the build matches `url`. */
export function isMatched(url: string, dir: string = extensionDir): boolean {
  return contentScriptMatches(dir).some((pattern) => matchesPattern(pattern, url));
}

export interface ScriptSize {
  file: string;
  bytes: number;
  gzip: number;
}

function sizes(dir: string, files: string[]): ScriptSize[] {
  return [...new Set(files)].map((file) => {
    const data = readFileSync(join(dir, file));
    return { file, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });
}

/** Raw and gzip sizes of every file the manifest's content scripts load on each matched page. */
export function contentScriptSizes(dir: string = extensionDir): ScriptSize[] {
  return sizes(
    dir,
    (manifest(dir).content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
  );
}

/**
 * Sizes of what the manifest loads on a matched address that is not shaped like a cable's: the content scripts
 * declared without `include_globs` (those with globs are the cable addresses' own, carrying the view's code).
 */
export function nonCableScriptSizes(dir: string = extensionDir): ScriptSize[] {
  return sizes(
    dir,
    (manifest(dir).content_scripts ?? [])
      .filter((c) => !c.include_globs?.length)
      .flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
  );
}

/**
 * Sizes of scripts loaded on demand into pages (the clean view's code): web-accessible scripts, and top-level
 * scripts other than the background's (injected by the background with `scripting.executeScript`).
 */
export function lazyScriptSizes(dir: string = extensionDir): ScriptSize[] {
  const m = manifest(dir);
  const accessible = (m.web_accessible_resources ?? []).flatMap((w) => w.resources ?? []);
  const topLevel = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== m.background?.service_worker);
  const resources = [...accessible, ...topLevel];
  return sizes(
    dir,
    resources.filter((r) => r.endsWith('.js')).map((r) => r.replace(/^\//, '')),
  );
}
