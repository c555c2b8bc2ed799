// Which hosts a reader enabled ("Enable on this site", optional host permissions) and what the registered content
// script must become for them. Pure planning; the background applies it (enabled-sites.ts).
import { MIRROR_HOSTS } from '../sites/mirrors';

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
