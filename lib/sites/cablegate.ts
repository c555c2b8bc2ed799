// Adapter for the WikiLeaks Cablegate viewer and every copy of its software (`/cable/YYYY/MM/<ID>.html`).
// Finds the viewer's table, subject and <pre> blocks and hands their text over unread; never edits the page.
import { isCsvDump, readCsvRecord } from '../cable/csv-record';
import type { PageMeta, RawCableText } from '../cable/types';
import { domText } from './dom-text';
import { fromRecordOf } from './dump-record';
import { cleanValue, pageMeta } from './page-meta';
import type { RawCable, SiteAdapter } from './types';

// Copies of the viewer (mirrors, the static archive, a saved file) keep the path shape, not the host.
const CABLE_PATH = /\/cable\/\d{4}\/\d{2}\/[^/]+\.html?$/i;
const SUBJECT_PREFIX = /^\s*Viewing cable\s+\S+?,\s*/i;

/** The cells of the `table.cable` row holding the values (the second row; the first has the headings). */
function valueCells(table: Element): string[] {
  const rows = table.querySelectorAll('tr');
  for (const row of Array.from(rows)) {
    const cells = Array.from(row.querySelectorAll('td'));
    if (cells.length >= 5) return cells.map((c) => c.textContent ?? '');
  }
  return [];
}

/** The element a `<pre>` block sits in: its `<code>` wrapper when it has one. */
function blockOf(pre: Element): Element {
  const parent = pre.parentElement;
  return parent && parent.localName.toLowerCase() === 'code' ? parent : pre;
}

/** Tags as the viewer links them inside the text (`<a href='/tag/PGOV_0.html'>PGOV</a>`). */
function tagLinks(pre: Element): string[] {
  const tags: string[] = [];
  for (const a of Array.from(pre.querySelectorAll('a[href*="/tag/"]'))) {
    const tag = cleanValue(a.textContent);
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/**
 * What the viewer's pane says, as text: the table row's cells, the h3, the header block (when there are two), the
 * body block and its tag links. Read from the DOM here, or from the page's source by cablegate-source.ts.
 */
export interface ViewerParts {
  cells: string[];
  heading: string;
  headerText: string | null;
  bodyText: string;
  tags: string[];
}

/** The cable the viewer's parts give (a dump's record picked by the page's id), or null when the body is empty. */
export function viewerCable(parts: ViewerParts, url: URL): RawCableText | null {
  const [id, created, , classification, origin] = parts.cells.map(cleanValue);
  // The h3 ends with a dump's `\` line continuation on pages that show a dump. (Cut by hand: a pattern
  // `\s*\\$` is retried at every position of a long whitespace run, which is quadratic.)
  const heading = parts.heading.replace(SUBJECT_PREFIX, '');
  const subject = heading.endsWith('\\') ? heading.slice(0, -1).trimEnd() : heading;
  const pageId =
    id ??
    url.pathname
      .split('/')
      .pop()
      ?.replace(/\.html?$/i, '');
  let { headerText, bodyText } = parts;

  // A few pages show a database dump (several cables, one record each) instead of the cable's text: the
  // page's cable is the record with the page's id. The table row stays the page's word on the metadata.
  const record = pageId && isCsvDump(bodyText) ? readCsvRecord(fromRecordOf(bodyText, pageId)) : null;
  const dump: PageMeta = record?.pageMeta ?? {};
  if (record) {
    headerText = record.headerText;
    bodyText = record.bodyText;
  }
  if (bodyText.trim() === '') return null;
  return {
    headerText,
    bodyText,
    pageMeta: pageMeta({
      id: pageId ?? dump.id,
      // The viewer prints the hour twice (`17:05` for a cable of 17:xx, the minutes being the hour on a
      // 12-hour clock), so only its day is trusted; a dump record carries the real time.
      date: dump.date ?? created?.slice(0, 10),
      classification: classification ?? dump.classification,
      origin: origin ?? dump.origin,
      subject,
      tags: parts.tags,
      url: url.href,
    }),
  };
}

function extract(doc: Document, url: URL): RawCable | null {
  // Copies of the software restyled the page but kept the table; the pane is then the table's container.
  const table = doc.querySelector('div.pane.big table.cable') ?? doc.querySelector('table.cable');
  const pane = table?.closest('div.pane.big') ?? table?.parentElement;
  if (!table || !pane) return null;
  const pres = Array.from(pane.querySelectorAll('pre'));
  const bodyPre = pres[pres.length - 1];
  if (!bodyPre) return null;
  const headerPre = pres.length > 1 ? pres[0] : undefined;
  const cable = viewerCable(
    {
      cells: valueCells(table),
      heading: pane.querySelector('h3')?.textContent ?? '',
      headerText: headerPre ? domText(headerPre, { pre: true }).text : null,
      bodyText: domText(bodyPre, { pre: true }).text,
      tags: tagLinks(bodyPre),
    },
    url,
  );
  if (!cable) return null;
  const mount = blockOf(bodyPre);
  // The table stays visible: its links (browse by date, origin, articles citing the cable) are the site's own.
  const original = headerPre ? [blockOf(headerPre), mount] : [mount];
  return { site: 'cablegate', ...cable, mount, original };
}

/** The Cablegate viewer: `div.pane.big` with `table.cable`, an `h3` subject and `<code><pre>` blocks. */
export const cablegate: SiteAdapter = {
  name: 'cablegate',
  mirror: {
    label: 'Cablegate viewer',
    hosts: [
      'wikileaks.org',
      'www.wikileaks.org',
      'wikileaks.ch',
      'www.wikileaks.ch',
      'cablegate.wikileaks.org',
    ],
    paths: ['/cable/*'],
    cableGlobs: ['*/cable/????/??/*.htm*'],
  },
  matches: (url) => CABLE_PATH.test(url.pathname),
  extract,
};
