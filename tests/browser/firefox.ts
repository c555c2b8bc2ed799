// Launches Debian's headless firefox-esr and drives it over WebDriver BiDi (a WebSocket): installs the built add-on
// temporarily, serves test pages at their real mirror URLs by network interception, runs functions in a page, clicks
// as a reader does. Launch, routing and protocol plumbing only: what a test checks lives in the test file.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import WebSocket from 'ws';
import { BUILD_LOCK, flockPath, waitForRunningBuild } from '../fixtures/build-lock';

/** The Firefox binary: $FIREFOX, else Debian's ESR. */
const firefoxPath: string = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/**
 * Why the Firefox suite cannot run here, or null when it can. A machine without Firefox (CI installs Chromium
 * only) skips with a notice; under CI=true a missing Firefox build is an error (npm test builds it).
 */
export function firefoxSkipReason(suite: string, buildDir: string): string | null {
  waitForRunningBuild();
  if (!existsSync(firefoxPath)) {
    const reason = `no Firefox at ${firefoxPath} (install firefox-esr or set FIREFOX)`;
    console.warn(`[firefox] ${suite} skipped: ${reason}.`);
    return reason;
  }
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    const reason = `no Firefox build at ${buildDir} (run npm test or wxt build -b firefox)`;
    if (process.env.CI === 'true') throw new Error(`${suite}: ${reason}; required under CI=true.`);
    console.warn(`[firefox] ${suite} skipped: ${reason}.`);
    return reason;
  }
  return null;
}

/** An element's box in viewport coordinates (CSS pixels). */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Run in the page (self-contained, sent as source): scrolls `el` to the middle of the viewport and resolves with its
 * box once the box and the scroll position are the same in three frames in a row (still over two frames) and the
 * box lies inside the viewport; scrolls again when layout carried it out. Rejects after about 5 s of movement.
 */
async function settleInPage(el: Element): Promise<Box> {
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  const measure = () => {
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height, sx: scrollX, sy: scrollY };
  };
  const inView = (b: Box) =>
    b.width > 0 &&
    b.height > 0 &&
    b.y >= 0 &&
    b.x >= 0 &&
    b.y + b.height <= innerHeight &&
    b.x + b.width <= innerWidth;
  el.scrollIntoView({ block: 'center' });
  let last = '';
  let still = 0;
  for (let i = 0; i < 300; i++) {
    await frame();
    const box = measure();
    const key = JSON.stringify(box);
    still = key === last ? still + 1 : 0;
    last = key;
    if (still < 2) continue;
    if (inView(box)) return { x: box.x, y: box.y, width: box.width, height: box.height };
    el.scrollIntoView({ block: 'center' });
    still = 0;
  }
  throw new Error(`settle: the element did not hold still in view (last box ${last})`);
}

/** A log entry our add-on caused: an uncaught error or a console error/warning from a moz-extension:// script. */
interface AddonLogEntry {
  level: string;
  text: string;
}

/** One tab of the browser, driven as a reader would. */
interface FirefoxTab {
  /** Loads `url` in the tab and waits for its load event. */
  navigate(url: string): Promise<void>;
  /** Sets the tab's viewport (CSS pixels), as a window or phone of that size would have it. */
  setViewport(width: number, height: number): Promise<void>;
  /**
   * Runs `fn(arg)` in the page's main world and returns its JSON-serialisable result. `fn` must be self-contained
   * (it is sent as source text), as with Playwright's evaluate.
   */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Clicks the element `find(arg)` returns with real (trusted) pointer input, at its centre once `settle` has it
   * still in view; fails when it returns none.
   */
  click<A>(find: (arg: A) => Element | null | undefined, arg: A): Promise<void>;
  /**
   * Scrolls the element `find(arg)` returns to the middle of the viewport and waits until its box and the page's
   * scroll position hold still over two frames, with the box inside the viewport; resolves with that box.
   * Why: the view's off-screen paragraphs are laid out at an estimated height (content-visibility) until they come
   * into view, in the frame after a scroll, so a box measured right after scrolling moves, often by more than the
   * control's size, and a pointer sent there presses what takes its place.
   */
  settle<A>(find: (arg: A) => Element | null | undefined, arg: A): Promise<Box>;
  /** A real (trusted) mouse press and release at viewport point (x, y), whatever is on top there. */
  clickAt(x: number, y: number): Promise<void>;
  /** Brings this tab to the front (the one that takes pointer input and draws frames). */
  activate(): Promise<void>;
  /** Types `text` with real key input into whatever has the focus. */
  type(text: string): Promise<void>;
  /**
   * A frame of this tab whose address contains `urlPart` (however deep, in a closed shadow root too), driven
   * in its own document; null when there is none.
   */
  frame(urlPart: string): Promise<FirefoxTab | null>;
}

