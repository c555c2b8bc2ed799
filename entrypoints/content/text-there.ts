// Tells the content script, started at document_start, when the cable's text is all in the DOM: once the document
// is parsed (DOMContentLoaded). Watches only; changes nothing.
//
// Not earlier (once the parser has gone past the layout's box, watched with a MutationObserver): on the corpus the
// page's end follows the box at once, so that wins nothing measurable, and it would rest on the parser's insertion
// order, which misnested markup bends.

/**
 * Resolves true when the page's text can be read: at once when the document is parsed already, else at
 * DOMContentLoaded. `stop` ends the wait early (the extension went away); the promise then resolves false.
 */
export function whenTextThere(doc: Document, stop: AbortSignal): Promise<boolean> {
  if (doc.readyState !== 'loading') return Promise.resolve(true);
  if (stop.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const finish = (there: boolean) => {
      doc.removeEventListener('DOMContentLoaded', onParsed);
      stop.removeEventListener('abort', onStop);
      resolve(there);
    };
    const onParsed = () => finish(true);
    const onStop = () => finish(false);
    doc.addEventListener('DOMContentLoaded', onParsed);
    stop.addEventListener('abort', onStop);
  });
}
