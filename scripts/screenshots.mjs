// Writes the README's screenshots: the clean view of a long multi-page cable (06MOSCOW5645 from the corpus, at its
// mirror URL) in light and dark, and the popup for that tab. Needs Chromium, the Chrome build and the corpus.
// Usage: node scripts/screenshots.mjs [output folder, default docs/screenshots]
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const CABLE = '06MOSCOW5645';
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.argv[2] ?? join(root, 'docs/screenshots'));

const fixture = await tsImport('../tests/browser/fixture.ts', import.meta.url);
const { corpusPages } = await tsImport('../tests/bench/browser/pages.ts', import.meta.url);
const { corpusDir } = await tsImport('../tests/corpus.ts', import.meta.url);

const missing = fixture.browserSkipReason('screenshots');
if (missing) process.exit(1);
if (!existsSync(join(corpusDir, 'README.md'))) {
  console.error(`screenshots: no corpus at ${corpusDir} (set CABLE_CORPUS).`);
  process.exit(1);
}
const cable = corpusPages().find((p) => p.id === CABLE);
if (!cable) {
  console.error(`screenshots: ${CABLE} is not in the corpus.`);
  process.exit(1);
}

async function waitReady(page) {
  await page.waitForFunction(() => performance.getEntriesByName('cable-reader:ready').length > 0, null, {
    timeout: 20_000,
  });
}

await mkdir(outDir, { recursive: true });
const browser = await fixture.launchWithExtension();
const written = [];
try {
  browser.serve(cable.mirrorUrl, cable.html);
  for (const scheme of ['light', 'dark']) {
    const { page, tabId } = await browser.openTab(cable.mirrorUrl);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 1000 });
    await waitReady(page);
    // A background tab gets no rendering updates, so sections drawn with content-visibility: auto would stay blank.
    await page.bringToFront();
    await page.waitForFunction(() => performance.getEntriesByName('cable-reader:complete').length > 0, null, {
      timeout: 20_000,
    });
    // The view's own web font and layout settle after the ready mark (which does not wait for paint).
    await page.evaluate(() => document.fonts.ready);
    // Without the mirror's stylesheet (no network here) its sidebar stacks above the cable: start at the view.
    await page.locator('cable-reader-view').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    // Sections scrolled into view are found visible at the next rendering update: let two frames pass.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
    );
    const viewFile = join(outDir, `clean-view-${scheme}.png`);
    await page.screenshot({ path: viewFile });
    written.push(viewFile);

    const popup = await browser.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    await popup.getByRole('button', { name: 'Show original page' }).waitFor();
    const popupFile = join(outDir, `popup-${scheme}.png`);
    await popup.locator('main').screenshot({ path: popupFile });
    written.push(popupFile);
    await popup.close();
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Screenshots of ${CABLE} and the popup:\n${written.map((f) => `  ${f}`).join('\n')}`);
