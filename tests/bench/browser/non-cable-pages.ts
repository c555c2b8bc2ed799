// Pages on the mirrors' hosts that are not cables (an index, a search, a not-found page), built at run time from
// corpus pages' own chrome so they weigh what the real ones do. Builds pages only; nothing is written to disk.
import { parseHTML } from 'linkedom';
import type { BenchPage } from './pages';

export interface NonCablePage {
  name: string;
  /** Where a reader meets it; the bench times a decline only where a content script matches this URL. */
  url: string;
  html: string;
}

/** A Cablegate "browse by release date" page: the viewer's chrome, and a `table.cable` listing cables, no `<pre>`. */
function cablegateIndex(pages: BenchPage[]): string {
  const template = pages.find((p) => p.layout === 'cablegate');
  if (!template) throw new Error('bench: no Cablegate page to build an index page from');
  const { document } = parseHTML(template.html);
  const pane = document.querySelector('div.pane.big');
  if (!pane) throw new Error(`bench: ${template.id} has no div.pane.big`);
  const table = document.createElement('table');
  table.className = 'cable';
  for (const page of pages.filter((p) => p.layout === 'cablegate')) {
    const rows = parseHTML(page.html).document.querySelectorAll('table.cable tr');
    if (table.children.length === 0 && rows[0]) table.append(rows[0]);
    if (rows[1]) table.append(rows[1]);
  }
  const heading = document.createElement('h3');
  heading.textContent = 'Browse by release date: 2010/12/10';
  pane.replaceChildren(heading, table);
  return document.toString();
}

/** A PlusD search page: the site's chrome, the synopsis and text replaced by a result list. */
function plusdSearch(pages: BenchPage[]): string {
  const template = pages.find((p) => p.layout === 'plusd');
  if (!template) throw new Error('bench: no PlusD page to build a search page from');
  const { document } = parseHTML(template.html);
  const main = document.querySelector('#content-main');
  if (!main) throw new Error(`bench: ${template.id} has no #content-main`);
  const list = document.createElement('table');
  list.id = 'search_results';
  for (const page of pages) {
    const row = document.createElement('tr');
    const cell = document.createElement('td');
    const link = document.createElement('a');
    link.setAttribute('href', page.mirrorUrl);
    link.textContent = page.id;
    cell.append(link);
    row.append(cell);
    list.append(row);
  }
  const heading = document.createElement('h2');
  heading.textContent = `Search results: ${pages.length} documents`;
  main.replaceChildren(heading, list);
  return document.toString();
}

/** A cablegatesearch results page (no saved page exists: the layout is written from the site's known markup). */
function cablegatesearchResults(pages: BenchPage[]): string {
  const items = pages.map((p) => `<li><a href="cable.php?id=${p.id}">${p.id}</a></li>`).join('\n');
  return `<!DOCTYPE html><html><head><title>Cablegate search</title></head><body>
<div id="header"><h1>Cablegate search</h1><form action="search.php"><input name="q" value="embassy"></form></div>
<div id="results"><p>${pages.length} cables found</p><ol>${items}</ol></div></body></html>`;
}

const notFound = `<html><head><title>404 Not Found</title></head><body>
<center><h1>404 Not Found</h1></center><hr><center>nginx</center></body></html>`;

/**
 * The non-cable pages a reader meets on the mirrors' hosts: some at URLs the content script does not match (it never
 * runs there), some at URLs it matches and must decline (an index-like listing, a not-found page, a cable URL
 * without a cable).
 */
export function nonCablePages(pages: BenchPage[]): NonCablePage[] {
  const index = cablegateIndex(pages);
  const search = plusdSearch(pages);
  const results = cablegatesearchResults(pages);
  return [
    { name: 'Cablegate release index', url: 'https://wikileaks.org/reldate/2010-12-10_0.html', html: index },
    {
      name: 'Cablegate listing under /cable/',
      url: 'https://wikileaks.org/cable/2010/12/index.html',
      html: index,
    },
    {
      name: 'Cablegate not found',
      url: 'https://wikileaks.org/cable/2010/12/10NOSUCHPOST1.html',
      html: notFound,
    },
    {
      name: 'PlusD search',
      url: 'https://search.wikileaks.org/plusd/?q=embassy&qproject%5B%5D=cg',
      html: search,
    },
    {
      name: 'PlusD page without a document',
      url: 'https://wikileaks.org/plusd/cables/1974NOSUCHPOST00001_b.html',
      html: search,
    },
    {
      name: 'cablegatesearch search',
      url: 'https://www.cablegatesearch.net/search.php?q=embassy',
      html: results,
    },
    {
      name: 'cablegatesearch cable.php, no cable',
      url: 'https://www.cablegatesearch.net/cable.php?id=NOSUCHPOST1',
      html: results,
    },
  ];
}
