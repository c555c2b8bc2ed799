// Renders a long list in chunks: the first few items at once, the rest in short slices between which the page
// answers input, each slice a new chunk so earlier ones are never diffed again. Knows nothing of cables.
import { useEffect, useLayoutEffect, useReducer, useRef } from 'preact/hooks';

/** Items rendered at once, before the view is ready (a screenful and more). */
export const FIRST_ITEMS = 20;
/** Work per slice, ms: well under a long task (50 ms), leaving the frame time to draw. */
const SLICE_MS = 8;

/**
 * Gives the event loop back (input, rendering, the page's own timers) and resumes in a plain task. Not
 * scheduler.yield(): its continuations go ahead of the page's tasks and, measured on 7 MB of cable text,
 * held the page's timers and frames back for seconds. A message task is not throttled as nested timers are.
 */
export function nextSlice(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface ChunkOptions {
  /** Render chunk by chunk (the page's view); otherwise everything at once. */
  progressive: boolean;
  /**
   * Items in the first chunk (FIRST_ITEMS when not given): those a first screen already drew, when the view takes
   * it over, so that render does no more than stand in for it and the rest come in slices.
   */
  first?: number;
  /** An index that must be rendered now (a paragraph the reader asked for), or -1. */
  through: number;
  /** Called once, when every item is rendered. */
  onComplete?: () => void;
}

/**
 * The chunks of `total` items to render, as increasing end indices (the last one is how far rendering got).
 * Chunk boundaries never move once rendered, so a memoized chunk component keeps its props.
 */
export function useChunks(
  total: number,
  { progressive, first = FIRST_ITEMS, through, onComplete }: ChunkOptions,
): readonly number[] {
  const chunks = useRef({ total: -1, ends: [] as number[] });
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const committed = useRef<(() => void) | null>(null);
  const done = useRef(onComplete);
  done.current = onComplete;

  if (chunks.current.total !== total) {
    chunks.current = { total, ends: [progressive ? Math.min(total, Math.max(1, first)) : total] };
  }
  const ends = chunks.current.ends;
  const reached = ends[ends.length - 1] ?? 0;
  // Rendered now, in this render: a jump to an item must find it in the DOM when the caller's render returns.
  if (through >= reached && through < total) ends.push(Math.min(total, through + FIRST_ITEMS));

  useLayoutEffect(() => {
    committed.current?.();
    committed.current = null;
  });

  useEffect(() => {
    let stopped = false;
    const last = () => ends[ends.length - 1] ?? 0;
    const slices = async () => {
      let size = FIRST_ITEMS;
      while (last() < total) {
        await nextSlice();
        if (stopped) return;
        const from = last();
        if (from >= total) break;
        const started = performance.now();
        const drawn = new Promise<void>((resolve) => {
          committed.current = resolve;
        });
        ends.push(Math.min(total, from + size));
        rerender(0);
        await drawn;
        if (stopped) return;
        // Aim the next slice at SLICE_MS from what this one cost; grow at most twofold, never below one item.
        const spent = Math.max(performance.now() - started, 0.5);
        size = Math.max(1, Math.min(size * 2, Math.floor((size * SLICE_MS) / spent)));
      }
      done.current?.();
    };
    void slices();
    return () => {
      stopped = true;
      committed.current = null;
    };
  }, [total]);

  return ends;
}
