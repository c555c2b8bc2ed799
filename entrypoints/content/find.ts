// Decides which cable, if any, this page holds: a known mirror layout by URL first (no DOM work when the URL
// says no), the generic detector only on hosts the reader enabled. Never changes the page.
import { detectCable, extractCable, isKnownCableUrl } from '../../lib/sites/index';
import { MIRROR_HOSTS } from '../../lib/sites/mirrors';
import type { PageDecline, RawCable } from '../../lib/sites/types';

/**
 * The page's cable, or null. `onDecline` hears why an enabled host's page was not read (the generic detector's
 * verdict); a known mirror's pages that are not cables are declined on their URL, with nothing to explain.
 */
export function findPageCable(
  doc: Document,
  url: URL,
  onDecline?: (decline: PageDecline) => void,
): RawCable | null {
  if (isKnownCableUrl(url)) return extractCable(doc, url);
  // A known mirror's other pages (indexes, searches) are not cables; only enabled hosts are searched.
  if (MIRROR_HOSTS.has(url.hostname.toLowerCase())) return null;
  const detection = detectCable(doc, url, { generic: true });
  if (detection.found) return detection.cable;
  onDecline?.({ code: detection.code, reason: detection.reason });
  return null;
}
