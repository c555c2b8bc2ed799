// Hides the mirror page's original cable while the clean view shows, and gives it back exactly: marker attributes
// added and removed (no style or class of the page's own touched) and one stylesheet of ours. While clean, the view
// takes the whole page as a reader mode does: everything but the path from <html> to our host is hidden, that path
// is laid flat, and the page's canvas takes the view's theme; on screen and in print alike.

/** The attribute that hides an original element. */
export const HIDDEN_ATTR = 'data-cable-reader-hidden';
/** Marks <html> down to our host's parent while the view has the whole page; on <html> its value is the theme. */
export const PAGE_ATTR = 'data-cable-reader-page';
const STYLE_ATTR = 'data-cable-reader-style';
const HOST = 'cable-reader-view';

/** The canvas colours of each theme, the same as view.css's --bg, so overscroll and scrollbars match the view. */
const CANVAS = { light: '#fdfdfb', dark: '#16171a', sepia: '#f5edda' } as const;

// Laying the path flat: the mirror's fixed widths, floats, margins and overflow are what clipped the view at 640 px
// and kept its sidebar beside it. font-size 0 silences stray text nodes of the path (our host resets its own).
const FLAT =
  'display:block!important;margin:0!important;padding:0!important;border:0!important;width:auto!important;' +
  'min-width:0!important;max-width:none!important;height:auto!important;min-height:0!important;' +
  'float:none!important;position:static!important;overflow:visible!important;transform:none!important;' +
  'filter:none!important;contain:none!important;background:none!important;box-shadow:none!important;' +
  'font-size:0!important;color:transparent!important';

/**
 * The page-level rules: hidden originals; while the view has the page, nothing else of the page renders; while the
 * original shows, the page's own `#parN` jumps land below our strip at the top, not under it.
 */
export const PAGE_CSS = `[${HIDDEN_ATTR}]{display:none!important}
html[${PAGE_ATTR}] body :not([${PAGE_ATTR}]):not(${HOST}){display:none!important}
[${PAGE_ATTR}]:not(html){${FLAT}}
html[${PAGE_ATTR}]{margin:0!important;padding:0!important;overflow-x:auto!important;background:${CANVAS.light}!important;color-scheme:light!important}
html[${PAGE_ATTR}="dark"]{background:${CANVAS.dark}!important;color-scheme:dark!important}
html[${PAGE_ATTR}="sepia"]{background:${CANVAS.sepia}!important}
@media (prefers-color-scheme:dark){html[${PAGE_ATTR}="system"]{background:${CANVAS.dark}!important;color-scheme:dark!important}}
@media print{html[${PAGE_ATTR}]{background:#fff!important;color-scheme:light!important}}
html:has(${HOST}[data-mode="original"]){scroll-padding-top:3rem}`;

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

/** Gives the view the whole page: marks every ancestor of `host`, <html> with the theme (idempotent). */
export function takeWholePage(host: Element, theme: string): void {
  const root = host.ownerDocument.documentElement;
  for (let el = host.parentElement; el && el !== root; el = el.parentElement) {
    if (!el.hasAttribute(PAGE_ATTR)) el.setAttribute(PAGE_ATTR, '');
  }
  if (root.getAttribute(PAGE_ATTR) !== theme) root.setAttribute(PAGE_ATTR, theme);
}

/** Gives the page back: every mark removed, so each element is again as the page had it. */
export function giveBackPage(doc: Document): void {
  for (const el of doc.querySelectorAll(`[${PAGE_ATTR}]`)) el.removeAttribute(PAGE_ATTR);
}
