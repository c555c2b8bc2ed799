// Keeps the reader's place across a render that may replace nodes (the view taking the first screen over): the
// focused element, found again by its id or its paragraph, and the page's scroll position. DOM work only.

/** How to find an element again in the new DOM: its id, else its paragraph's key and its own class. */
function addressOf(el: Element): string | null {
  if (el.id) return `#${CSS.escape(el.id)}`;
  const para = el.closest<HTMLElement>('[data-key]');
  const key = para?.dataset.key;
  if (!key) return null;
  const own = el.classList[0];
  const where = `[data-key="${CSS.escape(key)}"]`;
  return own && el !== para ? `${where} .${CSS.escape(own)}` : where;
}

/** Runs `render` on `root`'s DOM and gives focus and scroll back as they were, where the render moved them. */
export function keepingPlace(root: ShadowRoot, render: () => void): void {
  const win = root.host.ownerDocument.defaultView;
  const focused = root.activeElement;
  const address = focused ? addressOf(focused) : null;
  const x = win?.scrollX ?? 0;
  const y = win?.scrollY ?? 0;
  render();
  if (focused && !focused.isConnected && address) {
    root.querySelector<HTMLElement>(address)?.focus({ preventScroll: true });
  }
  if (win && (win.scrollX !== x || win.scrollY !== y)) win.scrollTo(x, y);
}
