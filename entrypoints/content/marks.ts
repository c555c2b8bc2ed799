// The content script's performance marks and measures, part of the outside contract (tests and benchmarks read
// them from the page's main world): start, then ready, first-paint (then complete) or declined, with measures.

export const MARK_START = 'cable-reader:start';
const MARK_READY = 'cable-reader:ready';
const MARK_FIRST_PAINT = 'cable-reader:first-paint';
const MARK_DECLINED = 'cable-reader:declined';
const MARK_COMPLETE = 'cable-reader:complete';

/**
 * The script's own time so far, ms: from start to the wait for the page's text, plus since the wait ended. A
 * decline is judged by it: the page's parsing in between is the browser's time, not ours.
 */
const work = { before: 0, resumedAt: Number.NaN };

/** The content script's first line (document_start on the mirrors). */
export function markStart(): void {
  performance.mark(MARK_START);
  work.before = 0;
  work.resumedAt = performance.now();
}

/** The script starts waiting for the page's text (the parser's time, until `resumeWork`). */
export function pauseWork(): void {
  if (!Number.isNaN(work.resumedAt)) work.before += performance.now() - work.resumedAt;
  work.resumedAt = Number.NaN;
}

/** The page's text is there; the script works again. */
export function resumeWork(): void {
  if (Number.isNaN(work.resumedAt)) work.resumedAt = performance.now();
}

function workMs(): number {
  return work.before + (Number.isNaN(work.resumedAt) ? 0 : performance.now() - work.resumedAt);
}

/** The clean view's DOM is committed and the original hidden (no waiting for paint). */
export function markReady(): void {
  performance.mark(MARK_READY);
  performance.measure('cable-reader', MARK_START, MARK_READY);
}

/**
 * Marks the frame the clean view is first drawn in: animation-frame callbacks run in the rendering update that
 * paints the DOM as it stands, and the view was committed before this is called.
 */
export function markFirstPaint(): void {
  requestAnimationFrame(() => {
    performance.mark(MARK_FIRST_PAINT);
  });
}

/**
 * The page holds no cable we show; nothing was changed. The measure's duration is the script's own work (see
 * `work`), its start the script's first line.
 */
export function markDeclined(): void {
  const duration = workMs();
  performance.mark(MARK_DECLINED);
  const start = performance.getEntriesByName(MARK_START, 'mark').at(-1)?.startTime ?? 0;
  performance.measure('cable-reader-decline', { start, duration });
}

/** The rest of a long cable, added in slices after ready, is in the DOM too: every paragraph is there. */
export function markComplete(): void {
  performance.mark(MARK_COMPLETE);
  performance.measure('cable-reader-complete', MARK_START, MARK_COMPLETE);
}
