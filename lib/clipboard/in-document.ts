// Copies text from one of the extension's own documents (Chrome's offscreen document, Firefox's background page),
// where no web page can listen: the async Clipboard API, else a textarea and execCommand. Never run in a web page.

/** Resolves whether the text reached the clipboard; never throws. */
export async function copyInDocument(doc: Document, text: string): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // An unfocused document (the offscreen one always is) is refused the async API: the textarea is its way.
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  doc.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}
