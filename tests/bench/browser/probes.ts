// Observers the bench injects into the page's main world before any page script: long tasks, long animation
// frames, the first frame after the clean view is ready, and (on demand) a responsiveness probe. They only record.
import type { BrowserContext, Page } from 'playwright-core';
import { initScript, runInPage } from './in-page';

/** A long task (over 50 ms by definition), in page time. */
export interface LongTask {
  start: number;
  duration: number;
}

/** A long animation frame, with the scripts that ran in it (the content script shows as a chrome-extension URL). */
interface LongFrame extends LongTask {
  scripts: { source: string; invoker: string; duration: number }[];
}

export interface ProbeRecord {
  longTasks: LongTask[];
  longFrames: LongFrame[];
  /** Page time when the first frame after `cable-reader:ready` had been rendered, or null. */
  frameAfterReady: number | null;
  /** Worst lateness of a 5 ms timer while the probe ran (how long an input event would have waited), or null. */
  timerLag: number | null;
  /** Longest gap between two animation frames while the probe ran, or null. */
  frameGap: number | null;
  /** The page's first-contentful-paint, page time, or null before it. */
  fcp: number | null;
  /** Every animation frame from the document's start until shortly after the clean view's first paint. */
  frames: FrameSample[];
}

/** One rendering update: when its animation-frame callbacks ran, and whether raw cable text was on screen. */
export interface FrameSample {
  at: number;
  /** True when an element holding the original cable text (a known layout's) was rendered in this frame. */
  raw: boolean;
}

/** The raw text boxes of the known layouts (Cablegate body and header, PlusD text, cablegatesearch box). */
const RAW_TEXT_SELECTOR = 'div.pane.big pre, #tagged-text, div#cable div.cable-content';

declare global {
  interface Window {
    __cableReaderBench?: ProbeRecord & { stopProbe?: () => void };
  }
}

/** Runs in every page of the context before its scripts. Serialised: no closures over bench code. */
function observe(rawSelector: string): void {
  const record: ProbeRecord = {
    longTasks: [],
    longFrames: [],
    frameAfterReady: null,
    timerLag: null,
    frameGap: null,
    fcp: null,
    frames: [],
  };
  window.__cableReaderBench = record;
  const watch = (type: string, onEntry: (entry: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {
      // an entry type this Chromium lacks leaves its list empty
    }
  };
  watch('longtask', (e) => record.longTasks.push({ start: e.startTime, duration: e.duration }));
  watch('long-animation-frame', (e) => {
    const scripts = (e as PerformanceEntry & { scripts?: PerformanceEntry[] }).scripts ?? [];
    record.longFrames.push({
      start: e.startTime,
      duration: e.duration,
      scripts: scripts.map((s) => {
        const script = s as PerformanceEntry & { sourceURL?: string; invoker?: string };
        return { source: script.sourceURL ?? '', invoker: script.invoker ?? '', duration: s.duration };
      }),
    });
  });
  watch('paint', (e) => {
    if (e.name === 'first-contentful-paint') record.fcp = e.startTime;
  });
  // Every frame until 20 after the view's first paint (or 5 s): was raw cable text rendered in it? Visibility is
  // read in the frame's own animation-frame callback, registered first, so it sees the DOM that frame draws.
  let framesLeft = Number.POSITIVE_INFINITY;
  const sample = (at: number) => {
    const raw = [...document.querySelectorAll(rawSelector)].some(
      (el) => (el.textContent ?? '').trim() !== '' && el.checkVisibility(),
    );
    record.frames.push({ at, raw });
    if (
      framesLeft === Number.POSITIVE_INFINITY &&
      performance.getEntriesByName('cable-reader:first-paint').length
    )
      framesLeft = 20;
    if (--framesLeft > 0 && at < 5000) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  // rAF runs before style and layout; a task queued from it runs once that frame's rendering work is done.
  watch('mark', (e) => {
    if (e.name !== 'cable-reader:ready') return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        record.frameAfterReady = performance.now();
      }),
    );
  });
}

/** The responsiveness probe: a 5 ms timer and an animation-frame loop, recording their worst delays. */
function probe(): void {
  const record = window.__cableReaderBench;
  if (!record) return;
  let running = true;
  record.timerLag = 0;
  record.frameGap = 0;
  const tick = (due: number) => {
    const now = performance.now();
    record.timerLag = Math.max(record.timerLag ?? 0, now - due);
    if (running) setTimeout(() => tick(now + 5), 5);
  };
  setTimeout(() => tick(performance.now() + 5), 5);
  let lastFrame = performance.now();
  const frame = (now: number) => {
    record.frameGap = Math.max(record.frameGap ?? 0, now - lastFrame);
    lastFrame = now;
    if (running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  record.stopProbe = () => {
    running = false;
  };
}

/** Installs the observers in every page the context opens from now on. */
export async function installObservers(context: BrowserContext): Promise<void> {
  await context.addInitScript(initScript(observe, RAW_TEXT_SELECTOR));
}

/** Adds the responsiveness probe to this page's future documents (after the observers). */
export async function installProbe(page: Page): Promise<void> {
  await page.addInitScript(initScript(probe));
}

/** What the observers recorded so far in the page's current document; stops the probe. */
export async function readProbes(page: Page): Promise<ProbeRecord> {
  return runInPage(page, () => {
    const record = window.__cableReaderBench;
    record?.stopProbe?.();
    return {
      longTasks: record?.longTasks ?? [],
      longFrames: record?.longFrames ?? [],
      frameAfterReady: record?.frameAfterReady ?? null,
      timerLag: record?.timerLag ?? null,
      frameGap: record?.frameGap ?? null,
      fcp: record?.fcp ?? null,
      frames: record?.frames ?? [],
    };
  });
}
