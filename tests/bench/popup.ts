// Popup benchmark (issue 5 scale): fills the real extension's IndexedDB with 10,000 bookmarks on 1,000 cables
// (and ~3,300 notes) through its own import, then times in Chromium the popup's first render with a warm and a cold
// service worker, the popup's search index (time to complete, heap), each search keystroke once it is complete, and
// a bookmark toggle's round trip from a cable page. Reports; asserts none.
//
// Usage: tsx tests/bench/popup.ts [--no-build] [--popup-runs N] [--extension DIR] (time that build instead)
// (npm run bench passes its arguments to every bench; options meant for another bench are ignored here.)
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { cableText, describeQuote, findBlock } from '../../lib/store/anchoring';
import { buildExport, serializeExport } from '../../lib/store/export';
import type { StoreContents } from '../../lib/store/merge';
import { readSeed } from '../../scripts/sample-pages';
import {
  browserSkipReason,
  chromiumPath,
  type ExtensionBrowser,
  launchWithExtension,
} from '../browser/fixture';
import { waitForOutcome } from '../browser/view';
import { makeDocument } from '../fixtures/documents';
import { cablegateLayout } from '../fixtures/layouts';
import { seededRandom } from '../fixtures/mutations';
import { buildCopy } from './browser/build';
import { describeLine, describeMachine } from './browser/machine';
import { ms, table } from './browser/stats';

const CABLES = 1_000;
const BOOKMARKS_PER_CABLE = 10;
const PARAGRAPHS_PER_CABLE = 14;
const NOTE_EVERY = 3;
const READY = 'cable-reader:popup-ready';
/** The popup's search index is complete: keystrokes are answered in the popup. */
const INDEX_READY = 'cable-reader:popup-index';
const QUERIES = ['pipeline tender', 'follow up', 'benchpost42'];
const WRITES = 30;

const SEED_ID = '08ASTANA1147';
const SEED_URL = `https://wikileaks.org/cable/2008/06/${SEED_ID}.html`;

interface Options {
  build: boolean;
  runs: number;
  /** Another build to time (e.g. main's, for before and after); this tree's own otherwise. */
  extension: string | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { build: true, runs: 7, extension: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--no-build') options.build = false;
    else if (argv[i] === '--popup-runs') options.runs = Math.max(1, Number(argv[++i]) || 7);
    else if (argv[i] === '--extension') options.extension = argv[++i] ?? null;
  }
  return options;
}

const WORDS = (
  'the of ministry embassy minister government tender pipeline officials economic said would report comment ' +
  'press parliament opposition contract consortium election security border treaty delegation visit reform ' +
  'energy oil gas bank corruption court judge president administration military cooperation agreement talks'
).split(' ');

/** The records of a busy reader's store, as an export file the extension imports (saved copies included). */
function exportFile(): { text: string; bookmarks: number; notes: number } {
  const random = seededRandom(5);
  const words = (n: number) =>
    Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  const now = Date.UTC(2024, 0, 1);
  const contents: StoreContents = { cables: [], snapshots: [], bookmarks: [], notes: [] };
  for (let c = 0; c < CABLES; c++) {
    // Serials start at 1: a reference id never has serial 0 (the store refuses it).
    const id = `${String(c % 10).padStart(2, '0')}BENCHPOST${c + 1}`;
    const paragraphs = Array.from({ length: PARAGRAPHS_PER_CABLE }, () => `${words(50 + (c % 40))}.`);
    const doc = makeDocument(id, paragraphs, { subject: `${words(6)} (${id})`, origin: 'Embassy Astana' });
    const text = cableText(doc);
    const url = `https://wikileaks.org/cable/2009/01/${id}.html`;
    contents.cables.push({
      id,
      subject: doc.meta.subject,
      classification: doc.meta.classification,
      level: doc.meta.level,
      origin: doc.meta.origin,
      date: null,
      urls: [{ url, site: 'wikileaks.org', lastSeen: now + c }],
      updatedAt: now + c,
    });
    contents.snapshots.push({ cableId: id, document: doc, savedAt: now + c });
    for (let b = 1; b <= BOOKMARKS_PER_CABLE; b++) {
      const range = findBlock(text, String(b));
      if (!range) throw new Error(`bench popup: no paragraph ${b} in ${id}`);
      const at = now + c * 100 + b;
      const bookmarkId = `${id}#${b}`;
      contents.bookmarks.push({
        id: bookmarkId,
        cableId: id,
        blockKey: String(b),
        label: String(b),
        marking: b % 2 ? 'C' : 'SBU',
        selectors: describeQuote(text.text, range.start, range.end),
        orphan: null,
        createdAt: at,
        updatedAt: at,
      });
      if ((c * BOOKMARKS_PER_CABLE + b) % NOTE_EVERY === 0) {
        const text = `Follow up: ${words(12)}`;
        contents.notes.push({
          id: `note-${c}-${b}`,
          bookmarkId,
          cableId: id,
          tags: [],
          text,
          createdAt: at,
          updatedAt: at,
        });
      }
    }
  }
  return {
    text: serializeExport(buildExport(contents, now)),
    bookmarks: contents.bookmarks.length,
    notes: contents.notes.length,
  };
}

