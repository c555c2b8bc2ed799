// The address a saved page had, for the site adapters' URL tests and the cable's `pageMeta.url`.
// Reads the page's own statements (canonical link, og:url, links to itself); never guesses a host.
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeEntities } from '../sites/html-source';

function absolute(href: string | null | undefined): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** A path segment with its %-escapes decoded; as written when they are malformed (`%ZZ`, a cut `%E0%A4`). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The last path segment of an address as written, decoded and lower-cased (no URL built: pages hold hundreds). */
function lastSegment(href: string): string {
  const s = href.trim();
  const query = s.indexOf('?');
  const hash = s.indexOf('#');
  const end = hash >= 0 && (query < 0 || hash < query) ? hash : query >= 0 ? query : s.length;
  const segment = s.slice(s.lastIndexOf('/', end - 1) + 1, end);
  return (segment.includes('%') ? decodeSegment(segment) : segment).toLowerCase();
}

/** An absolute link in the page to a file of the same name (a page linking to itself from its own table). */
function selfLink(doc: Document, name: string): URL | null {
  const wanted = name.toLowerCase();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    // Only a link whose written name matches is parsed, and the parsed address must still name the file.
    if (lastSegment(href) !== wanted) continue;
    const url = absolute(href);
    if (url && decodeSegment(url.pathname.split('/').pop() ?? '').toLowerCase() === wanted) return url;
  }
  return null;
}

/**
 * Where the page came from: its `<link rel=canonical>`, its `og:url`, an absolute link to itself, else the file
 * it was read from (`file:` URL; stdin is `file:///dev/stdin`). For a local file the known layouts are then
 * recognised by their structure (detectCable's `anyLayout`), not by the address.
 */
export function pageUrl(doc: Document, path: string | null): URL {
  const canonical = absolute(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'));
  if (canonical) return canonical;
  const og = absolute(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'));
  if (og) return og;
  if (path) return selfLink(doc, basename(path)) ?? pathToFileURL(path);
  return new URL('file:///dev/stdin');
}

const STATED = /canonical|og:url/i;
// Every attribute named like href, wherever it stands: a superset of the links selfLink reads.
const HREF = /href\s*=\s*(?:'([^']*)'|"([^"]*)"|([^\s>]+))/gi;

/**
 * The address pageUrl gives a page whose source states none (no canonical link, no og:url, no absolute link to a
 * file of its name), found without a DOM; null when the source may state one, so the page is parsed to read it.
 */
export function sourcePageUrl(html: string, path: string | null): URL | null {
  if (STATED.test(html)) return null;
  if (!path) return new URL('file:///dev/stdin');
  const wanted = basename(path).toLowerCase();
  HREF.lastIndex = 0;
  for (let m = HREF.exec(html); m; m = HREF.exec(html)) {
    const href = decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
    if (href === null || (lastSegment(href) === wanted && absolute(href))) return null;
  }
  return pathToFileURL(path);
}
