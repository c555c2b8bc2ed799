// Which numbered paragraph the reader is at, kept up to date as the page scrolls or resizes (once a frame at
// most): the one that starts under the slim bar, or the one still showing more than its last lines below the bar.
// Layout reads only; knows nothing of cables.
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Lines of a paragraph's tail that may still show under the bar while the reader has moved on to the next. */
const TAIL_LINES = 2;

/**
 * The paragraph being read below the edge `edge` px from the viewport's top: the first that starts at or below
 * the edge, or whose text reaches more than `tail` px below it (a paragraph's last line or two left under the bar
 * is read already; counting it put the bar one paragraph behind). Both tests only ever turn true further down,
 * so a binary search over the paragraphs in order finds the first.
 */
function paragraphAt(paragraphs: readonly HTMLElement[], edge: number, tail: number): HTMLElement | null {
  const shown = paragraphs.filter((p) => !p.hidden);
  let lo = 0;
  let hi = shown.length - 1;
  let found: HTMLElement | null = shown.at(-1) ?? null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const el = shown[mid] as HTMLElement;
    const box = el.getBoundingClientRect();
    if (box.top >= edge - 2 || box.bottom > edge + tail) {
      found = el;
      hi = mid - 1;
    } else {
      lo = mid + 1;
    }
  }
  return found;
}

/** The height of `lines` lines of the paragraph's text, as the reader's settings lay it out. */
function linesHeight(el: HTMLElement | undefined, lines: number): number {
  if (!el) return 0;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  const height = Number.parseFloat(style?.lineHeight ?? '');
  return lines * (Number.isFinite(height) ? height : 1.6 * Number.parseFloat(style?.fontSize ?? '16'));
}

/** The key of the paragraph at the reading spot under the bar's edge `edge()`, or null before the view has any. */
export function useReadingSpot(
  root: RefObject<HTMLElement | null>,
  active: boolean,
  edge: () => number,
): string | null {
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    if (!active) return;
    const win = root.current?.ownerDocument.defaultView;
    if (!win) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const paragraphs = [...(root.current?.querySelectorAll<HTMLElement>('.cr-body [data-para]') ?? [])];
      const tail = linesHeight(paragraphs[0], TAIL_LINES);
      setKey(paragraphAt(paragraphs, edge(), tail)?.dataset.key ?? null);
    };
    const schedule = () => {
      if (!frame) frame = win.requestAnimationFrame(update);
    };
    schedule();
    win.addEventListener('scroll', schedule, { passive: true });
    win.addEventListener('resize', schedule, { passive: true });
    return () => {
      win.removeEventListener('scroll', schedule);
      win.removeEventListener('resize', schedule);
      if (frame) win.cancelAnimationFrame(frame);
    };
  }, [root, active, edge]);
  return key;
}
