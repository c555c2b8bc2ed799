// Adapter for WikiLeaks PlusD (`/plusd/cables/<ID>.html`, `_a` Cablegate and `_b` 1970s telegrams).
// Selects by id and class only (the page's script moves its tabs after load); never edits the page.
import { domText } from './dom-text';
import { cleanValue, pageMeta, splitTags } from './page-meta';
import type { RawCable, SiteAdapter } from './types';

const CABLE_PATH = /\/plusd\/cables\/[^/]+\.html?$/i;
// PlusD appends its database's fields to some texts (`*** Current Classification ***   UNCLASSIFIED`).
const SITE_FIELD_LINE = /^[ \t]*\*{3}[^*\n]+\*{3}/;

/**
 * The text without the run of site field lines at its end (blank lines may follow it), ended by one newline.
 * Read line by line from the end: one pattern for the whole tail is retried at every line, quadratic in them.
 */
function withoutSiteFields(text: string): string {
  const lines = text.split('\n');
  let end = lines.length;
  while (end > 0 && (lines[end - 1] as string).trim() === '') end--;
  let cut = end;
  while (cut > 1 && SITE_FIELD_LINE.test(lines[cut - 1] as string)) cut--;
  return cut === end ? text : `${lines.slice(0, cut).join('\n')}\n`;
}

/**
 * A synopsis value: its links' texts when it has links (the site appends counts like `(120 documents)` and
 * separators after them), else its text.
 */
function valueText(value: Element): string {
  const links = Array.from(value.querySelectorAll('a'))
    .map((a) => cleanValue(a.textContent))
    .filter((t): t is string => t !== undefined);
  return links.length > 0 ? links.join(' | ') : (value.textContent ?? '');
}

/** The synopsis as key -> value: each `div.s_key` labels the `div.s_val` after it. */
function synopsis(table: Element | null): Map<string, string> {
  const fields = new Map<string, string>();
  if (!table) return fields;
  for (const key of Array.from(table.querySelectorAll('div.s_key'))) {
    let value = key.nextElementSibling;
    while (value && !value.classList.contains('s_val')) value = value.nextElementSibling;
    const name = cleanValue(key.textContent)?.replace(/:$/, '').toLowerCase();
    if (name && value && !fields.has(name)) fields.set(name, valueText(value));
  }
  return fields;
}

/** The synopsis's title row: a single wide cell above the key/value rows. */
function titleRow(table: Element | null): string | undefined {
  const cell = table?.querySelector('td[colspan]');
  return cell && !cell.querySelector('div.s_key') ? cleanValue(cell.textContent) : undefined;
}

function extract(doc: Document, url: URL): RawCable | null {
  const tagged = doc.querySelector('div#tagged-text');
  if (!tagged) return null;
  const bodyText = withoutSiteFields(domText(tagged, { pre: true }).text);
  if (bodyText.trim() === '') return null;
  const header = doc.querySelector('div.text-header');
  const headerText = header ? domText(header, { pre: true }).text : null;
  const table = doc.querySelector('table#synopsis');
  const fields = synopsis(table);
  const nameFromUrl = url.pathname
    .split('/')
    .pop()
    ?.replace(/\.html?$/i, '');

  // The text sits in a `.text-content` box beside the "Show Headers" button; the header box is hidden by
  // the site until that button is pressed. The view hides all three and restores them as they were.
  const mount = tagged.closest('.text-content') ?? tagged;
  const button = doc.querySelector('#showhide');
  const original = [header, button, mount].filter((el): el is Element => el !== null);
  return {
    site: 'plusd',
    headerText: headerText && headerText.trim() !== '' ? headerText : null,
    bodyText,
    pageMeta: pageMeta({
      id: fields.get('canonical id') ?? nameFromUrl,
      date: fields.get('date'),
      classification: fields.get('original classification') ?? fields.get('classification'),
      origin: fields.get('from'),
      subject: titleRow(table) ?? fields.get('subject'),
      tags: splitTags(fields.get('tags'), /\s*\|\s*/),
      url: url.href,
    }),
    mount,
    original,
  };
}

/** WikiLeaks PlusD: `table#synopsis`, `div.text-header`, `div#tagged-text`. */
export const plusd: SiteAdapter = {
  name: 'plusd',
  mirror: {
    label: 'PlusD',
    hosts: ['wikileaks.org', 'www.wikileaks.org', 'search.wikileaks.org'],
    paths: ['/plusd/cables/*'],
    cableGlobs: ['*/plusd/cables/*.htm*'],
  },
  matches: (url) => CABLE_PATH.test(url.pathname),
  extract,
};
