// Tells the content script, started at document_start, when the cable's text is all in the DOM: once the parser
// has gone past the layout's container, else when the document is parsed. Watches only; changes nothing.
import type { EarlyLayout } from './early-hide';

/** True when the parser has moved past `el`: some node after it, or after one of its ancestors, exists. */
export function parsedPast(el: Node): boolean {
  // Up to the document element: the document's own children (doctype, comments, <html>) say nothing of parsing.
  for (let node: Node | null = el; node && node.parentNode?.nodeType === 1; node = node.parentNode) {
    if (node.nextSibling) return true;
  }
  return false;
}

/** True when one of the layouts' containers is in the DOM and fully parsed. */
function containerDone(doc: Document, layouts: readonly EarlyLayout[]): boolean {
  for (const layout of layouts) {
    const container = doc.querySelector(layout.container);
    if (container && parsedPast(container)) return true;
  }
  return false;
}

/**
 * Resolves when the page's cable text can be read: at once when the document is parsed already; else when a
 * layout's container has been parsed past (before the page's trailing scripts and images), or when parsing ends.
 * `stop` ends the wait early (the extension went away); the promise then resolves false.
 */
export function whenTextThere(
  doc: Document,
  layouts: readonly EarlyLayout[],
  stop: AbortSignal,
): Promise<boolean> {
  if (doc.readyState !== 'loading') return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (there: boolean) => {
      observer.disconnect();
      doc.removeEventListener('DOMContentLoaded', onParsed);
      stop.removeEventListener('abort', onStop);
      resolve(there);
    };
    const onParsed = () => finish(true);
    const onStop = () => finish(false);
    // Mutation callbacks run after each stretch of parsing; the check is two selector lookups and a short walk.
    const observer = new MutationObserver(() => {
      if (containerDone(doc, layouts)) finish(true);
    });
    observer.observe(doc, { childList: true, subtree: true });
    doc.addEventListener('DOMContentLoaded', onParsed);
    stop.addEventListener('abort', onStop);
    if (containerDone(doc, layouts)) finish(true);
  });
}
