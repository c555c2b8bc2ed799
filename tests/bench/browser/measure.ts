// Opens one page at a matched URL and reads what the content script reported through the performance timeline
// (the `cable-reader` or `cable-reader-decline` measure), plus what the observers saw around it. Reads only.
import type { Page } from 'playwright-core';
import { runInPage, waitInPage } from './in-page';
import { type LongTask, readProbes } from './probes';

export interface ViewRun {
  outcome: 'ready' | 'declined' | 'no-measure';
  /** The content script's own measure (`cable-reader` or `cable-reader-decline`), ms. */
  duration: number | null;
  /** `cable-reader:start`, ms after navigation start: when the content script's main function began. */
  startAt: number | null;
  /** From `cable-reader:ready` to the end of the next rendered frame (style, layout, paint of the view), ms. */
  readyToFrame: number | null;
  /** Longest long task overlapping the content script's work (start to that frame), ms; 0 when none. */
  ownLongTask: number;
  /** Longest long task anywhere in the page's life so far, ms; 0 when none. */
  anyLongTask: number;
  /** Long animation frames in which an extension script ran: their duration and the script's share, ms. */
  extensionFrames: { duration: number; script: number }[];
  /** Worst timer lateness and frame gap from the responsiveness probe, when it was installed. */
  timerLag: number | null;
  frameGap: number | null;
  /** `[data-para]` elements in the view's shadow root: a check that the view really rendered. */
  paragraphs: number;
}

interface Marks {
  outcome: 'ready' | 'declined';
  duration: number;
  startAt: number;
  readyAt: number | null;
}

/** Reads the measure once it exists; runs in the page. */
function findMeasure(): Marks | null {
  const entry = (name: string) => performance.getEntriesByName(name)[0];
  const start = entry('cable-reader:start');
  const ready = entry('cable-reader');
  if (ready && start) {
    const readyAt = entry('cable-reader:ready')?.startTime ?? null;
    return { outcome: 'ready', duration: ready.duration, startAt: start.startTime, readyAt };
  }
  const declined = entry('cable-reader-decline');
  if (declined && start)
    return { outcome: 'declined', duration: declined.duration, startAt: start.startTime, readyAt: null };
  return null;
}

function overlaps(task: LongTask, from: number, to: number): boolean {
  return task.start < to && task.start + task.duration > from;
}

/**
 * Navigates to `url` and waits for the content script's measure; then lets the view's first frame render (and any
 * trailing long task surface) before reading the observers. `timeout` bounds the wait for the measure.
 */
export async function openMatched(page: Page, url: string, timeout: number): Promise<ViewRun> {
  await page.goto(url, { waitUntil: 'commit' });
  let marks: Marks;
  try {
    marks = await waitInPage(page, findMeasure, undefined, timeout);
  } catch {
    return {
      outcome: 'no-measure',
      duration: null,
      startAt: null,
      readyToFrame: null,
      ownLongTask: 0,
      anyLongTask: 0,
      extensionFrames: [],
      timerLag: null,
      frameGap: null,
      paragraphs: 0,
    };
  }
  if (marks.outcome === 'ready') {
    await waitInPage(
      page,
      () => window.__cableReaderBench?.frameAfterReady ?? null,
      undefined,
      timeout,
    ).catch(() => null);
  }
  // Long-task and long-frame entries are delivered after their task ends; give them a moment to arrive.
  await page.waitForTimeout(60);
  const probes = await readProbes(page);
  const paragraphs = await runInPage(
    page,
    () =>
      document.querySelector('cable-reader-view')?.shadowRoot?.querySelectorAll('[data-para]').length ?? 0,
  );
  const end = probes.frameAfterReady ?? marks.readyAt ?? marks.startAt + marks.duration;
  const own = probes.longTasks.filter((t) => overlaps(t, marks.startAt, end));
  return {
    outcome: marks.outcome,
    duration: marks.duration,
    startAt: marks.startAt,
    readyToFrame:
      marks.readyAt !== null && probes.frameAfterReady !== null
        ? probes.frameAfterReady - marks.readyAt
        : null,
    ownLongTask: Math.max(0, ...own.map((t) => t.duration)),
    anyLongTask: Math.max(0, ...probes.longTasks.map((t) => t.duration)),
    extensionFrames: probes.longFrames
      .map((f) => ({
        duration: f.duration,
        script: f.scripts
          .filter((s) => s.source.startsWith('chrome-extension://'))
          .reduce((sum, s) => sum + s.duration, 0),
      }))
      .filter((f) => f.script > 0),
    timerLag: probes.timerLag,
    frameGap: probes.frameGap,
    paragraphs,
  };
}
