// Chrome's offscreen document for "Copy citation" and "Copy link": the background opens it (reason CLIPBOARD) and
// sends it the text, which it copies here, out of every web page's reach. Answers nothing else; no UI, no store.
import { browser } from 'wxt/browser';
import { copyInDocument } from '../../lib/clipboard/in-document';
import { clipboardWriteText } from '../../lib/messaging/offscreen';

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  const text = clipboardWriteText(message);
  // Other messages (the "bookmarks changed" broadcast) are not ours to answer.
  if (text === undefined || sender.id !== browser.runtime.id) return undefined;
  return copyInDocument(document, text);
});
