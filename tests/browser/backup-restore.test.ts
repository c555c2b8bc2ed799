// Full backup and restore across browser profiles, in Chromium: a reader's bookmarks and notes on two cables in
// profile A are exported as JSON by the extension, imported into a fresh profile B (another user-data-dir, another
// copy of the extension) through the backup page's file picker, and everything is there: the same listing, the
// same export, the marks on the cable pages, the saved copies; importing the file again changes nothing.

import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { readSeed } from '../../scripts/sample-pages';
import { cablegateLayout, plusdLayout } from '../fixtures/layouts';
import { SAMPLE_ID, SAMPLE_PLUSD_PAGE } from '../fixtures/sample-cable';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension } from './fixture';
import { waitForOutcome } from './view';

/** The extension API as extension pages see it (module-scoped). */
declare const chrome: typeof Browser;

const skip = browserSkipReason('backup and restore');

const SEED_ID = '08ASTANA1147';
const seed = readSeed(
  readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8'),
);
const SEED_URL = `https://wikileaks.org/cable/2008/06/${SEED_ID}.html`;
const SEED_HTML = cablegateLayout({ ...seed.meta, header: null, body: seed.body });
const SAMPLE_URL = `https://wikileaks.org/plusd/cables/${SAMPLE_ID}_a.html`;
const SAMPLE_HTML = plusdLayout(SAMPLE_PLUSD_PAGE);

// Notes as readers write them: several lines, markup-like text, quotes, non-Latin script and emoji.
const NOTES = {
  seed4: 'Religion law, second reading.\nAsk ODIHR: <b>compare</b> drafts & "amendments".',
  seed4b: 'Follow-up: Казахстан — OSCE chair 2010 ✓',
  seedCable: 'Whole cable: cite in chapter 3.',
  sample3: 'Tender documents: who withdrew? 🔍',
} as const;

interface StoreResult {
  ok: boolean;
  value?: unknown;
  error?: { kind: string; message: string };
}

interface GroupPage {
  total: number;
  groups: {
    cable: { id: string; saved: boolean };
    bookmarks: { id: string; blockKey: string; notes: { text: string }[] }[];
    cableNotes: { text: string }[];
  }[];
}

interface ImportReport {
  cables: { added: number; updated: number; unchanged: number };
  bookmarks: { added: number; updated: number; unchanged: number };
  notes: { added: number; updated: number; unchanged: number };
}

/** One browser profile with the extension, and an extension page to talk to its background from. */
interface Profile {
  browser: ExtensionBrowser;
  dir: string;
  extensionPage: Page;
  ask<T>(message: unknown): Promise<T>;
}

async function openProfile(): Promise<Profile> {
  const dir = await mkdtemp(join(tmpdir(), 'cable-reader-profile-'));
  const browser = await launchWithExtension({ userDataDir: dir });
  browser.serve(SEED_URL, SEED_HTML);
  browser.serve(SAMPLE_URL, SAMPLE_HTML);
  const { page: extensionPage } = await browser.open(browser.extensionUrl('popup.html'));
  return {
    browser,
    dir,
    extensionPage,
    async ask<T>(message: unknown): Promise<T> {
      const result = (await extensionPage.evaluate(
        (m) => chrome.runtime.sendMessage(m),
        message,
      )) as StoreResult;
      if (!result?.ok) throw new Error(`${JSON.stringify(message)} failed: ${JSON.stringify(result)}`);
      return result.value as T;
    },
  };
}

async function closeProfile(profile: Profile | undefined): Promise<void> {
  if (!profile) return;
  await profile.browser.close();
  // The fixture keeps a profile folder it was given: this suite made it.
  await rm(profile.dir, { recursive: true, force: true });
}

/** The view's toggle of a paragraph, waited for in the given state. */
async function expectPressed(page: Page, label: string, pressed: boolean): Promise<void> {
  await page
    .locator(`cable-reader-view button[aria-label="Bookmark paragraph ${label}"][aria-pressed="${pressed}"]`)
    .waitFor({ timeout: 10_000 });
}

async function openCable(profile: Profile, url: string): Promise<Page> {
  const { page } = await profile.browser.open(url);
  await page.bringToFront();
  expect(await waitForOutcome(page)).toBe('ready');
  return page;
}

/** A bookmark made as a reader makes it: a real click on the paragraph's toggle. */
async function bookmark(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: `Bookmark paragraph ${label}`, exact: true }).click();
  await expectPressed(page, label, true);
}

/** The export file without its time of export (everything else must come back as it was). */
function contents(text: string): unknown {
  const { exportedAt: _, ...rest } = JSON.parse(text) as { exportedAt: string };
  return rest;
}

