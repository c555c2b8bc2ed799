// Which numbered paragraph the reader is at: the first one whose box reaches below the slim bar, kept up to date
// as the page scrolls or resizes (once a frame at most). Layout reads only; knows nothing of cables.
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The paragraph under the line `line` px from the viewport's top, by binary search over paragraphs in order. */
function paragraphAt(paragraphs: readonly HTMLElement[], line: number): HTMLElement | null {
  const shown = paragraphs.filter((p) => !p.hidden);
  let lo = 0;
  let hi = shown.length - 1;
  let found: HTMLElement | null = shown[0] ?? null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const el = shown[mid] as HTMLElement;
    if (el.getBoundingClientRect().bottom > line) {
      found = el;
      hi = mid - 1;
    } else {
      lo = mid + 1;
    }
  }
  return found;
}

/** The key of the paragraph at the reading line, or null before the view has any. */
export function useReadingSpot(
  root: RefObject<HTMLElement | null>,
  active: boolean,
  line: () => number,
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
      setKey(paragraphAt(paragraphs, line())?.dataset.key ?? null);
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
  }, [root, active, line]);
  return key;
}
