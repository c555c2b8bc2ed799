// `npm run screenshots:reading`: the reading surface at each width (390, 800, 1280, 1920 px) in each theme (light,
// dark, sepia), made from the seed cable in the Cablegate viewer's layout at its mirror address, in Chromium with
// the Chrome build, into docs/screenshots (or the folder given). Only the seed ships: no corpus text is pictured.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.argv[2] ?? join(root, 'docs/screenshots'));
const SEED_URL = 'https://wikileaks.org/cable/2008/06/08ASTANA1147.html';
// A phone, a small laptop's window, a laptop, a desktop: each at a height such a screen shows.
const SIZES = [
  { width: 390, height: 844 },
  { width: 800, height: 800 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
// The names the reading settings give the themes (their radio buttons).
const THEMES = { light: 'Light', dark: 'Dark', sepia: 'Sepia' };

const fixture = await tsImport('../tests/browser/fixture.ts', import.meta.url);
const { readSeed } = await tsImport('./sample-pages.ts', import.meta.url);
const { cablegateLayout } = await tsImport('../tests/fixtures/layouts.ts', import.meta.url);
if (fixture.browserSkipReason('reading screenshots')) process.exit(1);

const seed = readSeed(await readFile(join(root, 'assets/seed/08ASTANA1147.txt'), 'utf8'));
const seedHtml = cablegateLayout({ ...seed.meta, header: null, body: seed.body });

/** Waits for the whole cable and its fonts, then for two frames (sections scrolled into view paint on the next). */
async function settle(page) {
  await page.waitForFunction(() => performance.getEntriesByName('cable-reader:complete').length > 0, null, {
    timeout: 20_000,
  });
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Picks a theme in the view's own reading settings, as a reader does, and closes the panel. */
async function pickTheme(page, name) {
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByRole('radio', { name, exact: true }).check();
  await page.keyboard.press('Escape');
}

await mkdir(outDir, { recursive: true });
const browser = await fixture.launchWithExtension();
const written = [];
try {
  browser.serve(SEED_URL, seedHtml);
  const { page } = await browser.open(SEED_URL);
  await page.bringToFront();
  await settle(page);
  for (const [theme, name] of Object.entries(THEMES)) {
    await pickTheme(page, name);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.evaluate(() => window.scrollTo(0, 0));
      await settle(page);
      const file = join(outDir, `reading-${size.width}-${theme}.png`);
      await writeFile(file, await page.screenshot());
      written.push(file);
    }
  }
  await pickTheme(page, 'Follow the system');
} finally {
  await browser.close();
}
const sizes = await Promise.all(
  written.map(async (f) => `  ${f} (${Math.round((await stat(f)).size / 1024)} KB)`),
);
console.log(`Reading-surface screenshots of the seed cable:\n${sizes.join('\n')}`);
