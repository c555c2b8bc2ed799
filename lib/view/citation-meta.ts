// The cable's citation metadata as <meta> tags in the page's head (the Highwire `citation_*` and Dublin Core
// names Zotero, Mendeley and other reference managers read from a page), added while the clean view shows and
// removed with it, each marked as ours. The DOM work is here; the values come from the CableDocument.
import type { CableDocument } from '../cable/types';

const OURS = 'data-cable-reader-meta';

/** The name/content pairs for a cable read at `pageUrl`. */
export function citationMeta(doc: CableDocument, pageUrl: string): [string, string][] {
  const url = new URL(pageUrl);
  url.hash = '';
  const { meta } = doc;
  const pairs: [string, string][] = [];
  const title = meta.subject ?? (doc.id ? `Cable ${doc.id}` : null);
  if (title) pairs.push(['citation_title', title], ['DC.title', title]);
  const author = meta.origin ?? meta.from;
  if (author) pairs.push(['citation_author', author], ['DC.creator', author]);
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(meta.date ?? '');
  if (day)
    pairs.push(
      ['citation_date', `${day[1]}/${day[2]}/${day[3]}`],
      ['DC.date', `${day[1]}-${day[2]}-${day[3]}`],
    );
  if (doc.id) pairs.push(['citation_technical_report_number', doc.id], ['DC.identifier', doc.id]);
  pairs.push(
    ['citation_publisher', /wikileaks\./.test(url.hostname) ? 'WikiLeaks' : url.hostname],
    ['citation_public_url', url.href],
    ['DC.type', 'Text'],
    ['DC.source', url.href],
  );
  if (meta.classification) pairs.push(['DC.rights', `Classification: ${meta.classification}`]);
  return pairs;
}

/** Adds the tags to the head (replacing any of ours); returns their removal. */
export function installCitationMeta(document: Document, pairs: readonly [string, string][]): () => void {
  removeCitationMeta(document);
  const head = document.head ?? document.documentElement;
  for (const [name, content] of pairs) {
    const tag = document.createElement('meta');
    tag.setAttribute('name', name);
    tag.setAttribute('content', content);
    tag.setAttribute(OURS, '');
    head.append(tag);
  }
  return () => removeCitationMeta(document);
}

export function removeCitationMeta(document: Document): void {
  for (const tag of document.querySelectorAll(`meta[${OURS}]`)) tag.remove();
}
