// The inputs the fuzz suites start from: corpus pages and cable texts (read in place, never copied), the
// invented sample cable in every mirror layout, the shipped seed in its site's layout, and non-cable pages.
// Lists inputs only; the suites mutate and judge them.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { corpusDir, corpusFiles, readCorpus } from '../corpus';
import {
  cablegateLayout,
  cablegatesearchLayout,
  genericLayouts,
  hugeTextPage,
  nonCablePages,
  plusdLayout,
  seedSiteLayout,
} from '../fixtures/layouts';
import {
  SAMPLE_BODY,
  SAMPLE_CABLEGATE_PAGE,
  SAMPLE_CABLEGATESEARCH_PAGE,
  SAMPLE_HEADER,
  SAMPLE_PLUSD_PAGE,
} from '../fixtures/sample-cable';

/** A page and the address it is served at. */
export interface SeedPage {
  name: string;
  html: string;
  url: string;
}

/** A cable text and where it came from (with its routing header, where the corpus keeps one apart). */
export interface SeedText {
  name: string;
  text: string;
  header?: string;
}

/** The shipped seed cable's page text. */
const SEED_TEXT = readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8');

const SAMPLE_TEXT = `${SAMPLE_HEADER}\n\n${SAMPLE_BODY}`;

/** Addresses a page may be served at: each known layout's URL shape, an unknown mirror, a saved file. */
export const URLS: readonly string[] = [
  'https://wikileaks.org/cable/2009/03/09ZEMBLA123.html',
  'https://wikileaks.org/plusd/cables/09ZEMBLA123_a.html',
  'https://cablegatesearch.wikileaks.org/cable.php?id=09ZEMBLA123',
  'https://cables.example.org/cable/09ZEMBLA123',
  'file:///home/reader/saved/09ZEMBLA123.html',
];

const idOf = (path: string): string => basename(path).replace(/\.(txt|html)$/, '');

// Saved corpus pages keep their content but not their address: each gets its layout's URL shape.
function corpusPageUrl(site: string, id: string): string {
  if (site === 'plusd') return `https://wikileaks.org/plusd/cables/${id}.html`;
  const year = Number.parseInt(id.slice(0, 2), 10);
  return `https://wikileaks.org/cable/${year > 50 ? 1900 + year : 2000 + year}/01/${id}.html`;
}

/** The corpus's Cablegate and PlusD pages (empty when the corpus is absent). */
export function corpusPages(): SeedPage[] {
  return ['cablegate', 'plusd'].flatMap((site) =>
    corpusFiles(join('pages', site), '.html').map((path) => ({
      name: `corpus pages/${site}/${idOf(path)}`,
      html: readCorpus(path),
      url: corpusPageUrl(site, idOf(path)),
    })),
  );
}

/** The corpus's cablesearch.org API answers (JSON and JSONP). */
export function corpusAnswers(): SeedText[] {
  return ['.json', '.jsonp'].flatMap((ext) =>
    corpusFiles(join('pages', 'cablesearch'), ext).map((path) => ({
      name: `corpus pages/cablesearch/${basename(path)}`,
      text: readCorpus(path),
    })),
  );
}

/** The corpus's cable texts (`cables/*.txt`) with their routing headers (`cables/headers/`). */
export function corpusTexts(): SeedText[] {
  return corpusFiles('cables', '.txt').map((path) => {
    const header = join(corpusDir, 'cables', 'headers', `${idOf(path)}.header.txt`);
    return {
      name: `corpus cables/${idOf(path)}`,
      text: readCorpus(path),
      ...(existsSync(header) ? { header: readCorpus(header) } : {}),
    };
  });
}

/** The sample cable in every layout, the seed in its site's layout, and pages that hold no cable. */
export function fixturePages(): SeedPage[] {
  const pages: SeedPage[] = [
    {
      name: 'sample in Cablegate layout',
      html: cablegateLayout(SAMPLE_CABLEGATE_PAGE),
      url: URLS[0] as string,
    },
    { name: 'sample in PlusD layout', html: plusdLayout(SAMPLE_PLUSD_PAGE), url: URLS[1] as string },
    {
      name: 'sample in cablegatesearch layout',
      html: cablegatesearchLayout(SAMPLE_CABLEGATESEARCH_PAGE),
      url: URLS[2] as string,
    },
    { name: 'seed in its site layout', html: seedSiteLayout(SEED_TEXT), url: URLS[3] as string },
  ];
  for (const [layout, render] of Object.entries(genericLayouts)) {
    pages.push({
      name: `sample in generic ${layout} layout`,
      html: render(SAMPLE_TEXT),
      url: URLS[3] as string,
    });
  }
  for (const [name, render] of Object.entries(nonCablePages)) {
    // The 5 MB page is fuzzed at a tenth of its size: the size caps are proven by the adapters' own tests.
    const html = name.startsWith('5 MB') ? hugeTextPage(500_000) : render();
    pages.push({ name: `non-cable: ${name}`, html, url: URLS[3] as string });
  }
  return pages;
}

/** The sample and the seed as plain texts. */
export function fixtureTexts(): SeedText[] {
  return [
    { name: 'sample cable', text: SAMPLE_BODY, header: SAMPLE_HEADER },
    { name: 'seed page text', text: SEED_TEXT },
  ];
}
