// Every cable input the corpus offers, as the pipeline receives it: `cables/*.txt` with their routing headers,
// the bodies the site adapters extract from `pages/` (Cablegate, PlusD, cablesearch answers) and `pages/archive/`.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { RawCableText } from '../../lib/cable/types';
import { readCablesearchAnswer } from '../../lib/sites/cablesearch';
import { extractCable } from '../../lib/sites/index';
import { corpusDir, corpusFiles, readCorpus } from '../corpus';

export interface CorpusInput {
  /** `cables/08REYKJAVIK195`, `pages/plusd/1974ATHENS02959_b`... */
  name: string;
  raw: RawCableText;
  /** The input's text before the body: routing header and the cable's own header lines live here. */
  source: 'cables' | 'pages';
}

const idOf = (path: string): string => basename(path).replace(/\.(txt|html|json|jsonp)$/, '');

/** The `cables/` texts with their routing headers from `cables/headers/`. */
export function cableInputs(): CorpusInput[] {
  return corpusFiles('cables', '.txt').map((path) => {
    const id = idOf(path);
    const headerPath = join(corpusDir, 'cables', 'headers', `${id}.header.txt`);
    return {
      name: `cables/${id}`,
      source: 'cables',
      raw: {
        headerText: existsSync(headerPath) ? readCorpus(headerPath) : null,
        bodyText: readCorpus(path),
        pageMeta: {},
      },
    };
  });
}

// Saved pages keep their content but not their address; the adapters want one of their URL shapes.
function pageUrl(site: string, id: string): URL {
  if (site === 'plusd') return new URL(`https://wikileaks.org/plusd/cables/${id}.html`);
  const year = Number.parseInt(id.slice(0, 2), 10);
  const full = year > 50 ? 1900 + year : 2000 + year;
  return new URL(`https://wikileaks.org/cable/${full}/01/${id}.html`);
}

/** The cables the site adapters find in `pages/`, as the content script would hand them to the pipeline. */
export function pageInputs(): CorpusInput[] {
  const out: CorpusInput[] = [];
  for (const site of ['cablegate', 'plusd']) {
    for (const path of corpusFiles(join('pages', site), '.html')) {
      const id = idOf(path);
      const { document } = parseHTML(readCorpus(path));
      const raw = extractCable(document as unknown as Document, pageUrl(site, id), { anyLayout: true });
      if (!raw) continue;
      out.push({
        name: `pages/${site}/${id}`,
        source: 'pages',
        raw: { headerText: raw.headerText, bodyText: raw.bodyText, pageMeta: raw.pageMeta },
      });
    }
  }
  for (const ext of ['.json', '.jsonp']) {
    for (const path of corpusFiles(join('pages', 'cablesearch'), ext)) {
      out.push({
        name: `pages/cablesearch/${idOf(path)}`,
        source: 'pages',
        raw: readCablesearchAnswer(readCorpus(path)),
      });
    }
  }
  return out;
}

/** One archive page: its id and the URL path it had on the mirror (from `pages/archive/MANIFEST.tsv`). */
export interface ArchivePage {
  id: string;
  path: string;
  url: URL;
}

/** The 600 archive pages listed in their manifest, at their real Cablegate viewer URLs. */
export function archivePages(): ArchivePage[] {
  const manifest = join(corpusDir, 'pages', 'archive', 'MANIFEST.tsv');
  if (!existsSync(manifest)) return [];
  return readFileSync(manifest, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [id = '', urlPath = ''] = line.split('\t');
      return {
        id,
        path: join(corpusDir, 'pages', 'archive', `${id}.html`),
        url: new URL(`https://wikileaks.org${urlPath}`),
      };
    });
}

let archiveCache: CorpusInput[] | null = null;

/**
 * The cables the Cablegate adapter finds in the archive pages (a page it does not read is left out). Reading
 * 28 MB of HTML takes seconds, so a test file reads them once; callers must not edit what they get.
 */
export function archiveInputs(): CorpusInput[] {
  if (archiveCache) return archiveCache;
  const out: CorpusInput[] = [];
  for (const page of archivePages()) {
    const { document } = parseHTML(readCorpus(page.path));
    const raw = extractCable(document as unknown as Document, page.url, { anyLayout: true });
    if (!raw) continue;
    out.push({
      name: `pages/archive/${page.id}`,
      source: 'pages',
      raw: { headerText: raw.headerText, bodyText: raw.bodyText, pageMeta: raw.pageMeta },
    });
  }
  archiveCache = out;
  return out;
}

/**
 * The 652 corpus cables: the 52 texts and the 600 archive pages. The saved mirror pages of `pages/` show the
 * same cables as the texts, so they are not counted again.
 */
export function everyCorpusInput(): CorpusInput[] {
  return [...cableInputs(), ...archiveInputs()];
}
