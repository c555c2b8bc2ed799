// The corpus pages the browser bench opens, each with its real mirror URL and a URL no content script matches.
// Reads the corpus in place; builds nothing from it that is written to disk.
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { corpusDir, corpusFiles, readCorpus } from '../../corpus';

export interface BenchPage {
  /** Reference id as the file names it (`10STATE17263`, `1974ATHENS02959_b`). */
  id: string;
  layout: 'cablegate' | 'plusd';
  html: string;
  /** Where the mirror publishes it: the content script matches this URL. */
  mirrorUrl: string;
  /** Same HTML at a host no content script matches, for Readability. */
  plainUrl: string;
}

/** `YYYY/MM` folders of Cablegate pages, from the manifest's source column (`.../cable/2008/07/<ID>.html`). */
function manifestMonths(): Map<string, string> {
  const months = new Map<string, string>();
  const manifest = readCorpus(join(corpusDir, 'cables/MANIFEST.tsv'));
  for (const line of manifest.split('\n').slice(1)) {
    const [, ref, source] = line.split('\t');
    const month = source?.match(/\/cable\/(\d{4}\/\d{2})\//)?.[1];
    if (ref && month) months.set(ref, month);
  }
  return months;
}

/** `YYYY/MM` from the page's Created cell (`2010-02-24 22:10`), for pages the manifest does not place. */
function createdMonth(html: string, id: string): string {
  const table = html.indexOf("class='cable'");
  const created = html.slice(table).match(/(\d{4})-(\d{2})-\d{2} \d{2}:\d{2}/);
  if (table < 0 || !created) throw new Error(`bench: cannot date Cablegate page ${id} (no Created cell)`);
  return `${created[1]}/${created[2]}`;
}

/** Every Cablegate and PlusD corpus page, Cablegate first, each sorted by id. */
export function corpusPages(): BenchPage[] {
  const months = manifestMonths();
  const cablegate = corpusFiles('pages/cablegate', '.html').map((path): BenchPage => {
    const id = basename(path, '.html');
    const html = readCorpus(path);
    const month = months.get(id) ?? createdMonth(html, id);
    return {
      id,
      layout: 'cablegate',
      html,
      mirrorUrl: `https://wikileaks.org/cable/${month}/${id}.html`,
      plainUrl: `https://bench.invalid/page/${id}.html`,
    };
  });
  const plusd = corpusFiles('pages/plusd', '.html').map((path): BenchPage => {
    const id = basename(path, '.html');
    return {
      id,
      layout: 'plusd',
      html: readCorpus(path),
      mirrorUrl: `https://wikileaks.org/plusd/cables/${id}.html`,
      plainUrl: `https://bench.invalid/page/${id}.html`,
    };
  });
  return [...cablegate, ...plusd];
}

/**
 * The page with its last `<pre>` (the Cablegate body) holding the body `times` times over, for the scaling runs.
 * String surgery on purpose: the page must stay the mirror's own markup, only longer.
 */
export function repeatBody(page: BenchPage, times: number): string {
  const open = page.html.lastIndexOf('<pre>');
  const close = page.html.indexOf('</pre>', open);
  if (open < 0 || close < 0) throw new Error(`bench: page ${page.id} has no <pre> body to repeat`);
  const body = page.html.slice(open + '<pre>'.length, close);
  const repeated = Array.from({ length: times }, () => body).join('&#x000A;&#x000A;');
  return `${page.html.slice(0, open)}<pre>${repeated}${page.html.slice(close)}`;
}

/** The Cablegate page whose cable text (in cables/) is the largest: the scaling runs' subject. */
export function largestCable(pages: BenchPage[]): BenchPage {
  const size = (id: string) => {
    const path = join(corpusDir, 'cables', `${id}.txt`);
    return existsSync(path) ? statSync(path).size : 0;
  };
  const cablegate = pages.filter((p) => p.layout === 'cablegate');
  const largest = cablegate.reduce<BenchPage | null>(
    (a, p) => (a === null || size(p.id) > size(a.id) ? p : a),
    null,
  );
  if (!largest) throw new Error('bench: no Cablegate page to scale');
  return largest;
}
