// The content script's performance marks and measures, part of the outside contract (tests and benchmarks read
// them from the page's main world): start, then ready (then complete) or declined, each with its measure.

export const MARK_START = 'cable-reader:start';
const MARK_READY = 'cable-reader:ready';
const MARK_DECLINED = 'cable-reader:declined';
const MARK_COMPLETE = 'cable-reader:complete';

export function markStart(): void {
  performance.mark(MARK_START);
}

/** The clean view's DOM is committed and the original hidden (no waiting for paint). */
export function markReady(): void {
  performance.mark(MARK_READY);
  performance.measure('cable-reader', MARK_START, MARK_READY);
}

/** The page holds no cable we show; nothing was changed. */
export function markDeclined(): void {
  performance.mark(MARK_DECLINED);
  performance.measure('cable-reader-decline', MARK_START, MARK_DECLINED);
}

/** The rest of a long cable, added in slices after ready, is in the DOM too: every paragraph is there. */
export function markComplete(): void {
  performance.mark(MARK_COMPLETE);
  performance.measure('cable-reader-complete', MARK_START, MARK_COMPLETE);
}
