// Where a cable's TAGS code leads: the mirror's own index of cables with that tag, where the mirror has one
// (the Cablegate viewer's `/tag/<TAG>_0.html`). Pure URL rules; the content script knows the site, not the view.

/** The tag index's URL on this page's mirror, or null where the mirror has none. */
export function tagIndexUrl(site: string, pageUrl: string, tag: string): string | null {
  if (site !== 'cablegate' || !/^[A-Z0-9]{2,12}$/i.test(tag)) return null;
  const url = new URL(pageUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return `${url.origin}/tag/${encodeURIComponent(tag.toUpperCase())}_0.html`;
}
