// Adapter for cablegatesearch (`cable.php?id=<ID>` on cablegatesearch.net and cablegatesearch.wikileaks.org).
// Reads the summary table and the cable box (header, then body shown pre-line); never edits the page.
import { canonicalId } from '../cable/header/ids';
import { domText } from './dom-text';
import { cleanValue, pageMeta } from './page-meta';
import type { RawCable, SiteAdapter } from './types';

/**
 * Site additions inside the cable box that are not cable text: the "Hide header" toggle and webmaster notes
 * (`[Removed from an earlier Cablegate release]`, ` [[tag]]` links).
 */
function isSiteChrome(el: Element): boolean {
  return el.classList.contains('toggleHeader') || el.classList.contains('webmaster-comment');
}

/** The summary's rows as label -> value cell (`Reference id`, `Subject`, `Origin`, `Cable time`...). */
function summaryCells(table: Element | null): Map<string, Element> {
  const cells = new Map<string, Element>();
  if (!table) return cells;
  for (const row of Array.from(table.querySelectorAll('tr'))) {
    const [label, value] = Array.from(row.querySelectorAll('td'));
    const name = cleanValue(label?.textContent)?.toLowerCase();
    if (name && value && !cells.has(name)) cells.set(name, value);
  }
  return cells;
}

/** The reference id: the read-only input's value, else the cell's first word when it reads as an id. */
function referenceId(cell: Element | undefined): string | undefined {
  if (!cell) return undefined;
  const input = cleanValue(cell.querySelector('input')?.getAttribute('value'));
  if (input) return input;
  const word = cleanValue(cell.textContent)?.split(' ')[0];
  return word && canonicalId(word) ? word : undefined;
}

/** The origin: its search link's text, without the grey `(Country)` that follows. */
function originOf(cell: Element | undefined): string | undefined {
  if (!cell) return undefined;
  return cleanValue(cell.querySelector('a')?.textContent) ?? cleanValue(cell.textContent);
}

function extract(doc: Document, url: URL): RawCable | null {
  const content = doc.querySelector('div#cable div.cable-content');
  const body = content?.querySelector('div.cable-body');
  if (!content || !body) return null;
  const bodyText = domText(body, { pre: true, skip: isSiteChrome }).text;
  if (bodyText.trim() === '') return null;
  const header = content.querySelector('div#cable-header');
  const headerText = header ? domText(header, { pre: true, skip: isSiteChrome }).text : null;
  const cells = summaryCells(doc.querySelector('table#cable-summary'));
  return {
    site: 'cablegatesearch',
    headerText: headerText && headerText.trim() !== '' ? headerText : null,
    bodyText,
    pageMeta: pageMeta({
      id: referenceId(cells.get('reference id')) ?? url.searchParams.get('id'),
      date: cells.get('cable time')?.textContent,
      classification: cells.get('classification')?.textContent,
      origin: originOf(cells.get('origin')),
      subject: cells.get('subject')?.textContent,
      url: url.href,
    }),
    mount: content,
    original: [content],
  };
}

/** cablegatesearch: `table#cable-summary` and `div#cable > div.cable-content` (header, then body). */
export const cablegatesearch: SiteAdapter = {
  name: 'cablegatesearch',
  mirror: {
    label: 'cablegatesearch',
    hosts: ['cablegatesearch.net', 'www.cablegatesearch.net', 'cablegatesearch.wikileaks.org'],
    paths: ['/cable.php*'],
    cableGlobs: ['*/cable.php?*id=*'],
  },
  matches: (url) => /\/cable\.php$/i.test(url.pathname) && url.searchParams.has('id'),
  extract,
};
