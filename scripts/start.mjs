// `npm start`: builds the extension and opens it on sample pages made from the seed cable (a Cablegate-style page
// at its mirror URL and a generic mirror page served from 127.0.0.1). Headed Chromium where a display exists;
// headless elsewhere, writing screenshots of the clean view; without Chromium, how to get it and how to load the
// build by hand. Works as the first command on a fresh clone: installs the dependencies first when they are missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { ensureDependencies } from './bootstrap.mjs';

ensureDependencies('start');
// tsx comes with the dependencies just checked.
const { tsImport } = await import('tsx/esm/api');

const root = resolve(import.meta.dirname, '..');
const buildDir = join(root, '.output/chrome-mv3');
const samplesDir = join(root, '.output/sample-pages');
const shotsDir = join(samplesDir, 'screenshots');
const buildLock = '/tmp/wxt-build.lock';

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Builds through the shared build lock when flock exists, so parallel builds never interleave in .output/. */
function build() {
  const [cmd, args] = hasCommand('flock')
    ? ['flock', [buildLock, 'npx', 'wxt', 'build']]
    : ['npx', ['wxt', 'build']];
  console.log(`> ${cmd} ${args.join(' ')}`);
  const run = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0 || !existsSync(join(buildDir, 'manifest.json'))) {
    console.error('npm start: the extension build failed (see above).');
    process.exit(run.status || 1);
  }
}

/** Serves .output/sample-pages on 127.0.0.1 (a free port); resolves to its origin. */
function serveSamples() {
  const types = { '.html': 'text/html; charset=utf-8', '.png': 'image/png' };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(samplesDir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(samplesDir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () =>
      done({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    );
  });
}

/** $CHROMIUM when set (and only it), else a Chromium at its usual places. Branded Chrome ignores --load-extension. */
function findChromium() {
  const candidates = process.env.CHROMIUM
    ? [process.env.CHROMIUM]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
  return candidates.find((p) => existsSync(p)) ?? null;
}

function printManual(pages, origin) {
  console.log(`
No Chromium found, so npm start cannot open it for you. Get it with your package manager (Debian, Ubuntu:
\`sudo apt-get install chromium\`), or set CHROMIUM to a Chromium binary, and run npm start again.
The extension is built all the same. To try Cable Reader by hand in Chromium or Chrome:
  1. Open chrome://extensions in Chromium or Chrome and switch on "Developer mode" (top right).
  2. Click "Load unpacked" and choose ${buildDir}
  3. Open the sample pages served here (Ctrl-C stops the server):
${pages.map((p) => `       ${origin}${p.localPath}   (${p.title})`).join('\n')}
     These are on 127.0.0.1, not a known mirror: click the Cable Reader toolbar button and "Enable on this site".
     On a real mirror page, such as ${pages.find((p) => p.mirrorUrl)?.mirrorUrl ?? 'https://wikileaks.org/cable/...'},
     the clean view shows by itself.`);
}

async function runHeaded(fixture, pages, origin) {
  const browser = await fixture.launchWithExtension({ headed: true, online: true });
  for (const p of pages) {
    if (p.mirrorUrl) browser.serve(p.mirrorUrl, p.html);
    await browser.open(p.mirrorUrl ?? `${origin}${p.localPath}`);
  }
  console.log(`
Chromium is open with Cable Reader loaded on the sample pages:
${pages.map((p) => `  ${p.mirrorUrl ?? `${origin}${p.localPath}`}   (${p.title})`).join('\n')}
The Cablegate-style page shows the clean view at once. For the generic page, click the Cable Reader toolbar
button and "Enable on this site". Close the browser window to stop.`);
  await new Promise((done) => browser.context.on('close', done));
}

async function runHeadless(fixture, hostAccess, view, pages, origin) {
  const { mkdir, rm } = await import('node:fs/promises');
  await mkdir(shotsDir, { recursive: true });
  // No window to click "Enable on this site" in: grant the sample host the way chrome://extensions does.
  const localHost = `${new URL(origin).protocol}//${new URL(origin).hostname}/*`;
  const extensionDir = await hostAccess.grantableCopy([localHost]);
  const browser = await fixture.launchWithExtension({ extensionDir, online: true });
  const written = [];
  try {
    await hostAccess.revokeHost(browser, localHost);
    await hostAccess.grantHost(browser, localHost);
    for (const p of pages) {
      const url = p.mirrorUrl ?? `${origin}${p.localPath}`;
      if (p.mirrorUrl) browser.serve(p.mirrorUrl, p.html);
      for (const scheme of ['light', 'dark']) {
        const { page } = await browser.open('about:blank');
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        const outcome = await view.waitForOutcome(page, 20_000).catch(() => 'no verdict');
        // Without the mirror's stylesheet its frame stacks above the cable: start the picture at the view.
        if (outcome === 'ready') {
          await page.locator('cable-reader-view').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        }
        const file = join(shotsDir, `${p.name}-${scheme}.png`);
        await page.screenshot({ path: file });
        written.push(`  ${file}   (${p.title}, ${scheme}: ${outcome})`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await rm(extensionDir, { recursive: true, force: true });
  }
  console.log(`
No display here ($DISPLAY / $WAYLAND_DISPLAY unset): ran headless and wrote screenshots of the clean view:
${written.join('\n')}`);
}

build();
const { writeSamplePages } = await tsImport('./sample-pages.ts', import.meta.url);
const pages = await writeSamplePages(samplesDir);
const { server, origin } = await serveSamples();
const chromiumPath = findChromium();
if (!chromiumPath) {
  printManual(pages, origin);
} else {
  // The fixture reads CHROMIUM when it loads.
  process.env.CHROMIUM = chromiumPath;
  const fixture = await tsImport('../tests/browser/fixture.ts', import.meta.url);
  const view = await tsImport('../tests/browser/view.ts', import.meta.url);
  const hostAccess = await tsImport('../tests/browser/host-access.ts', import.meta.url);
  try {
    if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) await runHeaded(fixture, pages, origin);
    else await runHeadless(fixture, hostAccess, view, pages, origin);
  } finally {
    server.close();
  }
}
