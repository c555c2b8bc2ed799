// This page's address as the store keeps it (lib/store/mirror-urls.ts): no fragment, no tracking parameters, and
// trimmed of its query when too long, so a request never fails on the address. Reads `location` and nothing else.
import { type KeptUrl, keptUrl } from '../../lib/store/mirror-urls';

/** The address to send with this page's cable, and whether it had to be trimmed to be kept. */
export function pageAddress(): KeptUrl {
  return keptUrl(location.href) ?? { url: location.href, trimmed: null };
}
