// Backups past Chrome's 64 MiB message cap, in Chromium, through the real message path: a library of 3,000 saved
// cables (the corpus's real cables repeated under distinct ids, a long note on each) is imported through the backup page's file picker,
// and the page's "Export JSON" downloads it whole again. One test in its own file: it is the slow one.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCable } from '../../lib/cable/parse';
import { hasCorpus } from '../corpus';
import { everyCorpusInput } from '../corpus/inputs';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension } from './fixture';

const skip = browserSkipReason('64 MiB backup') ?? (hasCorpus() ? null : 'no corpus');

const CABLES = 3_000;
const MESSAGE_CAP = 64 * 1024 * 1024;
const TIME = '2024-05-01T12:00:00.000Z';

/** A reader's long note on a whole cable (10,000 characters), the same on each, so the file passes the cap. */
const NOTE = 'Compare with the embassy’s earlier reporting; follow up with the desk. '
  .repeat(140)
  .slice(0, 10_000);

/**
 * An export file of CABLES saved cables, the corpus cables in turn, each under an id of its own and with one long
 * note: about 73 MB, past the cap one runtime message has.
 */
function generatedLibrary(): string {
  const documents = everyCorpusInput().map((input) => {
    const pageId = input.name.split('/').at(-1) as string;
    return parseCable({ ...input.raw, pageMeta: { id: pageId, ...input.raw.pageMeta } });
  });
  const cables = Array.from({ length: CABLES }, (_, i) => {
    const source = documents[i % documents.length];
    const prefix = /^\d{2}[A-Z]+/.exec(source?.id ?? '')?.[0] ?? '08ASTANA';
    const id = `${prefix}${100_000 + i}`;
    const document = { ...source, id };
    return {
      id,
      subject: document.meta?.subject ?? null,
      classification: null,
      level: null,
      origin: null,
      date: null,
      urls: [{ url: `https://wikileaks.org/cable/${id}.html`, site: 'cablegate', lastSeen: TIME }],
      updatedAt: TIME,
      saved: { savedAt: TIME, document },
    };
  });
  cables.sort((a, b) => (a.id < b.id ? -1 : 1));
  const notes = cables.map((cable, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    bookmarkId: null,
    cableId: cable.id,
    text: NOTE,
    tags: [],
    createdAt: TIME,
    updatedAt: TIME,
  }));
  const file = { format: 'cable-reader-export', version: 1, exportedAt: TIME, cables, bookmarks: [], notes };
  return JSON.stringify(file);
}

describe.skipIf(skip)('a backup past 64 MiB, in Chromium', () => {
  let browser: ExtensionBrowser | undefined;
  let dir = '';

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it(`imports ${CABLES.toLocaleString('en')} saved cables through the backup page and exports them whole`, async () => {
    const text = generatedLibrary();
    expect(text.length).toBeGreaterThan(MESSAGE_CAP);
    dir = await mkdtemp(join(tmpdir(), 'cable-reader-64mib-'));
    const path = join(dir, 'library.json');
    await writeFile(path, text);

    browser = await launchWithExtension();
    const { page } = await browser.open(browser.extensionUrl('manage.html'));
    await page.getByLabel('Import a JSON backup…').setInputFiles(path);
    await page
      .getByText(
        `Imported library.json: ${CABLES.toLocaleString('en')} cables added, ${CABLES.toLocaleString('en')} notes added.`,
        { exact: true },
      )
      .waitFor({ timeout: 150_000 });

    const download = page.waitForEvent('download', { timeout: 150_000 });
    await page.getByRole('button', { name: 'Export JSON', exact: true }).click();
    const saved = join(dir, 'export.json');
    await (await download).saveAs(saved);
    const exported = JSON.parse(await readFile(saved, 'utf8')) as {
      cables: { id: string; saved: unknown }[];
      notes: { text: string }[];
    };
    expect(exported.cables).toHaveLength(CABLES);
    expect(exported.notes.filter((n) => n.text === NOTE)).toHaveLength(CABLES);
    expect(exported.cables.every((c) => c.saved !== null)).toBe(true);
    expect((await readFile(saved)).length).toBeGreaterThan(MESSAGE_CAP);
  }, 300_000);
});
