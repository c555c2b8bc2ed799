// Every cable input the corpus offers, as the pipeline receives it: `cables/*.txt` with their routing headers,
// and the bodies the site adapters extract from `pages/` (Cablegate, PlusD, cablesearch answers).
import { existsSync } from 'node:fs';
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
