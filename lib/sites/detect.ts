// Picks the adapter for a page: the known mirror layouts first, the generic detector only when the caller
// enables it. URL checks come before any DOM work, so declining a page that is no cable page costs microseconds.
import { cablegate } from './cablegate';
import { cablegatesearch } from './cablegatesearch';
import { detectGeneric, generic } from './generic';
import { plusd } from './plusd';
import type { DeclineCode, RawCable, SiteAdapter } from './types';

/** The known mirror layouts, most common first. */
export const knownAdapters: readonly SiteAdapter[] = [cablegate, plusd, cablegatesearch];

export interface DetectOptions {
  /** Run the generic detector when no known layout yields a cable (the user enabled it for this site). */
  generic?: boolean;
  /**
   * Try every known layout by its structure even when the URL does not match (a saved page whose address is
   * lost, as in the CLI).
   */
  anyLayout?: boolean;
}

export type Detection =
  | { found: true; cable: RawCable; adapter: SiteAdapter }
  | { found: false; reason: string; code: DeclineCode };

function toUrl(url: URL | string): URL | null {
  if (typeof url !== 'string') return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** URL-only test for the content script: true when a known layout may be at this address. No DOM access. */
export function isKnownCableUrl(url: URL | string): boolean {
  const parsed = toUrl(url);
  return parsed !== null && knownAdapters.some((adapter) => adapter.matches(parsed));
}

/** The known adapters whose URL test accepts `url`, in order. */
export function adaptersFor(url: URL): SiteAdapter[] {
  return knownAdapters.filter((adapter) => adapter.matches(url));
}

/** Finds the page's cable, saying why not when there is none. Reads the document; never changes it. */
export function detectCable(doc: Document, url: URL, options: DetectOptions = {}): Detection {
  const byUrl = adaptersFor(url);
  const candidates = options.anyLayout
    ? [...byUrl, ...knownAdapters.filter((a) => !byUrl.includes(a))]
    : byUrl;
  for (const adapter of candidates) {
    const cable = adapter.extract(doc, url);
    if (cable) return { found: true, cable, adapter };
  }
  if (!options.generic) {
    return {
      found: false,
      reason:
        byUrl.length > 0 ? `the page does not have the ${byUrl[0]?.name} layout` : 'not a known mirror page',
      code: 'layout',
    };
  }
  const result = detectGeneric(doc, url);
  return result.found ? { ...result, adapter: generic } : result;
}

/** The page's cable, or null. */
export function extractCable(doc: Document, url: URL, options: DetectOptions = {}): RawCable | null {
  const detection = detectCable(doc, url, options);
  return detection.found ? detection.cable : null;
}
