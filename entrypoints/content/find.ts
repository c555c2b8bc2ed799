// Decides which cable, if any, this page holds: a known mirror layout by URL first (no DOM work when the URL
// says no), the generic detector only on hosts the reader enabled. Never changes the page.
import { MIRROR_HOSTS } from '../../lib/settings/sites';
import { extractCable, isKnownCableUrl } from '../../lib/sites/index';
import type { RawCable } from '../../lib/sites/types';

export function findPageCable(doc: Document, url: URL): RawCable | null {
  if (isKnownCableUrl(url)) return extractCable(doc, url);
  // A known mirror's other pages (indexes, searches) are not cables; only enabled hosts are searched.
  if (MIRROR_HOSTS.has(url.hostname.toLowerCase())) return null;
  return extractCable(doc, url, { generic: true });
}
