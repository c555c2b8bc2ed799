// The popup bench's measures in one browser: the popup's first render (warm or cold service worker), its search
// index, each search keystroke, and a bookmark toggle's round trip from a cable page. Times; reports nothing.
import type { BrowserContext, Page } from 'playwright-core';

const READY = 'cable-reader:popup-ready';
/** The popup's search index is complete: keystrokes are answered in the popup. */
const INDEX_READY = 'cable-reader:popup-index';
const QUERIES = ['pipeline tender', 'follow up', 'benchpost42'];
const WRITES = 30;

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

export interface FirstRender {
  readyMs: number;
  /** Navigation start to the first list request (the head script's; the module's where that did not run). */
  requestMs: number;
  /** Navigation start to the popup's modules asking for the list (they have loaded and run): a second request. */
  moduleMs: number;
  /** The list request's round trip to the background. */
  roundTripMs: number;
  /** Answer in hand to list in the DOM. */
  drawMs: number;
}

/** Opens the popup page afresh and reads when its first list was committed. */
export async function openPopup(tab: Page, url: string): Promise<FirstRender> {
  await tab.goto('about:blank');
  await tab.goto(url);
  await tab.waitForFunction((name) => performance.getEntriesByName(name).length > 0, READY, { polling: 10 });
  const marks = await popupMarks(tab);
  const first = (name: string) =>
    marks.find((m) => m.name === `cable-reader:popup-${name}`)?.at ?? Number.NaN;
  const [request, answer, ready] = [first('request'), first('answer'), first('ready')];
  const moduleMs = marks.filter((m) => m.name === 'cable-reader:popup-request')[1]?.at ?? Number.NaN;
  return {
    readyMs: ready,
    requestMs: request,
    moduleMs,
    roundTripMs: answer - request,
    drawMs: ready - answer,
  };
}

/** Leaves the popup, so its search index stops loading while another build is timed. */
export async function leavePopup(tab: Page): Promise<void> {
  await tab.goto('about:blank');
}

/** Stops every service worker (the extension's background included), as the browser does when it idles. */
export async function stopWorkers(context: BrowserContext, tab: Page, extensionId: string): Promise<void> {
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

export interface Keystroke {
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

export interface IndexLoad {
  /** Navigation start to the index complete. */
  readyMs: number;
  /** The popup's heap with the first list drawn, and with the index complete (both after a collection). */
  heapAtList: number;
  heapWithIndex: number;
}

/** Opens the popup, reads its heap at the first list, waits for its search index and reads the heap again. */
export async function loadIndex(context: BrowserContext, tab: Page, url: string): Promise<IndexLoad> {
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
export async function typeQueries(tab: Page): Promise<Keystroke[]> {
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
export async function timeWrites(tab: Page): Promise<number[]> {
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