describe.skipIf(skip)('full backup and restore into a fresh browser profile, in Chromium', () => {
  let a: Profile | undefined;
  let b: Profile | undefined;

  afterAll(async () => {
    await closeProfile(a);
    await closeProfile(b);
  });

  it('restores every bookmark, note and saved copy, and a second import changes nothing', async () => {
    // Profile A: the reader's work on two cables, on two mirror layouts.
    a = await openProfile();
    const seedPage = await openCable(a, SEED_URL);
    await bookmark(seedPage, '2');
    await bookmark(seedPage, '4');
    const samplePage = await openCable(a, SAMPLE_URL);
    await bookmark(samplePage, '3');

    const listA = await a.ask<GroupPage>({ name: 'bookmark.list', data: {} });
    const idOf = (cableId: string, key: string) =>
      listA.groups.find((g) => g.cable.id === cableId)?.bookmarks.find((x) => x.blockKey === key)?.id;
    const seed4 = idOf(SEED_ID, '4');
    const sample3 = idOf(SAMPLE_ID, '3');
    expect(seed4 && sample3, 'bookmarks made by clicking are listed').toBeTruthy();
    await a.ask({ name: 'note.add', data: { cableId: SEED_ID, bookmarkId: seed4, text: NOTES.seed4 } });
    await a.ask({ name: 'note.add', data: { cableId: SEED_ID, bookmarkId: seed4, text: NOTES.seed4b } });
    await a.ask({ name: 'note.add', data: { cableId: SEED_ID, bookmarkId: null, text: NOTES.seedCable } });
    await a.ask({ name: 'note.add', data: { cableId: SAMPLE_ID, bookmarkId: sample3, text: NOTES.sample3 } });

    const fullA = await a.ask<GroupPage>({ name: 'bookmark.list', data: {} });
    const exportA = await a.ask<{ fileName: string; text: string }>({
      name: 'backup.export',
      data: { format: 'json' },
    });
    expect(exportA.fileName).toMatch(/\.json$/);
    const fileA = JSON.parse(exportA.text) as { bookmarks: unknown[]; notes: { text: string }[] };
    expect(fileA.bookmarks).toHaveLength(3);
    expect(fileA.notes.map((n) => n.text).sort()).toEqual(Object.values(NOTES).sort());
    await closeProfile(a);
    a = undefined;

    // Profile B: a fresh user-data-dir and its own copy of the extension, empty until the import.
    b = await openProfile();
    expect((await b.ask<GroupPage>({ name: 'bookmark.list', data: {} })).total).toBe(0);
    const { page: manage } = await b.browser.open(b.browser.extensionUrl('manage.html'));
    await manage.getByLabel('Import a JSON backup…').setInputFiles({
      name: exportA.fileName,
      mimeType: 'application/json',
      buffer: Buffer.from(exportA.text, 'utf8'),
    });
    await manage
      .getByText(`Imported ${exportA.fileName}: 2 cables added, 3 bookmarks added, 4 notes added.`, {
        exact: true,
      })
      .waitFor({ timeout: 15_000 });

    // Everything is there: the same listing and the same export (but for its time).
    expect(await b.ask<GroupPage>({ name: 'bookmark.list', data: {} })).toEqual(fullA);
    const exportB = await b.ask<{ text: string }>({ name: 'backup.export', data: { format: 'json' } });
    expect(contents(exportB.text)).toEqual(contents(exportA.text));
    const markdown = await b.ask<{ text: string }>({ name: 'backup.export', data: { format: 'markdown' } });
    // Markdown escapes what would be markup (`<b>`); each note's first line is plain text.
    for (const note of Object.values(NOTES)) expect(markdown.text).toContain(note.split('\n')[0]);

    // On the cable pages of profile B, the paragraphs show their bookmarks and the sign of notes.
    const seedB = await openCable(b, SEED_URL);
    await expectPressed(seedB, '2', true);
    await expectPressed(seedB, '4', true);
    await expectPressed(seedB, '3', false);
    await seedB.getByRole('button', { name: 'Notes on paragraph 4 (has notes)', exact: true }).waitFor();
    const sampleB = await openCable(b, SAMPLE_URL);
    await expectPressed(sampleB, '3', true);
    await sampleB.getByRole('button', { name: 'Notes on paragraph 3 (has notes)', exact: true }).waitFor();

    // The saved copies came along: the offline reader shows each cable with its bookmarks.
    for (const [cableId, marked] of [
      [SEED_ID, ['2', '4']],
      [SAMPLE_ID, ['3']],
    ] as const) {
      const { page: library } = await b.browser.open(
        b.browser.extensionUrl(`library.html?cable=${encodeURIComponent(cableId)}`),
      );
      await library.getByText(`Saved copy of ${cableId}`).waitFor();
      for (const label of marked) {
        await library
          .locator(`button[aria-label="Bookmark paragraph ${label}"][aria-pressed="true"]`)
          .waitFor();
      }
      await library.close();
    }

    // The same file again, through the import message: nothing added or updated, nothing lost. (Seeing the
    // cables again above moved their last-seen times: those are compared from here.)
    const listB = await b.ask<GroupPage>({ name: 'bookmark.list', data: {} });
    const { report: again } = await b.ask<{ report: ImportReport }>({
      name: 'backup.import',
      data: { text: exportA.text },
    });
    for (const counts of [again.cables, again.bookmarks, again.notes]) {
      expect(counts.added + counts.updated).toBe(0);
    }
    expect(again.bookmarks.unchanged).toBe(3);
    expect(again.notes.unchanged).toBe(4);
    expect(await b.ask<GroupPage>({ name: 'bookmark.list', data: {} })).toEqual(listB);
  });
});