/** Characters per import message, as the backup page sends them (an entry takes at most IMPORT_PIECE_CHARS). */
const PIECE_CHARS = 4_000_000;

/** Imports `text` through the background in pieces, as the backup page does; throws unless it was merged. */
async function importInPieces(bench: ExtensionBrowser, text: string): Promise<void> {
  type Answer = { ok: boolean; value?: { token: string; status: string }; error?: { message: string } };
  let token: string | undefined;
  for (let at = 0; at < text.length; at += PIECE_CHARS) {
    const last = at + PIECE_CHARS >= text.length;
    const piece = text.slice(at, at + PIECE_CHARS);
    const answer = (await bench.sendMessage({
      name: 'backup.import',
      data: { text: piece, last, ...(token ? { token } : {}) },
    })) as Answer;
    if (!answer.ok || !answer.value) throw new Error(`bench popup: import failed: ${answer.error?.message}`);
    token = answer.value.token;
    if (last && answer.value.status !== 'imported')
      throw new Error(`bench popup: import ended ${answer.value.status}`);
  }
}

function stats(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), min: sorted[0] ?? Number.NaN };
}

/** Marks the popup set, relative to its navigation start (`detail.query` says which list). */
interface PopupMarks {
  name: string;
  at: number;
  query: string | null;
}

function popupMarks(page: Page): Promise<PopupMarks[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('cable-reader:popup'))
      .map((m) => ({
        name: m.name,
        at: m.startTime,
        query: ((m as PerformanceMark).detail as { query?: string } | null)?.query ?? null,
      })),
  );
}

interface FirstRender {
  readyMs: number;
  /** Navigation start to the module's first list request (page load, script parse and first render). */
  requestMs: number;
  /** The list request's round trip to the background. */
  roundTripMs: number;
  /** Answer in hand to list in the DOM. */
  drawMs: number;
}

/** Opens the popup page afresh and reads when its first list was committed. */
async function openPopup(tab: Page, url: string): Promise<FirstRender> {
  await tab.goto('about:blank');
  await tab.goto(url);
  await tab.waitForFunction((name) => performance.getEntriesByName(name).length > 0, READY, { polling: 10 });
  const marks = await popupMarks(tab);
  const first = (name: string) =>
    marks.find((m) => m.name === `cable-reader:popup-${name}`)?.at ?? Number.NaN;
  const [request, answer, ready] = [first('request'), first('answer'), first('ready')];
  return { readyMs: ready, requestMs: request, roundTripMs: answer - request, drawMs: ready - answer };
}

/** Stops every service worker (the extension's background included), as the browser does when it idles. */
async function stopWorkers(context: BrowserContext, tab: Page, extensionId: string): Promise<void> {
  const cdp = await context.newCDPSession(tab);
  type Versions = { versions: { scriptURL: string; runningStatus: string }[] };
  const stopped = new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error('bench popup: the service worker did not stop')), 10_000);
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: Versions) => {
      const ours = versions.filter((v) => v.scriptURL.includes(extensionId));
      if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) {
        clearTimeout(timer);
        done();
      }
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

