// Whether a manifest's content scripts are declared for a URL, by the WebExtension match-pattern rules. Lets a test
// on a "matched" page prove first that the page is matched, so it cannot pass by the script never running there.
import type { Browser } from 'wxt/browser';

/**
 * True when a content script of `manifest` is declared for `url`, by the match-pattern rules (`*://host/path*`,
 * `*.host`). A test on a "matched" page first proves the page is matched, so it cannot pass vacuously.
 */
export function urlMatchesContentScripts(manifest: Browser.runtime.ManifestV3, url: string): boolean {
  const target = new URL(url);
  const patterns = (manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
  return patterns.some((pattern) => matchPattern(pattern, target));
}

function matchPattern(pattern: string, url: URL): boolean {
  if (pattern === '<all_urls>') return true;
  const m = /^(\*|https?|file|ftp):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host = '', path = ''] = m;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) return false;
  const hostOk =
    host === '*' ||
    url.hostname === host ||
    (host.startsWith('*.') && (url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))));
  const glob = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return hostOk && glob.test(url.pathname + url.search);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
