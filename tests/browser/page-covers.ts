// How a page covers one of the view's controls to have it pressed unseen (clickjacking), for the page-controls suites
// in Chromium and Firefox: functions run in the page's main world (self-contained, sent as source). Covering only:
// what a suite expects of the click lives in the suite.

/**
 * How the page covers a control while the view has the whole page (every other element of the body hidden): an
 * element of its own outside the body (or inside a closed shadow root of its own), a pseudo-element of <html>, an
 * element put into the view's open shadow root (by its inline style, or by a sheet the page put there with it),
 * each letting clicks through; a style put there that makes the toggle see-through; or its body made see-through.
 * `none`: nothing over it.
 */
export type Cover =
  | 'decoy'
  | 'transparent overlay'
  | 'element in a page component'
  | 'pseudo-element'
  | 'element in the view'
  | 'element styled in the view'
  | 'style in the view'
  | 'see-through body'
  | 'none';

/** Every cover that hides a control, in the order the suites try them. */
export const COVERS: readonly Exclude<Cover, 'none'>[] = [
  'decoy',
  'transparent overlay',
  'element in a page component',
  'pseudo-element',
  'element in the view',
  'element styled in the view',
  'style in the view',
  'see-through body',
];

/**
 * Covers paragraph `label`'s bookmark toggle as `cover` says and returns the toggle's centre: where the reader's
 * pointer goes. With `scroll`, first scrolls the toggle to the middle of the viewport; without, the caller has it
 * there, still (Firefox: FirefoxTab.settle).
 */
export function coverToggle({ label, cover, scroll }: { label: string; cover: Cover; scroll: boolean }): {
  x: number;
  y: number;
} {
  const shadow = document.querySelector('cable-reader-view')?.shadowRoot;
  const button = shadow?.querySelector(`[aria-label="Bookmark paragraph ${label}"]`);
  if (!shadow || !button) throw new Error('no toggle');
  if (scroll) button.scrollIntoView({ block: 'center' });
  const rect = button.getBoundingClientRect();
  const box = `position:fixed;left:${rect.left - 40}px;top:${rect.top - 20}px;width:120px;height:60px;z-index:2147483647;pointer-events:none`;
  const overlay = document.createElement('div');
  overlay.className = 'page-cover';
  if (cover === 'decoy' || cover === 'element in the view') {
    overlay.textContent = 'Claim your prize';
    overlay.style.cssText = `${box};background:gold;color:black`;
    (cover === 'decoy' ? document.documentElement : shadow).append(overlay);
  } else if (cover === 'element styled in the view') {
    // No inline pointer-events: the page's own sheet in the view's shadow root lets clicks through it.
    const style = document.createElement('style');
    style.className = 'page-cover';
    style.textContent = '.page-cover { pointer-events: none !important; }';
    overlay.textContent = 'Claim your prize';
    overlay.style.cssText = `${box.replace(';pointer-events:none', '')};background:gold;color:black`;
    shadow.append(style, overlay);
  } else if (cover === 'element in a page component') {
    // The page's own component, its overlay out of reach of the page's sheets and of ours.
    const host = document.createElement('page-widget');
    host.className = 'page-cover';
    overlay.textContent = 'Claim your prize';
    overlay.style.cssText = `${box};background:gold;color:black`;
    host.attachShadow({ mode: 'closed' }).append(overlay);
    document.documentElement.append(host);
  } else if (cover === 'transparent overlay') {
    overlay.style.cssText = box;
    document.documentElement.append(overlay);
  } else if (cover === 'pseudo-element') {
    const style = document.createElement('style');
    style.className = 'page-cover';
    style.textContent = `html::after{content:"Claim your prize";${box};background:gold}`;
    document.head.append(style);
  } else if (cover === 'style in the view') {
    const style = document.createElement('style');
    style.className = 'page-cover';
    style.textContent = '.cr-bm { opacity: 0 !important; }';
    shadow.append(style);
  } else if (cover === 'see-through body') document.body.style.opacity = '0';
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** Takes every cover `coverToggle` put in the page away. */
export function uncover(): void {
  const shadow = document.querySelector('cable-reader-view')?.shadowRoot;
  for (const el of [
    ...document.querySelectorAll('.page-cover'),
    ...(shadow?.querySelectorAll('.page-cover') ?? []),
  ])
    el.remove();
  document.body.style.removeProperty('opacity');
}
