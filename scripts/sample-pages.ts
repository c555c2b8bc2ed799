// The sample pages `npm start` opens, made from the seed cable (the one cable the project ships): the seed in the
// Cablegate viewer's layout, at its mirror path, and in its own mirror's layout. Builds and writes pages only.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { type CablegatePage, cablegateLayout, escapeHtml, seedSiteLayout } from '../tests/fixtures/layouts';

const seedPath = resolve(import.meta.dirname, '../assets/seed/08ASTANA1147.txt');

export interface SamplePage {
  name: string;
  title: string;
  /** Path under the sample folder and on the local server (`/cable/2008/06/08ASTANA1147.html`). */
  localPath: string;
  /** The real mirror URL the page imitates, where the content script runs by itself; null for the generic page. */
  mirrorUrl: string | null;
  html: string;
}

// The banners a cable can carry, longest first so `UNCLASSIFIED//FOR OFFICIAL USE ONLY` is not cut after `//FOR`.
const BANNER = '(?:UNCLASSIFIED//FOR OFFICIAL USE ONLY|(?:UNCLASSIFIED|CONFIDENTIAL|SECRET)(?://NOFORN)?)';
// `08ASTANA1147 2008-06-18 06:29:00 UNCLASSIFIED//FOR OFFICIAL USE ONLY Embassy Astana`
const METADATA_LINE = new RegExp(
  String.raw`^(\d{2}[A-Z]+\d+) (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}):\d{2} (${BANNER}) (\S.*)$`,
);

/** The seed page's parts: its metadata line read into fields, and the cable body after the page's tool links. */
export function readSeed(text: string): { meta: Omit<CablegatePage, 'header' | 'body'>; body: string } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const fields = METADATA_LINE.exec(lines[1] ?? '');
  if (!fields) throw new Error(`seed: unexpected metadata line ${JSON.stringify(lines[1])}`);
  const [, id = '', date = '', time = '', classification = '', origin = ''] = fields;
  // Nav bar, metadata line, title line, blank lines, then the tools line ("how-to read a cable"); the body follows.
  let i = 3;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  const body = lines
    .slice(i + 1)
    .join('\n')
    .replace(/^\s*\n/, '');
  return {
    // The seed's page gives no subject and no release date; the viewer's own mass release date stands in.
    meta: {
      id,
      subject: '',
      created: `${date} ${time}`,
      released: '2011-08-30 01:44',
      classification,
      origin,
    },
    body,
  };
}

function indexPage(pages: SamplePage[]): string {
  const items = pages
    .map(
      (p) =>
        `<li><a href="${escapeHtml(p.localPath)}">${escapeHtml(p.title)}</a>${
          p.mirrorUrl ? ` (imitates <code>${escapeHtml(p.mirrorUrl)}</code>)` : ''
        }</li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Cable Reader sample pages</title></head>
<body>
<h1>Cable Reader sample pages</h1>
<p>Both pages hold the seed cable 08ASTANA1147. The Cablegate one shows the clean view at its mirror URL; on any
other host, click the Cable Reader toolbar button and "Enable on this site".</p>
<ul>
${items}
</ul>
</body></html>
`;
}

/** Builds the sample pages from the seed and writes them (and an index) under `dir`. */
export async function writeSamplePages(dir: string): Promise<SamplePage[]> {
  const seed = await readFile(seedPath, 'utf8');
  const { meta, body } = readSeed(seed);
  const [year, month] = meta.created.split('-');
  const cablegatePath = `/cable/${year}/${month}/${meta.id}.html`;
  const pages: SamplePage[] = [
    {
      name: 'cablegate',
      title: `${meta.id} in the Cablegate viewer's layout`,
      localPath: cablegatePath,
      mirrorUrl: `https://wikileaks.org${cablegatePath}`,
      html: cablegateLayout({ ...meta, header: null, body }),
    },
    {
      name: 'generic',
      title: `${meta.id} on an unknown mirror (the seed's own layout)`,
      localPath: `/mirror/${meta.id}.html`,
      mirrorUrl: null,
      html: seedSiteLayout(seed),
    },
  ];
  for (const p of pages) {
    const file = join(dir, p.localPath);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, p.html);
  }
  await writeFile(join(dir, 'index.html'), indexPage(pages));
  return pages;
}
