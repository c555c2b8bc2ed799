// The brief highlight of a paragraph the reader was sent to (`#par4`, "Open" in the popup), so the eye finds it.
// An animation only: no class or attribute is changed, so the view's own rendering is never fought.

/** How long the highlight takes to fade. */
const FLASH_MS = 1_800;

/** Fades a highlight over `element`; the colour is the view's `--cr-flash`, with a yellow fallback. */
export function flash(element: Element): Animation | null {
  if (typeof element.animate !== 'function') return null;
  const style = getComputedStyle(element);
  const colour = style.getPropertyValue('--cr-flash').trim() || 'rgba(255, 200, 0, 0.4)';
  const rest = style.backgroundColor || 'transparent';
  return element.animate(
    [
      { backgroundColor: colour, offset: 0 },
      { backgroundColor: colour, offset: 0.45 },
      { backgroundColor: rest, offset: 1 },
    ],
    { duration: FLASH_MS, easing: 'ease-out' },
  );
}
