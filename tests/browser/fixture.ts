// Launches headless Chromium with the built extension and serves test pages at their real mirror URLs by request
// routing. Launch, routing and extension plumbing only: what a test checks lives in the test files and view.ts.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { BUILD_LOCK, flockPath, waitForRunningBuild } from '../fixtures/build-lock';

/** The extension API as the functions passed to `evaluate` see it in extension contexts (module-scoped). */
declare const chrome: typeof Browser;

const projectRoot = resolve(import.meta.dirname, '../..');

/** The unpacked Chrome build under test. */
export const chromeBuildDir: string = join(projectRoot, '.output/chrome-mv3');

/** The Chromium binary: $CHROMIUM, else Debian's. */
export const chromiumPath: string = process.env.CHROMIUM ?? '/usr/bin/chromium';

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Why the real-browser suites cannot run here, or null when they can. Under CI=true a missing browser or build is
 * an error, never a quiet skip; elsewhere the reason is printed once per suite.
 */
export function browserSkipReason(suite: string): string | null {
  waitForRunningBuild();
  let reason: string | null = null;
  if (!existsSync(chromiumPath)) reason = `no Chromium at ${chromiumPath} (set CHROMIUM)`;
  else if (!existsSync(join(chromeBuildDir, 'manifest.json')))
    reason = `no extension build at ${chromeBuildDir} (run npm test or wxt build)`;
  if (reason && process.env.CI === 'true') throw new Error(`${suite}: ${reason}; required under CI=true.`);
  if (reason) console.warn(`[browser] ${suite} skipped: ${reason}.`);
  return reason;
}

/** The manifest of a build (by default .output's), for tests that must agree with what the extension declares. */
export async function readBuiltManifest(dir: string = chromeBuildDir): Promise<Browser.runtime.ManifestV3> {
  return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The unpacked extension loaded (a snapshot of the build). */
  extensionDir: string;
  /** Serves `html` at `url` (fragment ignored) until replaced. Every unserved request is aborted. */
  serve(url: string, html: string): void;
  /** A new tab at `url`, with the errors our scripts raise there collected (`ourErrors`). */
  open(url: string): Promise<OpenedPage>;
  /** `chrome-extension://<id>/<path>`. */
  extensionUrl(path: string): string;
  /** The extension's service worker, with its extension APIs bound. */
  background(): Promise<Worker>;
  /**
   * A new tab at `url` opened by the extension (`tabs.create`), so its tab id is known: the extension has no
   * `tabs` permission and cannot find a tab by URL.
   */
  openTab(url: string): Promise<OpenedPage & { tabId: number }>;
  /**
   * Sends a runtime message from an extension page (the background does not hear its own `sendMessage`) and
   * returns the answer. The page is the extension's manifest.json, which has the extension APIs and no UI.
   */
  sendMessage(message: unknown): Promise<unknown>;
  /** Sends one request of lib/messaging's tables the same way; resolves with its value, rejects if refused. */
  request(name: string, data?: object): Promise<unknown>;
  close(): Promise<void>;
}

export interface OpenedPage {
  page: Page;
  /**
   * Errors raised by the extension in this page: uncaught exceptions and rejections whose stack runs through our
   * scripts, and console errors and warnings logged from them. The mirror's own failing scripts are not listed.
   */
  ourErrors(): string[];
}

/**
 * A private copy of the Chrome build, taken under a shared hold of the build lock where flock exists: a suite runs
 * on one consistent build even when .output/ is rebuilt meanwhile. The caller removes the folder.
 */
