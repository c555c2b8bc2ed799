// Paragraph links shared with the mirror sites: `#par4` (Cablegate viewer) and `#para-<n>-4` (cablegatesearch).
// Pure string rules: the content script applies them to the page; this module never touches the DOM.

/** The element id of a block in the clean view; the first paragraph 4 is `par4`, as on the Cablegate viewer. */
export function paragraphId(key: string): string {
  return `par${key}`;
}

const SITE_ANCHOR = /^#?(?:par|para-\d+-)(\d[0-9A-Za-z.-]*)$/;

/**
 * The paragraph key a URL fragment points at (`#par4` -> `4`, `#par45-2` -> `45-2`, `#para-12-4` -> `4`),
 * or null when the fragment is not a paragraph link.
 */
export function keyFromHash(hash: string): string | null {
  let decoded = hash;
  try {
    decoded = decodeURIComponent(hash);
  } catch {
    return null;
  }
  const match = SITE_ANCHOR.exec(decoded.trim());
  return match ? (match[1] as string) : null;
}

/** The page URL pointing at one paragraph: any old fragment replaced by `#par<key>`. */
export function paragraphUrl(pageUrl: string, key: string): string {
  const url = new URL(pageUrl);
  url.hash = paragraphId(key);
  return url.href;
}
