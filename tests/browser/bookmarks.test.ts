// Bookmarks and notes in Chromium, from the reader's side: bookmark a paragraph and write a note on one mirror's
// layout, see both in the popup, find the bookmark on another layout of the same cable, lose it and get it back
// (undo, export and import), keep it across a reload and a browser restart, read the saved copy with no network,
// and never let the mirror page's own scripts read a note or press our buttons.

import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../scripts/sample-pages';
import { cablegateLayout, plusdLayout } from '../fixtures/layouts';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension, snapshotBuild } from './fixture';
import { paragraphTop, readingEdge, waitForOutcome } from './view';

const skip = browserSkipReason('bookmarks');

const CABLE_ID = '08ASTANA1147';
const seed = readSeed(
  readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8'),
);
const SUBJECT = 'KAZAKHSTAN: INPUT FOR OSCE HUMAN DIMENSION DEMARCHES';
// One cable, two mirrors, two layouts: the Cablegate viewer and PlusD (which adds the subject).
const CABLEGATE_URL = `https://wikileaks.org/cable/2008/06/${CABLE_ID}.html`;
const CABLEGATE_HTML = cablegateLayout({ ...seed.meta, header: null, body: seed.body });
const PLUSD_URL = `https://wikileaks.org/plusd/cables/${CABLE_ID}_a.html`;
const PLUSD_HTML = plusdLayout({
  id: `${CABLE_ID}_a`,
  subject: SUBJECT,
  date: '2008 Jun 18, 06:29 (Wednesday)',
  classification: seed.meta.classification,
  from: 'Kazakhstan Astana',
  tags: ['PHUM - Human Rights', 'KZ - Kazakhstan'],
  header: '',
  body: seed.body,
});

// Written the way a reader might, markup included: it must stay text, and stay out of the mirror's page.
const NOTE_MARKER = 'zq7-private-note';
const NOTE = `Religion law: ask ODIHR for its June comments <b>${NOTE_MARKER}</b> & compare drafts.`;
const PARAGRAPH_4_START = 'We remain concerned about a package of amendments';

/** The in-view toggle of a paragraph. */
const bookmarkButton = (page: Page, label: string) =>
  page.getByRole('button', { name: `Bookmark paragraph ${label}`, exact: true });

async function expectPressed(page: Page, label: string, pressed: boolean): Promise<void> {
  await expect
    .poll(() => bookmarkButton(page, label).getAttribute('aria-pressed'), { timeout: 10_000 })
    .toBe(String(pressed));
}

/** Waits for the next tab the extension opens (notes page, saved copy) and returns it once loaded. */
async function nextPage(context: BrowserContext, open: () => Promise<unknown>): Promise<Page> {
  const [page] = await Promise.all([context.waitForEvent('page'), open()]);
  await page.waitForLoadState('domcontentloaded');
  return page;
}

/** Everything the page's main world can read: text and attributes of the DOM and every open shadow root. */
function mainWorldText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.attributes) out.push(attr.value);
        if (el.shadowRoot) {
          out.push(el.shadowRoot.textContent ?? '');
          visit(el.shadowRoot);
        }
      }
    };
    out.push(document.documentElement.textContent ?? '');
    visit(document);
    return out.join('\n');
  });
}

interface ExportedFile {
  exportedAt: string;
  bookmarks: unknown[];
  notes: { text: string }[];
}

/** True when the paragraph's top is at the top of the reading area: just below the view's slim bar, not under it. */
async function belowBar(page: Page, label: string): Promise<boolean> {
  const top = await paragraphTop(page, label);
  const edge = await readingEdge(page);
  return top !== null && top >= edge - 2 && top < edge + 40;
}