export async function snapshotBuild(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cable-reader-build-'));
  if (flockPath)
    await promisify(execFile)(flockPath, ['-s', BUILD_LOCK, 'cp', '-R', `${chromeBuildDir}/.`, dir]);
  else await cp(chromeBuildDir, dir, { recursive: true });
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no extension build at ${chromeBuildDir}`);
  return dir;
}

export interface LaunchOptions {
  /** An unpacked extension other than a snapshot of the Chrome build (see host-access.ts). */
  extensionDir?: string;
  /** Reuse a profile, to test what survives a browser restart. Not removed on close. */
  userDataDir?: string;
  /** Show the browser window (npm start where a display exists). Default: headless. */
  headed?: boolean;
  /** Let unserved requests through to the network instead of aborting them (npm start). Default: abort. */
  online?: boolean;
  /**
   * The browser's interface language (`de`, `pt-BR`). Headless Chromium picks the extension's catalog by `--lang`
   * only (LANGUAGE, LANG and the intl.accept_languages pref change nothing there); getUILanguage() and the pages'
   * navigator.language follow Playwright's locale. Default: the machine's (en-US).
   */
  locale?: string;
  /** The window size (default 1280x900). */
  viewport?: { width: number; height: number };
}

/** Launches Chromium with the extension loaded and every request routed. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const ownExtension = options.extensionDir === undefined;
  const extensionDir = options.extensionDir ?? (await snapshotBuild());
  const ownProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'cable-reader-browser-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: !options.headed,
    viewport: options.headed ? null : (options.viewport ?? { width: 1280, height: 900 }),
    ...(options.locale ? { locale: options.locale } : {}),
    // Playwright turns extensions off by default.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...chromiumFlags,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const served = new Map<string, string>();
  // No network in tests: anything not served (the mirrors' scripts, styles, images) fails at once.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // The extension's own files (the lazily imported view) are fetched by the page too: never ours to block.
    if (!/^https?:/.test(url)) return route.continue();
    const html = served.get(withoutFragment(url));
    if (html === undefined) return options.online ? route.continue() : route.abort('blockedbyclient');
    // A `.txt` address is served as the plain text a mirror's raw files are, which the browser shows in a <pre>.
    const contentType = /\.txt(?:[?#]|$)/.test(url)
      ? 'text/plain; charset=utf-8'
      : 'text/html; charset=utf-8';
    return route.fulfill({ status: 200, contentType, body: html });
  });

  const worker = await firstServiceWorker(context);
  const extensionId = new URL(worker.url()).host;

  const background = async (): Promise<Worker> => {
    const current =
      context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ??
      (await firstServiceWorker(context));
    // The worker target shows up a moment before its extension APIs are bound.
    await current.evaluate(async () => {
      while (!(globalThis as { chrome?: typeof Browser }).chrome?.tabs)
        await new Promise((r) => setTimeout(r, 20));
    });
    return current;
  };

  let messenger: Page | null = null;
  async function sendMessage(message: unknown): Promise<unknown> {
    messenger ??= await context.newPage();
    if (!messenger.url().startsWith(`chrome-extension://${extensionId}/`)) {
      await messenger.goto(`chrome-extension://${extensionId}/manifest.json`);
    }
    return messenger.evaluate((m) => chrome.runtime.sendMessage(m), message);
  }
  return {
    context,
    extensionId,
    extensionDir,
    serve: (url, html) => served.set(withoutFragment(url), html),
    async open(url) {
      const page = await context.newPage();
      const ourErrors = trackOurErrors(page, extensionId);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return { page, ourErrors };
    },
    async openTab(url) {
      const sw = await background();
      const [page, tabId] = await Promise.all([
        context.waitForEvent('page'),
        sw.evaluate(async (u) => (await chrome.tabs.create({ url: u })).id ?? -1, url),
      ]);
      const ourErrors = trackOurErrors(page, extensionId);
      await page.waitForURL(url, { waitUntil: 'domcontentloaded' });
      return { page, ourErrors, tabId };
    },
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    background,
    sendMessage,
    async request(name, data = {}) {
      const result = (await sendMessage({ name, data })) as { ok?: boolean; value?: unknown };
      if (!result?.ok) throw new Error(`${name} was refused: ${JSON.stringify(result)}`);
      return result.value;
    },
    async close() {
      await context.close();
      if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
      if (ownExtension) await rm(extensionDir, { recursive: true, force: true });
    },
  };
}

/**
 * Collects the errors our extension raises in a page: uncaught exceptions and rejections whose stack runs through
 * our scripts (Playwright reports every world, the content script's isolated one included), and console errors and
 * warnings logged from our scripts (they report trouble they survived, such as "could not show the clean view").
 */
function trackOurErrors(page: Page, extensionId: string): () => string[] {
  const ours = `chrome-extension://${extensionId}/`;
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    if (error.stack?.includes(ours)) errors.push(error.stack);
  });
  page.on('console', (message) => {
    const kind = message.type();
    if ((kind === 'error' || kind === 'warning') && message.location().url.startsWith(ours)) {
      errors.push(`console.${kind}: ${message.text()}`);
    }
  });
  return () => [...errors];
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

async function firstServiceWorker(context: BrowserContext): Promise<Worker> {
  const [existing] = context.serviceWorkers();
  return existing ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
}
