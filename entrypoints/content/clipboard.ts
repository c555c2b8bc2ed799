// Copies text for the clean view's "copy link" and "copy citation": the async Clipboard API, else the old
// selection-and-copy path inside our own shadow root (never in the page's DOM). Reports failure, never throws.

export async function copyText(text: string, scratch: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Plain-http pages and some browsers refuse the async API; fall through to the selection path.
  }
  const focused = (scratch.getRootNode() as ShadowRoot | Document).activeElement as HTMLElement | null;
  const area = scratch.ownerDocument.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;opacity:0;pointer-events:none';
  scratch.append(area);
  area.select();
  let copied = false;
  try {
    copied = scratch.ownerDocument.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus();
  return copied;
}
