// `npm run screenshots`: the store's pictures of real use, made from the seed cable at its mirror address in
// Chromium with the Chrome build: the clean view light and dark, the popup over it, notes on a paragraph, the view
// at phone width (1280x800 each) and the 440x280 promotional tile, into docs/store/screenshots (or the folder given).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.argv[2] ?? join(root, 'docs/store/screenshots'));
const SEED_URL = 'https://wikileaks.org/cable/2008/06/08ASTANA1147.html';
const SIZE = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 800 };

const fixture = await tsImport('../tests/browser/fixture.ts', import.meta.url);
const { readSeed } = await tsImport('./sample-pages.ts', import.meta.url);
const { cablegateLayout } = await tsImport('../tests/fixtures/layouts.ts', import.meta.url);
if (fixture.browserSkipReason('screenshots')) process.exit(1);

const seed = readSeed(await readFile(join(root, 'assets/seed/08ASTANA1147.txt'), 'utf8'));
const seedHtml = cablegateLayout({ ...seed.meta, header: null, body: seed.body });
const written = [];

async function settle(page) {
  await page.waitForFunction(() => performance.getEntriesByName('cable-reader:complete').length > 0, null, {
    timeout: 20_000,
  });
  await page.evaluate(() => document.fonts.ready);
  // Without the mirror's stylesheet (no network here) its frame stacks above the cable: start at the view.
  await page.locator('cable-reader-view').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  // Sections scrolled into view are found visible at the next rendering update: let two frames pass.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function save(name, bytes) {
  const file = join(outDir, name);
  await writeFile(file, bytes);
  written.push(file);
}

/** One picture from HTML (a composite of shots, or the tile), `size` CSS pixels at 1x. */
async function compose(browser, name, size, html) {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.setContent(`<!doctype html><body style="margin:0">${html}</body>`);
  await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  await save(name, await page.screenshot());
  await page.close();
}

const png = (bytes) => `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;

await mkdir(outDir, { recursive: true });
const browser = await fixture.launchWithExtension();
try {
  browser.serve(SEED_URL, seedHtml);
  const { page, tabId } = await browser.openTab(SEED_URL);
  await page.setViewportSize(SIZE);
  await page.bringToFront();
  await settle(page);
  // A reader's traces: two bookmarked paragraphs, a note on one of them.
  for (const label of ['2', '4']) {
    await page.getByRole('button', { name: `Bookmark paragraph ${label}`, exact: true }).click();
  }
  const list = await browser.request('bookmark.list', { offset: 0, limit: 10 }).catch(() => null);
  const bookmarkId = list?.groups?.[0]?.bookmarks?.find((b) => b.blockKey === '2')?.id ?? null;
  await browser.request('note.add', {
    cableId: '08ASTANA1147',
    bookmarkId,
    text: 'Tender reopened after the audit: ask the ministry who sat on the commission.',
  });
  await settle(page);

  const shots = {};
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await settle(page);
    shots[scheme] = await page.screenshot();
    await save(`clean-view-${scheme}.png`, shots[scheme]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.getByRole('button', { name: 'Show original page' }).waitFor();
  await popup.getByText('Tender reopened').first().waitFor();
  const popupShot = await popup.screenshot();
  await popup.close();
  await compose(
    browser,
    'popup.png',
    SIZE,
    `<div style="position:relative;width:1280px;height:800px;overflow:hidden">
      <img src="${png(shots.light)}" style="position:absolute;inset:0;filter:brightness(0.92)">
      <img src="${png(popupShot)}" style="position:absolute;top:8px;right:16px;border-radius:8px;
        box-shadow:0 6px 28px rgba(0,0,0,.35);border:1px solid rgba(0,0,0,.2)">
    </div>`,
  );

  // The notes panel beside the clean view (an extension frame), opened from the reading bar's Notes control.
  await page.bringToFront();
  const notesButton = page.locator('.cr-bar .cr-tool-notes');
  // Bookmarking a paragraph may already have opened it.
  if ((await notesButton.getAttribute('aria-expanded')) !== 'true') await notesButton.click();
  const panelFrame = async () => {
    for (let tries = 0; tries < 100; tries++) {
      const frame = page.frames().find((f) => f.url().includes('/notes-panel.html'));
      if (frame) return frame;
      await page.waitForTimeout(100);
    }
    throw new Error('screenshots: the notes panel did not open');
  };
  await (await panelFrame()).getByText('Tender reopened').first().waitFor();
  await settle(page);
  await save('notes.png', await page.screenshot());
  await (await panelFrame()).getByRole('button', { name: 'Close the notes panel' }).click();

  await page.setViewportSize(PHONE);
  await settle(page);
  const phoneShot = await page.screenshot();
  await page.emulateMedia({ colorScheme: 'dark' });
  await settle(page);
  const phoneDark = await page.screenshot();
  const phoneFrame = (bytes) =>
    `<img src="${png(bytes)}" style="width:351px;height:720px;border-radius:26px;border:9px solid #111;
      box-shadow:0 8px 30px rgba(0,0,0,.3)">`;
  await compose(
    browser,
    'phone.png',
    SIZE,
    `<div style="width:1280px;height:800px;background:#dfe6ee;display:flex;gap:72px;justify-content:center;
      align-items:center">${phoneFrame(phoneShot)}${phoneFrame(phoneDark)}</div>`,
  );
  await page.close();

  const icon = await readFile(join(fixture.chromeBuildDir, 'icons/128.png'));
  await compose(
    browser,
    'promo-tile.png',
    { width: 440, height: 280 },
    `<div style="width:440px;height:280px;box-sizing:border-box;padding:34px 30px;background:#1c5d99;color:#fff;
      font:16px/1.35 system-ui,sans-serif;display:flex;flex-direction:column;justify-content:center;gap:14px">
      <div style="display:flex;align-items:center;gap:16px"><img src="${png(icon)}" width="72" height="72">
      <span style="font-size:34px;font-weight:700;letter-spacing:-0.5px">Cable Reader</span></div>
      <div style="font-size:19px;font-weight:600">The leaked diplomatic cables, clean on the page.</div>
      <div style="opacity:.85">Page breaks gone, paragraphs numbered, markings explained; bookmarks and notes kept
      in your browser.</div></div>`,
  );
} finally {
  await browser.close();
}
console.log(`Store screenshots of the seed cable:\n${written.map((f) => `  ${f}`).join('\n')}`);
