// Which sites the content script runs on: the known mirrors (declared in the manifest) and the hosts a reader
// enabled ("Enable on this site", optional host permissions). Pure planning; the background applies it.

/** Manifest match patterns of the known mirror layouts (Cablegate viewer, PlusD, cablegatesearch). */
export const MIRROR_MATCHES: readonly string[] = [
  ...[
    'wikileaks.org',
    'www.wikileaks.org',
    'wikileaks.ch',
    'www.wikileaks.ch',
    'cablegate.wikileaks.org',
  ].map((host) => `*://${host}/cable/*`),
  ...['wikileaks.org', 'www.wikileaks.org', 'search.wikileaks.org'].map(
    (host) => `*://${host}/plusd/cables/*`,
  ),
  ...['cablegatesearch.net', 'www.cablegatesearch.net', 'cablegatesearch.wikileaks.org'].map(
    (host) => `*://${host}/cable.php*`,
  ),
];

/**
 * Globs (manifest `include_globs`) of the addresses among `MIRROR_MATCHES` shaped like a known layout's cable page:
 * a superset of what lib/sites' URL tests accept there, so every cable address gets the content script that carries
 * the clean view's code (content-scripts/cable.js); the other matched addresses get the small one.
 */
export const CABLE_URL_GLOBS: readonly string[] = [
  '*/cable/????/??/*.htm*',
  '*/plusd/cables/*.htm*',
  '*/cable.php?*id=*',
];

/** Host names of the known mirrors: on these, pages the URL test declines are never searched generically. */
export const MIRROR_HOSTS: ReadonlySet<string> = new Set(
  MIRROR_MATCHES.map((pattern) => (/^\*:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '').toLowerCase()),
);

/** The mirrors' origins as host permissions (`*://wikileaks.org/*`): browsers grant hosts, not paths. */
export const MIRROR_ORIGINS: readonly string[] = [...MIRROR_HOSTS].map((host) => `*://${host}/*`);

/** Id of the content script the background registers for enabled hosts. */
export const GENERIC_SCRIPT_ID = 'cable-reader-enabled-sites';

/** The match pattern that enables a page's whole origin (`https://example.org/*`), or null for non-web pages. */
export function originPattern(pageUrl: string): string | null {
  try {
    const url = new URL(pageUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.protocol}//${url.host}/*`;
  } catch {
    return null;
  }
}

const WEB_ORIGIN = /^(?:\*|https?):\/\/([^/:]+)(?::\d+)?\/.*$/;

/**
 * The origins a reader enabled, from the extension's granted host permissions: web origins only, the known
 * mirrors left out (the manifest grants those, and their script is declared there), sorted, without repeats.
 */
export function enabledOrigins(granted: readonly string[] | undefined): string[] {
  const enabled = (granted ?? []).filter((origin) => {
    const host = WEB_ORIGIN.exec(origin)?.[1];
    return host !== undefined && !MIRROR_HOSTS.has(host.toLowerCase());
  });
  return [...new Set(enabled)].sort();
}

/** What the registered content script must become for the enabled origins. */
export type RegistrationPlan =
  | { action: 'none' }
  | { action: 'register' | 'update'; matches: string[] }
  | { action: 'unregister' };

/** Compares the enabled origins with the matches of the script registered now (null when none is). */
export function planRegistration(
  origins: readonly string[],
  registered: readonly string[] | null,
): RegistrationPlan {
  if (origins.length === 0) return registered ? { action: 'unregister' } : { action: 'none' };
  if (!registered) return { action: 'register', matches: [...origins] };
  const same =
    registered.length === origins.length && [...registered].sort().every((m, i) => m === origins[i]);
  return same ? { action: 'none' } : { action: 'update', matches: [...origins] };
}
