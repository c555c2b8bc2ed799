// Hides the mirror page's original cable while the clean view shows, and gives it back exactly: one marker
// attribute added and removed (no style or class of the page's own touched) and one stylesheet of ours.
// Also holds the print rules that make printing in clean view print the clean cable alone.

/** The attribute that hides an original element; its presence is also what "clean view on" means in print. */
export const HIDDEN_ATTR = 'data-cable-reader-hidden';
const STYLE_ATTR = 'data-cable-reader-style';
const HOST = 'cable-reader-view';

/** The page-level rules: hide marked originals; in print, while something is hidden, only our view prints. */
export const PAGE_CSS = `[${HIDDEN_ATTR}]{display:none!important}
@media print{
body:has([${HIDDEN_ATTR}]) :not(${HOST}):not(:has(${HOST})){display:none!important}
body:has([${HIDDEN_ATTR}]) :has(${HOST}){margin:0!important;padding:0!important;border:0!important;width:auto!important;max-width:none!important;float:none!important;position:static!important;background:none!important;box-shadow:none!important}
}`;

/** Adds our page stylesheet once; returns its removal. */
export function installPageStyle(doc: Document): () => void {
  let style = doc.querySelector(`style[${STYLE_ATTR}]`);
  if (!style) {
    style = doc.createElement('style');
    style.setAttribute(STYLE_ATTR, '');
    style.textContent = PAGE_CSS;
    (doc.head ?? doc.documentElement).append(style);
  }
  const installed = style;
  return () => installed.remove();
}

/** Hides the original elements (idempotent). */
export function hideOriginal(elements: readonly Element[]): void {
  for (const el of elements) if (!el.hasAttribute(HIDDEN_ATTR)) el.setAttribute(HIDDEN_ATTR, '');
}

/** Shows them again: removing the one attribute we added leaves each element as the page had it. */
export function showOriginal(elements: readonly Element[]): void {
  for (const el of elements) el.removeAttribute(HIDDEN_ATTR);
}