describe.skipIf(skip)('bookmarks and notes, in Chromium', () => {
  let extensionDir = '';
  let profileDir = '';
  let browser: ExtensionBrowser;
  let cableTab: { page: Page; tabId: number };

  async function launch(): Promise<void> {
    browser = await launchWithExtension({ extensionDir, userDataDir: profileDir });
    browser.serve(CABLEGATE_URL, CABLEGATE_HTML);
    browser.serve(PLUSD_URL, PLUSD_HTML);
  }

  async function openCable(url: string): Promise<Page> {
    const { page } = await browser.open(url);
    expect(await waitForOutcome(page)).toBe('ready');
    return page;
  }

  async function openPopup(): Promise<Page> {
    const { page } = await browser.open(browser.extensionUrl(`popup.html?tab=${cableTab.tabId}`));
    await page.getByRole('heading', { name: 'Bookmarks' }).waitFor();
    return page;
  }

  /** Downloads the JSON export from the popup into `file`; returns it parsed. */
  async function exportJson(file: string): Promise<ExportedFile> {
    const popup = await openPopup();
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await download.saveAs(file);
    await popup.close();
    return JSON.parse(readFileSync(file, 'utf8'));
  }

  beforeAll(async () => {
    // One copy of the build and one profile for the whole suite: a relaunch must find the same extension id
    // (derived from the unpacked folder's path) and the same IndexedDB.
    extensionDir = await snapshotBuild();
    profileDir = await mkdtemp(join(tmpdir(), 'cable-reader-bookmarks-'));
    await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await rm(profileDir, { recursive: true, force: true });
    await rm(extensionDir, { recursive: true, force: true });
  });

  it('bookmarks a paragraph in the clean view, and its notes page keeps a note', async () => {
    cableTab = await browser.openTab(CABLEGATE_URL);
    const { page } = cableTab;
    expect(await waitForOutcome(page)).toBe('ready');
    await expectPressed(page, '4', false);

    await bookmarkButton(page, '4').click();
    await expectPressed(page, '4', true);
    await expectPressed(page, '3', false);

    const notes = await nextPage(browser.context, () =>
      page.getByRole('button', { name: 'Notes on paragraph 4', exact: true }).click(),
    );
    expect(new URL(notes.url()).searchParams.get('cable')).toBe(CABLE_ID);
    await notes.getByRole('heading', { name: 'Notes on paragraph 4' }).waitFor();
    await expect.poll(() => notes.locator('blockquote').textContent()).toContain(PARAGRAPH_4_START);
    await notes.getByRole('textbox', { name: `New note on paragraph 4 of ${CABLE_ID}` }).fill(NOTE);
    await notes.getByRole('button', { name: 'Save note' }).click();
    // Shown as the text it is: the markup stays visible characters, no <b> element is made.
    await notes.getByText(NOTE, { exact: true }).waitFor();
    expect(await notes.locator('.bm-note-text b').count()).toBe(0);
    await notes.close();

    // The view learns that paragraph 4 has notes (a sign, not their text).
    await page.getByRole('button', { name: 'Notes on paragraph 4 (has notes)', exact: true }).waitFor();
  });

  it('lists the bookmark in the popup, grouped under its cable, with its quote and note', async () => {
    const popup = await openPopup();
    const group = popup.locator('.bm-group', { hasText: CABLE_ID });
    await group.waitFor();
    await expect.poll(() => group.locator('.bm-item').count()).toBe(1);
    const item = group.locator('.bm-item');
    expect(await item.locator('.bm-para').textContent()).toBe('¶4');
    expect(await item.locator('.bm-marking').textContent()).toBe('(SBU)');
    expect(await item.locator('.bm-quote').textContent()).toContain(PARAGRAPH_4_START);
    expect(await item.locator('.bm-note-text').textContent()).toBe(NOTE);
    expect(await group.locator('.bm-level').getAttribute('title')).toBe(seed.meta.classification);

    // Search as you type: a word of the note finds it, a word found nowhere finds nothing.
    const search = popup.getByRole('searchbox', { name: 'Search bookmarks and notes' });
    await search.fill(NOTE_MARKER);
    await expect.poll(() => popup.locator('.bm-count').textContent()).toBe('1 cable matches.');
    await search.fill('xylophone');
    await popup.getByText('Nothing matches “xylophone”.').waitFor();
    await search.fill('');
    await group.waitFor();

    // A bookmark made in a tab shows in the open popup at once; removed there, it goes from the popup too.
    await bookmarkButton(cableTab.page, '6').click();
    await group.locator('.bm-para', { hasText: '¶6' }).waitFor();
    await bookmarkButton(cableTab.page, '6').click();
    await expect.poll(() => group.locator('.bm-item').count()).toBe(1);

    // Open: the popup's tab shows this cable, so it is taken to paragraph 4, which flashes.
    await cableTab.page.evaluate(() => window.scrollTo(0, 0));
    await popup.getByRole('button', { name: `Open paragraph 4 of ${CABLE_ID}`, exact: true }).click();
    await expect.poll(() => belowBar(cableTab.page, '4')).toBe(true);
    const flashing = await cableTab.page.evaluate(
      () =>
        document
          .querySelector('cable-reader-view')
          ?.shadowRoot?.querySelector('[data-para="4"]')
          ?.getAnimations().length ?? 0,
    );
    expect(flashing).toBeGreaterThan(0);
    await popup.close();

    // From a popup whose tab shows another page, Open goes to the last mirror page that showed the cable.
    const { page: elsewhere } = await browser.open(browser.extensionUrl('popup.html'));
    const opened = await nextPage(browser.context, () =>
      elsewhere.getByRole('button', { name: `Open paragraph 4 of ${CABLE_ID}`, exact: true }).click(),
    );
    // A tab the extension opens may report a transient address first; wait for the real one.
    await opened.waitForURL(`${CABLEGATE_URL}#par4`, { waitUntil: 'domcontentloaded' });
    expect(await waitForOutcome(opened)).toBe('ready');
    await expect.poll(() => belowBar(opened, '4')).toBe(true);
    await opened.close();
    await elsewhere.close();
  });

  it('finds the bookmark on the same cable in another layout, and a popup delete reaches every open tab', async () => {
    const plusd = await openCable(PLUSD_URL);
    await expectPressed(plusd, '4', true);
    await plusd.getByRole('button', { name: 'Notes on paragraph 4 (has notes)', exact: true }).waitFor();
    // The page cannot see the notes, so it cannot drop them: removing that bookmark is the popup's job.
    await bookmarkButton(plusd, '4').click();
    await plusd.getByRole('alert').filter({ hasText: 'This bookmark has notes' }).waitFor();
    await expectPressed(plusd, '4', true);

    const popup = await openPopup();
    await popup
      .getByRole('button', { name: `Delete the bookmark on paragraph 4 of ${CABLE_ID}`, exact: true })
      .click();
    await expectPressed(plusd, '4', false);
    await expectPressed(cableTab.page, '4', false);
    await popup.getByText('No bookmarks yet').waitFor();

    await popup.getByRole('button', { name: 'Undo' }).click();
    await expectPressed(plusd, '4', true);
    await expectPressed(cableTab.page, '4', true);
    await popup.getByText(NOTE, { exact: true }).waitFor();
    await popup.close();
    await plusd.close();
  });

  it('ignores clicks that the page’s own scripts fake on our buttons', async () => {
    const { page } = cableTab;
    await page.evaluate(() => {
      const root = document.querySelector('cable-reader-view')?.shadowRoot;
      const button = root?.querySelector<HTMLButtonElement>('[aria-label="Bookmark paragraph 2"]');
      if (!button) throw new Error('no bookmark button for paragraph 2 in the open shadow root');
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      root?.querySelector<HTMLButtonElement>('[aria-label="Notes on paragraph 2"]')?.click();
    });
    // Let a request that should not exist have time to land.
    await page.waitForTimeout(500);
    await expectPressed(page, '2', false);
    expect(browser.context.pages().some((p) => p.url().includes('notes.html'))).toBe(false);
  });

  it('never lets the mirror page’s main world read a note', async () => {
    const { page } = cableTab;
    const readable = await mainWorldText(page);
    // The walk does reach into our view (so the check can fail): it sees the toggle and the notes sign.
    expect(readable).toContain('Bookmark paragraph 4');
    expect(readable).toContain('Notes on paragraph 4 (has notes)');
    expect(readable).not.toContain(NOTE_MARKER);
  });

  it('keeps the bookmark and note across a reload and a browser restart on the same profile', async () => {
    await cableTab.page.reload();
    expect(await waitForOutcome(cableTab.page)).toBe('ready');
    await expectPressed(cableTab.page, '4', true);

    await browser.close().catch(() => undefined);
    // close() removes only folders the fixture made itself: the profile and the build copy are this suite's.
    await launch();
    const plusd = await openCable(PLUSD_URL);
    await expectPressed(plusd, '4', true);
    await plusd.getByRole('button', { name: 'Notes on paragraph 4 (has notes)', exact: true }).waitFor();
    cableTab = await browser.openTab(CABLEGATE_URL);
    expect(await waitForOutcome(cableTab.page)).toBe('ready');
    const popup = await openPopup();
    await popup.getByText(NOTE, { exact: true }).waitFor();
    await popup.close();
  });

  it('exports JSON, and the backup page re-imports it after the bookmark is gone', async () => {
    const file = join(profileDir, 'backup.json');
    const first = await exportJson(file);
    expect(first.bookmarks).toHaveLength(1);
    expect(first.notes.map((n) => n.text)).toEqual([NOTE]);

    const popup = await openPopup();
    await popup
      .getByRole('button', { name: `Delete the bookmark on paragraph 4 of ${CABLE_ID}`, exact: true })
      .click();
    await popup.getByText('No bookmarks yet').waitFor();
    await expectPressed(cableTab.page, '4', false);

    const { page: manage } = await browser.open(browser.extensionUrl('manage.html'));
    await manage.getByLabel('Import a JSON backup…').setInputFiles(file);
    await manage.getByText(/^Imported backup\.json: .*1 bookmark added.*1 note added/).waitFor();
    await expectPressed(cableTab.page, '4', true);
    await popup.getByText(NOTE, { exact: true }).waitFor();

    // A file that is not a backup is refused whole, and says why.
    const bad = join(profileDir, 'not-a-backup.json');
    await writeFile(bad, JSON.stringify({ format: 'something-else', version: 1 }));
    await manage.getByLabel('Import a JSON backup…').setInputFiles(bad);
    await manage.getByRole('alert').getByText('Nothing was changed.').waitFor();
    await manage.close();

    // Export, import, export: the same file but for the time of export.
    const second = await exportJson(join(profileDir, 'backup-2.json'));
    expect({ ...second, exportedAt: null }).toEqual({ ...first, exportedAt: null });
    await popup.close();
  });

  it('opens the saved copy from the popup with no network at all', async () => {
    const requests: string[] = [];
    // Ahead of the fixture's routes: every web request fails, served pages included.
    const offline = (route: Route) => {
      if (!/^https?:/.test(route.request().url())) return route.fallback();
      requests.push(route.request().url());
      return route.abort('internetdisconnected');
    };
    await browser.context.route('**/*', offline);
    await browser.context.setOffline(true);
    try {
      const popup = await openPopup();
      const library = await nextPage(browser.context, () =>
        popup
          .getByRole('button', { name: `Read paragraph 4 of ${CABLE_ID} in the saved copy`, exact: true })
          .click(),
      );
      expect(library.url()).toBe(browser.extensionUrl(`library.html?cable=${CABLE_ID}#par4`));
      await library.getByText(`Saved copy of ${CABLE_ID}`).waitFor();
      await expect
        .poll(() =>
          library.locator('[data-para]').evaluateAll((els) => els.map((el) => el.getAttribute('data-para'))),
        )
        .toEqual(['1', '2', '3', '4', '5', '6', '7']);
      await expectPressed(library, '4', true);
      await expectPressed(library, '5', false);
      expect(await library.locator('#par4').textContent()).toContain(PARAGRAPH_4_START);
      // Bookmarks can be made and removed (with undo) in the saved copy too, still offline.
      await bookmarkButton(library, '5').click();
      await expectPressed(library, '5', true);
      await bookmarkButton(library, '5').click();
      await expectPressed(library, '5', false);
      await library.getByText('Removed the bookmark on paragraph 5.').waitFor();
      await library.getByRole('button', { name: 'Undo' }).click();
      await expectPressed(library, '5', true);
      expect(requests).toEqual([]);
      await library.close();
      await popup.close();
    } finally {
      await browser.context.setOffline(false);
      await browser.context.unroute('**/*', offline);
    }
  });
});