export interface FirefoxBrowser extends FirefoxTab {
  /** The add-on id Firefox installed the build under. */
  addonId: string;
  /**
   * `moz-extension://<uuid>/<path>`: the profile pins the add-on's internal UUID (`extensions.webextensions.uuids`),
   * so its pages have a known address to open.
   */
  extensionUrl(path: string): string;
  /**
   * Serves `html` at `url` (fragment ignored), with `headers` beside its Content-Type. Every other web request
   * fails.
   */
  serve(url: string, html: string, headers?: Record<string, string>): void;
  /** A second tab at `url` (the first stays open, with what it shows), at the same viewport. */
  openTab(url: string): Promise<FirefoxTab & { close(): Promise<void> }>;
  /** Errors and warnings from the add-on's own scripts, seen in the tab so far. */
  addonLog(): AddonLogEntry[];
  close(): Promise<void>;
}

interface BidiMessage {
  id?: number;
  type: 'success' | 'error' | 'event';
  method?: string;
  // biome-ignore lint/suspicious/noExplicitAny: protocol payloads are checked where they are read
  params?: any;
  // biome-ignore lint/suspicious/noExplicitAny: protocol payloads are checked where they are read
  result?: any;
  error?: string;
  message?: string;
}

/** A blank web page served in the test's network, from which a tab opens the add-on's web-accessible page. */
const EXTENSION_DOOR = 'https://extension-door.cable-reader.test/';

/** Preferences for a quiet, offline test profile. */
const PREFS: Record<string, string | number | boolean> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'services.settings.server': 'data:,',
};

/** A private copy of a build, taken under a shared hold of the build lock (see tests/fixtures/build-lock.ts). */
async function snapshot(buildDir: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cable-reader-firefox-build-'));
  if (flockPath) await promisify(execFile)(flockPath, ['-s', BUILD_LOCK, 'cp', '-R', `${buildDir}/.`, dir]);
  else await cp(buildDir, dir, { recursive: true });
  return dir;
}

/** Starts Firefox and waits for its BiDi endpoint (`WebDriver BiDi listening on ws://...` on stderr). */
function startFirefox(profile: string): Promise<{ process: ChildProcess; endpoint: string }> {
  const child = spawn(
    firefoxPath,
    ['--headless', '--no-remote', '--remote-debugging-port', '0', '--profile', profile, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Firefox did not open WebDriver BiDi within 60 s:\n${stderr.slice(-2000)}`));
    }, 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk;
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve({ process: child, endpoint: match[1] as string });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before BiDi was up:\n${stderr.slice(-2000)}`));
    });
  });
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** How the browser presents itself: a phone-sized viewport and a mobile user agent (Firefox for Android). */
export interface FirefoxOptions {
  viewport?: { width: number; height: number; devicePixelRatio?: number };
  userAgent?: string;
  /** More preferences for the profile (a test's needs, such as reading the clipboard without a prompt). */
  prefs?: Record<string, string | number | boolean>;
}

