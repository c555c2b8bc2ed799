// The popup bench's measures in one browser: the popup's first render (warm or cold service worker), its search
// index, each search keystroke, and a bookmark toggle's round trip from a cable page. Times; reports nothing.
import type { BrowserContext, Page } from 'playwright-core';
import { keystrokeMarks, openMarked, type FirstRender as PageRender, typeLast } from '../browser/marks';

const MARKS = 'cable-reader:popup';
/** The popup's search index is complete: keystrokes are answered in the popup. */
const INDEX_READY = 'cable-reader:popup-index';
const QUERIES = ['pipeline tender', 'follow up', 'benchpost42'];
const WRITES = 30;

export interface FirstRender extends PageRender {
  /** Navigation start to the popup's modules asking for the list (they have loaded and run): a second request. */
  moduleMs: number;
}

/** Opens the popup page afresh and reads when its first list was committed. */
export async function openPopup(tab: Page, url: string): Promise<FirstRender> {
  // The head script's request comes first; the modules' (where the head script ran) second.
  const { render, marks } = await openMarked(tab, url, MARKS);
  const moduleMs = marks.filter((m) => m.name === `${MARKS}-request`)[1]?.at ?? Number.NaN;
  return { ...render, moduleMs };
}

/** Leaves the popup, so its search index stops loading while another build is timed. */
export async function leavePopup(tab: Page): Promise<void> {
  await tab.goto('about:blank');
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
      await typeLast(tab, value);
      const { inputAt, at } = await keystrokeMarks(tab, MARKS, value);
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
