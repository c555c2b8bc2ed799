// Makes the line width mean what it says: measures how wide the cable's own characters are in the chosen font
// and size, and sets `--cr-char` so that a width of 72 gives about 72 characters a line (the `ch` unit is the
// width of "0", which runs wider or narrower than text, more so for capitals). Layout work only.
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** How much text is measured: enough for a stable average, little enough to cost nothing. */
const SAMPLE_CHARS = 600;

/** Paragraphs whose text is measured: the first few, as the reader meets them. */
const SAMPLE_PARAGRAPHS = 6;

/** The text measured, before any sentence case: the first paragraphs' text. */
export function measureSample(paragraphs: readonly { text: string }[]): string {
  return paragraphs
    .slice(0, SAMPLE_PARAGRAPHS)
    .map((b) => b.text)
    .join(' ');
}

/** Sets `--cr-char` on `el` from how wide `sample` is in its font (a layout read; nothing for a short sample). */
export function measureChar(el: HTMLElement, sample: string): void {
  const text = sample.slice(0, SAMPLE_CHARS);
  if (text.length < 40) return;
  const probe = el.ownerDocument.createElement('span');
  probe.className = 'cr-probe';
  probe.setAttribute('aria-hidden', 'true');
  probe.textContent = text;
  el.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  if (width > 0) el.style.setProperty('--cr-char', `${(width / text.length).toFixed(3)}px`);
}

export function useMeasure(
  root: RefObject<HTMLElement | null>,
  sample: string,
  deps: readonly unknown[],
): void {
  useLayoutEffect(() => {
    if (root.current) measureChar(root.current, sample);
  }, deps);
}
