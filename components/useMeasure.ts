// Makes the line width mean what it says: measures how wide the cable's own characters are in the chosen font
// and size, and sets `--cr-char` so that a width of 72 gives about 72 characters a line (the `ch` unit is the
// width of "0", which runs wider or narrower than text, more so for capitals). Layout work only.
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** How much text is measured: enough for a stable average, little enough to cost nothing. */
const SAMPLE_CHARS = 600;

export function useMeasure(
  root: RefObject<HTMLElement | null>,
  sample: string,
  deps: readonly unknown[],
): void {
  useLayoutEffect(() => {
    const el = root.current;
    const text = sample.slice(0, SAMPLE_CHARS);
    if (!el || text.length < 40) return;
    const probe = el.ownerDocument.createElement('span');
    probe.className = 'cr-probe';
    probe.setAttribute('aria-hidden', 'true');
    probe.textContent = text;
    el.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    if (width > 0) el.style.setProperty('--cr-char', `${(width / text.length).toFixed(3)}px`);
  }, deps);
}