function renderRows(label: string, runs: FirstRender[]): string[][] {
  const row = (name: string, pick: (r: FirstRender) => number) => {
    const s = stats(runs.map(pick));
    return [`${label}: ${name}`, ms(s.median, 1), ms(s.p95, 1), ms(s.min, 1)];
  };
  return [
    row('navigation -> list in DOM', (r) => r.readyMs),
    row('navigation -> list request', (r) => r.requestMs),
    row('list request round trip', (r) => r.roundTripMs),
    row('answer -> list in DOM', (r) => r.drawMs),
  ];
}

interface Keystroke {
  total: number;
  /** Input event to the search request (the popup's pause after a keystroke). */
  wait: number;
  roundTrip: number;
  draw: number;
}

/** The popup's JS heap after a full garbage collection, in bytes. */
async function heapUsed(context: BrowserContext, tab: Page): Promise<number> {
  const cdp = await context.newCDPSession(tab);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

interface IndexLoad {
  /** Navigation start to the index complete. */
  readyMs: number;
  /** The popup's heap with the first list drawn, and with the index complete (both after a collection). */
  heapAtList: number;
  heapWithIndex: number;
}

/** Opens the popup, reads its heap at the first list, waits for its search index and reads the heap again. */
async function loadIndex(context: BrowserContext, tab: Page, url: string): Promise<IndexLoad> {
  await openPopup(tab, url);
  const heapAtList = await heapUsed(context, tab);
  await tab.waitForFunction((name) => performance.getEntriesByName(name).length > 0, INDEX_READY, {
    polling: 10,
    timeout: 60_000,
  });
  const readyMs = await tab.evaluate(
    (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
    INDEX_READY,
  );
  return { readyMs, heapAtList, heapWithIndex: await heapUsed(context, tab) };
}

/** Types each query a character at a time, waiting for each keystroke's results before the next. */
async function typeQueries(tab: Page): Promise<Keystroke[]> {
  const box = tab.getByRole('searchbox', { name: 'Search bookmarks and notes' });
  const keystrokes: Keystroke[] = [];
  for (const query of QUERIES) {
    await box.fill('');
    await tab.waitForFunction(() => performance.getEntriesByName('cable-reader:popup-results').length > 0);
    for (let n = 1; n <= query.length; n++) {
      const value = query.slice(0, n);
      await tab.evaluate(() => {
        performance.clearMarks();
        const w = window as unknown as { inputAt: number };
        document.addEventListener('input', (e) => (w.inputAt = e.timeStamp), { capture: true, once: true });
      });
      await tab.keyboard.type(value.slice(-1));
      await tab.waitForFunction(
        (v) =>
          performance
            .getEntriesByName('cable-reader:popup-results')
            .some((m) => ((m as PerformanceMark).detail as { query: string }).query === v),
        value,
        { polling: 5 },
      );
      const inputAt = await tab.evaluate(() => (window as unknown as { inputAt: number }).inputAt);
      const marks = (await popupMarks(tab)).filter((m) => m.query === value);
      const at = (name: string) =>
        marks.find((m) => m.name === `cable-reader:popup-${name}`)?.at ?? Number.NaN;
      keystrokes.push({
        total: at('results') - inputAt,
        wait: at('request') - inputAt,
        roundTrip: at('answer') - at('request'),
        draw: at('results') - at('answer'),
      });
    }
  }
  return keystrokes;
}

/** Clicks a paragraph's bookmark toggle on a cable page and times the click to `aria-pressed` flipping. */
async function timeWrites(tab: Page): Promise<number[]> {
  const times: number[] = [];
  const button = tab.getByRole('button', { name: 'Bookmark paragraph 3', exact: true });
  for (let i = 0; i < WRITES; i++) {
    await button.evaluate((el) => {
      const before = el.getAttribute('aria-pressed');
      const w = window as unknown as { flip: Promise<number> };
      w.flip = new Promise((done) => {
        let clickedAt = Number.NaN;
        window.addEventListener('click', (e) => (clickedAt = e.timeStamp), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (el.getAttribute('aria-pressed') === before) return;
          observer.disconnect();
          done(performance.now() - clickedAt);
        });
        observer.observe(el, { attributes: true, attributeFilter: ['aria-pressed'] });
      });
    });
    await button.click();
    times.push(await tab.evaluate(() => (window as unknown as { flip: Promise<number> }).flip));
    // Let the toggle's follow-up refresh settle before the next click.
    await tab.waitForTimeout(100);
  }
  return times;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(chromiumPath)) {
    browserSkipReason('bench:popup');
    return 0;
  }
  const extension = options.extension ? null : buildCopy(options.build);
  const extensionDir = options.extension ? resolve(options.extension) : (extension?.dir as string);
  const bench = await launchWithExtension({ extensionDir });
  try {
    const machine = await describeMachine(bench.context);
    const file = exportFile();
    const started = performance.now();
    await importInPieces(bench, file.text);
    const importMs = performance.now() - started;

    const popupUrl = bench.extensionUrl('popup.html');
    const tab = await bench.context.newPage();
    await openPopup(tab, popupUrl);
    const warm: FirstRender[] = [];
    for (let i = 0; i < options.runs; i++) warm.push(await openPopup(tab, popupUrl));
    const cold: FirstRender[] = [];
    for (let i = 0; i < options.runs; i++) {
      await stopWorkers(bench.context, tab, bench.extensionId);
      cold.push(await openPopup(tab, popupUrl));
    }
    const drawn = await tab.locator('.bm-group').count();

    const index = await loadIndex(bench.context, tab, popupUrl);
    const keystrokes = await typeQueries(tab);

    const seed = readSeed(
      readFileSync(resolve(import.meta.dirname, '../../assets/seed', `${SEED_ID}.txt`), 'utf8'),
    );
    bench.serve(SEED_URL, cablegateLayout({ ...seed.meta, header: null, body: seed.body }));
    const cablePage = await bench.context.newPage();
    await cablePage.goto(SEED_URL);
    if ((await waitForOutcome(cablePage)) !== 'ready')
      throw new Error('bench popup: no clean view on the seed');
    const writes = await timeWrites(cablePage);

    const keyStats = (pick: (k: Keystroke) => number) => stats(keystrokes.map(pick));
    const keyRow = (name: string, pick: (k: Keystroke) => number) => {
      const s = keyStats(pick);
      return [`search keystroke: ${name}`, ms(s.median, 1), ms(s.p95, 1), ms(s.min, 1)];
    };
    const w = stats(writes);
    console.log(
      `\nPopup bench (${extensionDir}): ${describeLine(machine)}; load at the end ${loadavg()[0]?.toFixed(2)}`,
    );
    console.log(
      `Store: ${CABLES} cables, ${file.bookmarks} bookmarks, ${file.notes} notes (${(file.text.length / 1e6).toFixed(1)} MB export), imported in ${ms(importMs, 0)} ms. First render draws ${drawn} cables.\n`,
    );
    console.log(
      table(
        ['measure (ms)', 'median', 'p95', 'min'],
        [
          ...renderRows(`warm SW (${warm.length} runs)`, warm),
          ...renderRows(`cold SW (${cold.length} runs)`, cold),
          keyRow(`input -> results in DOM (${keystrokes.length} keys)`, (k) => k.total),
          keyRow('input -> request (pause)', (k) => k.wait),
          keyRow('request round trip', (k) => k.roundTrip),
          keyRow('answer -> results in DOM', (k) => k.draw),
          [
            `bookmark toggle click -> aria-pressed (${w.n} writes)`,
            ms(w.median, 1),
            ms(w.p95, 1),
            ms(w.min, 1),
          ],
        ],
      ),
    );
    const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
    console.log(
      `\nSearch index: complete ${ms(index.readyMs, 0)} ms after navigation; popup heap ${mb(index.heapAtList)} MB at the first list, ${mb(index.heapWithIndex)} MB with the index (+${mb(index.heapWithIndex - index.heapAtList)} MB). Keystrokes are timed with the index complete.`,
    );
    console.log(
      '\nGoals (issue 14): first render < 100 ms median (cold service worker < 300 ms); search keystroke < 16 ms ' +
        'median; bookmark toggle round trip < 20 ms.',
    );
    return 0;
  } finally {
    await bench.close();
    extension?.remove();
  }
}

process.exitCode = await main();
