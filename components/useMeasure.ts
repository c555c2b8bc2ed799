// Makes the line width mean what it says: measures how wide the cable's own characters are in the chosen font
// and size, and sets `--cr-char` so that a width of 72 gives about 72 characters a line (the `ch` unit is the
// width of "0", which runs wider or narrower than text, more so for capitals). Reads style, never layout.
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

/** One 2D context per document: text is measured in it, never drawn. */
const contexts = new WeakMap<Document, CanvasRenderingContext2D | null>();

function measuringContext(doc: Document): CanvasRenderingContext2D | null {
  if (!contexts.has(doc)) contexts.set(doc, doc.createElement('canvas').getContext('2d'));
  return contexts.get(doc) ?? null;
}

/**
 * Sets `--cr-char` on `el` from how wide `sample` is in its font (nothing for a short sample, or where no canvas
 * measures text). Measured by canvas in the font the element's style gives: a laid-out probe forced a layout of the
 * whole page, 2-11 ms before the first screen's first frame on corpus pages, which then laid it all out again.
 */
export function measureChar(el: HTMLElement, sample: string): void {
  const text = sample.slice(0, SAMPLE_CHARS);
  if (text.length < 40) return;
  const context = measuringContext(el.ownerDocument);
  if (!context) return;
  const style = getComputedStyle(el);
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  context.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
  const width = context.measureText(text).width;
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
