// The reader's first meeting with each page: a fresh tab per load (a fresh renderer, no code warmed on the same
// page), the page's own first paint without the extension, then the same page at its mirror URL: when the clean
// view is first painted, how many frames showed raw cable text before it, the measure, long tasks. Reads only.
import type { BrowserContext } from 'playwright-core';
import { waitInPage } from './in-page';
import type { BenchPage } from './pages';
import { type FrameSample, readProbes } from './probes';
import { timeReadability } from './readability';
import { median } from './stats';

export interface ColdRun {
  id: string;
  /** The page's first-contentful-paint at an unmatched URL (no content script), fresh tab, ms. */
  plainFcp: number | null;
  /** Readability.parse() of the same page there: median of a few parses, ms. */
  readabilityMs: number;
  /** The same page's first-contentful-paint at its mirror URL, with the extension, ms. */
  fcp: number | null;
  /** `cable-reader:start`, ms after navigation start. */
  startAt: number | null;
  /** `cable-reader:first-paint`: the frame the clean view is first drawn in, ms after navigation start. */
  firstPaint: number | null;
  /** The page's DOMContentLoaded (the text is all there, the script reads it), ms after navigation start. */
  textThere: number | null;
  /** The `cable-reader` measure (start to the view committed), ms. */
  measure: number | null;
  /** Frames rendered at or after the page's first contentful paint with raw cable text on screen, up to the view's. */
  rawFrames: number;
  /** Frames sampled in all (a check that the probe ran). */
  frames: number;
  /** Longest long task in the page up to the view's first frame, ms (0: none). */
  longTask: number;
}

interface Marks {
  start: number | null;
  textThere: number | null;
  firstPaint: number | null;
  measure: number | null;
  declined: boolean;
}

function readMarks(): Marks | null {
  const at = (name: string) => performance.getEntriesByName(name)[0];
  const firstPaint = at('cable-reader:first-paint');
  const declined = at('cable-reader:declined');
  // The view's first paint (its first screen) comes before the view is up (ready): wait for both.
  const measured = at('cable-reader') !== undefined;
  if (!declined && !(firstPaint && measured)) return null;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return {
    start: at('cable-reader:start')?.startTime ?? null,
    textThere: navigation?.domContentLoadedEventStart || null,
    firstPaint: firstPaint?.startTime ?? null,
    measure: at('cable-reader')?.duration ?? null,
    declined: declined !== undefined,
  };
}

/**
 * Frames that showed raw text to the reader: a frame draws only from the first contentful paint on (the one whose
 * callbacks ran last before it, and every one after), up to the frame of the view's first paint.
 */
function rawFramesShown(frames: readonly FrameSample[], fcp: number | null, until: number | null): number {
  if (fcp === null) return frames.filter((f) => f.raw && (until === null || f.at < until)).length;
  const painting = frames.filter((f) => f.at <= fcp).at(-1)?.at ?? fcp;
  return frames.filter((f) => f.raw && f.at >= painting && (until === null || f.at < until)).length;
}

/** The page as the mirror alone shows it: its first contentful paint, then Readability timed on it. */
async function plainPage(
  context: BrowserContext,
  url: string,
  runs: number,
): Promise<{ fcp: number | null; readabilityMs: number }> {
  const tab = await context.newPage();
  try {
    await tab.goto(url, { waitUntil: 'load' });
    const fcp = await waitInPage(tab, () => window.__cableReaderBench?.fcp ?? null, undefined, 5000).catch(
      () => null,
    );
    const readability = await timeReadability(tab, url, runs);
    return { fcp, readabilityMs: median(readability.times) };
  } finally {
    await tab.close();
  }
}

/** One cold load of `page` at its mirror URL in a fresh tab, after its own first paint at the plain URL. */
export async function coldRun(context: BrowserContext, page: BenchPage, runs: number): Promise<ColdRun> {
  const plain = await plainPage(context, page.plainUrl, runs);
  const tab = await context.newPage();
  try {
    await tab.goto(page.mirrorUrl, { waitUntil: 'commit' });
    const marks = await waitInPage(tab, readMarks, undefined, 15_000).catch(() => null);
    // Let the probe sample the frames after the view's first one, and trailing long tasks arrive.
    await tab.waitForTimeout(120);
    const probes = await readProbes(tab);
    const until = marks?.firstPaint ?? null;
    return {
      id: page.id,
      plainFcp: plain.fcp,
      readabilityMs: plain.readabilityMs,
      fcp: probes.fcp,
      startAt: marks?.start ?? null,
      firstPaint: until,
      textThere: marks?.textThere ?? null,
      measure: marks?.measure ?? null,
      rawFrames: rawFramesShown(probes.frames, probes.fcp, until),
      frames: probes.frames.length,
      longTask: Math.max(
        0,
        ...probes.longTasks.filter((t) => until === null || t.start < until).map((t) => t.duration),
      ),
    };
  } finally {
    await tab.close();
  }
}
