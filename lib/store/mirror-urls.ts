// Pure rules for a cable's list of mirror pages: one entry per page (its address normalised: no fragment, no
// tracking parameters, the rest sorted), each counted as the reader comes back, a cap that lets go of the least used,
// and addresses too long to keep trimmed of their query. No database access; cables.ts and merge.ts apply these.
import type { SeenUrl } from './schema';

/** Longest page address kept (fields.ts MAX_URL_LENGTH); a longer one loses its query first. */
export const MAX_URL_LENGTH = 2_048;

/** How many mirror pages a cable remembers; past it, the least visited (then the oldest) is let go of. */
export const MAX_URLS = 20;

/** Query parameters that say how the reader arrived, never which page it is. */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref|ref_src|spm)$/i;

/** A page address as the store keeps it, and whether it had to lose its query (or more) to fit. */
export interface KeptUrl {
  url: string;
  /** `query`: kept without its query string; `path`: only the site was short enough to keep. */
  trimmed: 'query' | 'path' | null;
}

/** True for an absolute http(s) URL: the only kind the store keeps or links to. */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The address one mirror page is kept under: without fragment and tracking parameters, the other parameters sorted
 * (so `?b=2&a=1` and `?a=1&b=2` are one page). Longer than MAX_URL_LENGTH, it loses its query, then its path. Null
 * for anything but an http(s) URL.
 */
export function keptUrl(address: string): KeptUrl | null {
  if (!isWebUrl(address)) return null;
  const url = new URL(address);
  url.hash = '';
  const params = [...url.searchParams].filter(([name]) => !TRACKING.test(name));
  params.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  url.search = new URLSearchParams(params).toString();
  if (url.href.length <= MAX_URL_LENGTH) return { url: url.href, trimmed: null };
  url.search = '';
  if (url.href.length <= MAX_URL_LENGTH) return { url: url.href, trimmed: 'query' };
  return { url: `${url.origin}/`, trimmed: 'path' };
}

/** Visits of an entry; entries stored before visits were counted count once. */
function visitsOf(seen: SeenUrl): number {
  return seen.visits ?? 1;
}

/**
 * Unites URL lists as a sighting or an import does: one entry per mirror page (its latest sighting, the most
 * visits either list counted, plus `added` visits for the entries of `fresh`), at most MAX_URLS (the least visited,
 * then the oldest, let go of), newest first.
 */
export function mergeUrls(stored: readonly SeenUrl[], fresh: readonly SeenUrl[], added = 0): SeenUrl[] {
  const byUrl = new Map<string, SeenUrl>();
  const put = (seen: SeenUrl, extra: number) => {
    const kept = keptUrl(seen.url);
    if (!kept) return;
    const known = byUrl.get(kept.url);
    const visits = Math.max(known ? visitsOf(known) : 0, visitsOf(seen)) + (known ? extra : 0);
    const latest = !known || seen.lastSeen >= known.lastSeen ? seen : known;
    byUrl.set(kept.url, { url: kept.url, site: latest.site, lastSeen: latest.lastSeen, visits });
  };
  for (const seen of stored) put(seen, 0);
  for (const seen of fresh) put(seen, added);
  const byUse = [...byUrl.values()].sort(
    (a, b) => visitsOf(b) - visitsOf(a) || b.lastSeen - a.lastSeen || (a.url < b.url ? -1 : 1),
  );
  return byUse.slice(0, MAX_URLS).sort((a, b) => b.lastSeen - a.lastSeen || (a.url < b.url ? -1 : 1));
}
