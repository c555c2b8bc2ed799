// Tells the content script, started at document_start, when the cable's text is in the DOM: as soon as the parser
// has gone past the known layout's box (a node parsed after it), else once the document is parsed. Watches only.
//
// The box is done when a node follows it: the parser appends only to elements still open, and a node after the box
// means the box was closed. The page's own trailing scripts and stylesheets (which hold DOMContentLoaded back, on
// the mirrors for as long as their downloads take) then no longer stand between the text and the clean view; what
// they might change in it is read again once the page is parsed (see keep-shown.ts).

/** How the text came to be there: its boxes parsed with the page still loading, or the whole page parsed. */
export type TextThere = 'boxes' | 'parsed';

/** True when `el` has a node after it in tree order outside its own subtree: the parser has closed it. */
function closed(el: Node): boolean {
  for (let node: Node | null = el; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/** True when every selector's first match is in the document and closed. */
export function boxesParsed(doc: Document, boxes: readonly string[]): boolean {
  if (boxes.length === 0) return false;
  return boxes.every((selector) => {
    const el = doc.querySelector(selector);
    return el !== null && closed(el);
  });
}

/**
 * Resolves when the page's text can be read: `boxes` once they are parsed (a page still loading), `parsed` at once
 * on a parsed document or at DOMContentLoaded, null when `stop` ends the wait first (the extension went away).
 */
export function whenTextThere(
  doc: Document,
  stop: AbortSignal,
  boxes: readonly string[] = [],
): Promise<TextThere | null> {
  if (doc.readyState !== 'loading') return Promise.resolve('parsed');
  if (stop.aborted) return Promise.resolve(null);
  if (boxesParsed(doc, boxes)) return Promise.resolve('boxes');
  return new Promise((resolve) => {
    // The parser's insertions come to the observer at the end of each of its tasks: the check is a few lookups.
    const watch =
      boxes.length > 0 ? new MutationObserver(() => boxesParsed(doc, boxes) && finish('boxes')) : null;
    const finish = (there: TextThere | null) => {
      watch?.disconnect();
      doc.removeEventListener('DOMContentLoaded', onParsed);
      stop.removeEventListener('abort', onStop);
      resolve(there);
    };
    const onParsed = () => finish('parsed');
    const onStop = () => finish(null);
    watch?.observe(doc, { childList: true, subtree: true });
    doc.addEventListener('DOMContentLoaded', onParsed);
    stop.addEventListener('abort', onStop);
  });
}

/** Resolves when the document is parsed (at once when it is), or when `stop` ends the wait. */
export function whenParsed(doc: Document, stop: AbortSignal): Promise<boolean> {
  return whenTextThere(doc, stop).then((there) => there !== null);
}
