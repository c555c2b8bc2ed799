// Lays out the clean view's sections up to a target for real before a scroll is measured: off-screen sections
// skip layout (content-visibility in view.css) and stand in at an estimated height until seen. DOM work only.

/** The sections view.css lets the browser skip while off screen. */
const SECTIONS = '.cr-para, .cr-loose';

/**
 * Makes every section from the first to the one holding `target` take its real height until the next frame
 * has been drawn; by then the browser remembers those heights (`contain-intrinsic-size: auto`), so positions
 * measured now stay true after.
 */
export function layOutThrough(root: ParentNode, target: Element): void {
  const last = target.closest(SECTIONS);
  if (!last) return;
  const forced: HTMLElement[] = [];
  for (const section of root.querySelectorAll<HTMLElement>(SECTIONS)) {
    section.style.contentVisibility = 'visible';
    forced.push(section);
    if (section === last) break;
  }
  requestAnimationFrame(() =>
    setTimeout(() => {
      for (const section of forced) section.style.removeProperty('content-visibility');
    }),
  );
}