/** Launches headless Firefox with `buildDir` (a copy of it) installed as a temporary add-on. */
export async function launchFirefox(buildDir: string, options: FirefoxOptions = {}): Promise<FirefoxBrowser> {
  const extensionDir = await snapshot(buildDir);
  const profile = await mkdtemp(join(tmpdir(), 'cable-reader-firefox-'));
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string | undefined = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error('the Firefox build names no gecko id: its pages would have no known address');
  const uuid = randomUUID();
  await writeFile(
    join(profile, 'user.js'),
    Object.entries({
      ...PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      ...(options.userAgent ? { 'general.useragent.override': options.userAgent } : {}),
      ...options.prefs,
    })
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const cleanup = async () => {
    await rm(profile, { recursive: true, force: true });
    await rm(extensionDir, { recursive: true, force: true });
  };
  let firefox: ChildProcess | undefined;
  let socket: WebSocket | undefined;
  try {
    const started = await startFirefox(profile);
    firefox = started.process;
    const ws = new WebSocket(`${started.endpoint}/session`);
    socket = ws;
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });

    let nextId = 0;
    const pending = new Map<number, (m: BidiMessage) => void>();
    const listeners: ((m: BidiMessage) => void)[] = [];
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as BidiMessage;
      if (message.id !== undefined && pending.has(message.id)) {
        pending.get(message.id)?.(message);
        pending.delete(message.id);
      } else if (message.type === 'event') {
        for (const listener of listeners) listener(message);
      }
    });
    const send = (method: string, params: object): Promise<BidiMessage> =>
      new Promise((resolve) => {
        const id = ++nextId;
        pending.set(id, resolve);
        ws.send(JSON.stringify({ id, method, params }));
      });
    // biome-ignore lint/suspicious/noExplicitAny: see BidiMessage
    const command = async (method: string, params: object): Promise<any> => {
      const answer = await send(method, params);
      if (answer.type === 'error') throw new Error(`BiDi ${method}: ${answer.error}: ${answer.message}`);
      return answer.result;
    };

    await command('session.new', { capabilities: {} });
    const { extension: addonId } = await command('webExtension.install', {
      extensionData: { type: 'path', path: extensionDir },
    });
    const { contexts } = await command('browsingContext.getTree', { maxDepth: 0 });
    const firstContext: string = contexts[0].context;
    const sizeTab = async (context: string) => {
      if (!options.viewport) return;
      const { width, height, devicePixelRatio } = options.viewport;
      await command('browsingContext.setViewport', {
        context,
        viewport: { width, height },
        ...(devicePixelRatio ? { devicePixelRatio } : {}),
      });
    };
    await sizeTab(firstContext);

    const extensionOrigin = `moz-extension://${uuid}/`;
    const webAccessiblePage: string | undefined = (manifest.web_accessible_resources ?? []).flatMap(
      (entry: string | { resources?: string[] }) =>
        typeof entry === 'string' ? [entry] : (entry.resources ?? []),
    )[0];
    const served = new Map<string, { html: string; headers: Record<string, string> }>([
      [EXTENSION_DOOR, { html: '<!doctype html><title>to the add-on</title>', headers: {} }],
    ]);
    const log: AddonLogEntry[] = [];
    listeners.push((m) => {
      if (m.method === 'network.beforeRequestSent' && m.params.isBlocked) {
        const request = m.params.request.request;
        const page = served.get(withoutFragment(m.params.request.url));
        if (page === undefined) {
          void send('network.failRequest', { request });
          return;
        }
        void send('network.provideResponse', {
          request,
          statusCode: 200,
          reasonPhrase: 'OK',
          headers: Object.entries({ 'Content-Type': 'text/html; charset=utf-8', ...page.headers }).map(
            ([name, value]) => ({ name, value: { type: 'string', value } }),
          ),
          body: { type: 'base64', value: Buffer.from(page.html, 'utf8').toString('base64') },
        });
      } else if (m.method === 'log.entryAdded') {
        const entry = m.params;
        const frames: { url?: string }[] = entry.stackTrace?.callFrames ?? [];
        const ours = frames.some((f) => f.url?.startsWith('moz-extension://'));
        if (ours && (entry.level === 'error' || entry.level === 'warn')) {
          log.push({ level: entry.level, text: String(entry.text ?? '') });
        }
      }
    });
    await command('session.subscribe', { events: ['network.beforeRequestSent', 'log.entryAdded'] });
    // No network: every http(s) request is stopped here and either served or failed.
    await command('network.addIntercept', {
      phases: ['beforeRequestSent'],
      urlPatterns: [
        { type: 'pattern', protocol: 'https' },
        { type: 'pattern', protocol: 'http' },
      ],
    });

    const jsonArg = (arg: unknown) => ({ type: 'string', value: JSON.stringify(arg ?? null) });

    const tab = (context: string): FirefoxTab => {
      const callFunction = (functionDeclaration: string, args: unknown[], ownership: 'none' | 'root') =>
        command('script.callFunction', {
          functionDeclaration,
          arguments: args,
          target: { context },
          awaitPromise: true,
          resultOwnership: ownership,
        }).then((r) => {
          if (r.type === 'exception') {
            throw new Error(`in the page: ${r.exceptionDetails?.text ?? JSON.stringify(r.exceptionDetails)}`);
          }
          return r.result;
        });
      /** Sets the tab's location from inside the page, then waits until it shows `url`, loaded. */
      const goItself = async (url: string) => {
        await callFunction('(to) => { location.href = to; }', [{ type: 'string', value: url }], 'none');
        const deadline = Date.now() + 15_000;
        for (;;) {
          const { contexts } = await command('browsingContext.getTree', { root: context, maxDepth: 0 });
          const loaded =
            contexts[0]?.url === url &&
            (await callFunction('() => document.readyState', [], 'none').then(
              (r) => r.value === 'complete',
              () => false,
            ));
          if (loaded) return;
          if (Date.now() > deadline) throw new Error(`navigate: the tab did not arrive at ${url}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      /** See FirefoxTab.settle. */
      const settle = async <A>(find: (arg: A) => Element | null | undefined, arg: A): Promise<Box> => {
        const result = await callFunction(
          `async (json) => { const el = (${find.toString()})(JSON.parse(json)); if (!el) throw new Error('no element found'); return JSON.stringify(await (${settleInPage.toString()})(el)); }`,
          [jsonArg(arg)],
          'none',
        );
        return JSON.parse(result.value) as Box;
      };
      /** See FirefoxTab.clickAt. */
      const clickAt = async (x: number, y: number): Promise<void> => {
        await command('input.performActions', {
          context,
          actions: [
            {
              type: 'pointer',
              id: 'reader',
              parameters: { pointerType: 'mouse' },
              actions: [
                { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
                { type: 'pointerDown', button: 0 },
                { type: 'pointerUp', button: 0 },
              ],
            },
          ],
        });
        await command('input.releaseActions', { context });
      };
      return {
        async navigate(url) {
          if (!url.startsWith(extensionOrigin)) {
            await command('browsingContext.navigate', { context, url, wait: 'complete' });
            return;
          }
          // Firefox 153 refuses a WebDriver navigation to an extension page ("not allowed in this context"), but
          // a web page may open the add-on's web-accessible page and that page may go on to any of the add-on's:
          // so the tab gets there by navigations the pages make themselves, as a link a reader follows would.
          const { contexts } = await command('browsingContext.getTree', { root: context, maxDepth: 0 });
          if (!String(contexts[0]?.url).startsWith(extensionOrigin)) {
            if (!webAccessiblePage) throw new Error('the Firefox build declares no web-accessible page');
            await command('browsingContext.navigate', { context, url: EXTENSION_DOOR, wait: 'complete' });
            await goItself(`${extensionOrigin}${webAccessiblePage}`);
          }
          await goItself(url);
        },
        async setViewport(width, height) {
          await command('browsingContext.setViewport', { context, viewport: { width, height } });
        },
        async evaluate(fn, arg) {
          const result = await callFunction(
            `async (json) => JSON.stringify(await (${fn.toString()})(JSON.parse(json)) ?? null)`,
            [jsonArg(arg)],
            'none',
          );
          return JSON.parse(result.value);
        },
        settle,
        async click(find, arg) {
          const box = await settle(find, arg);
          await clickAt(box.x + box.width / 2, box.y + box.height / 2);
        },
        clickAt,
        async activate() {
          await command('browsingContext.activate', { context });
        },
        async type(text) {
          const keys = [...text].flatMap((value) => [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ]);
          await command('input.performActions', {
            context,
            actions: [{ type: 'key', id: 'keyboard', actions: keys }],
          });
          await command('input.releaseActions', { context });
        },
        async frame(urlPart) {
          type Tree = { context: string; url: string; children?: Tree[] | null };
          const { contexts } = (await command('browsingContext.getTree', { root: context })) as {
            contexts: Tree[];
          };
          const find = (nodes: readonly Tree[]): Tree | undefined => {
            for (const node of nodes) {
              if (node.context !== context && node.url.includes(urlPart)) return node;
              const inner = find(node.children ?? []);
              if (inner) return inner;
            }
            return undefined;
          };
          const found = find(contexts);
          return found ? tab(found.context) : null;
        },
      };
    };

    const ff = firefox;
    return {
      addonId,
      ...tab(firstContext),
      extensionUrl: (path) => `${extensionOrigin}${path.replace(/^\//, '')}`,
      serve: (url, html, headers = {}) => served.set(withoutFragment(url), { html, headers }),
      async openTab(url) {
        const { context } = await command('browsingContext.create', { type: 'tab' });
        await sizeTab(context);
        const opened = tab(context);
        await opened.navigate(url);
        return { ...opened, close: () => command('browsingContext.close', { context }) };
      },
      addonLog: () => [...log],
      async close() {
        await send('session.end', {}).catch(() => undefined);
        ws.close();
        ff.kill();
        await new Promise((r) => (ff.exitCode === null ? ff.once('exit', r) : r(null)));
        await cleanup();
      },
    };
  } catch (error) {
    socket?.close();
    firefox?.kill();
    await cleanup();
    throw error;
  }
}
