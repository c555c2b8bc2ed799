// Copies text for the clean view's "copy link" and "copy citation": the background copies it in the extension's own
// context (lib/clipboard/background.ts), out of the page's reach; where it cannot, this script's own Clipboard API.
// Never the page's `copy` event, which the page can rewrite. Reports failure, never throws.
import { send } from '../../lib/messaging/runtime';

export async function copyText(text: string): Promise<boolean> {
  try {
    if (await send('clipboard.write', { text })) return true;
  } catch {
    // The background is unreachable (the extension is reloading): try this script's own clipboard.
  }
  try {
    // The content script's navigator, which the page cannot replace; the page's Permissions-Policy may refuse it.
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
