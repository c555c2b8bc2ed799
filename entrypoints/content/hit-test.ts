// Makes every element of the page take pointer input for the length of one hit test, and puts everything back
// after: an overlay that lets clicks through (`pointer-events: none`) is then found on top. DOM work only.
//
// Two ways, the same result: inline `pointer-events: auto !important` on the few elements that can be drawn (the
// walk skips every `display: none` subtree, so with the clean view up it meets a handful of the page's elements),
// checked after; or, when the walk meets too many elements, a pseudo-element or a slotted rule it cannot override
// inline, a stylesheet in every root. A stylesheet in the document restyles the whole page and the view's shadow
// tree twice per click (about 5 ms of the bench's toggle); inline styles restyle only what they touch.

/**
 * For the hit test only: every element takes pointer input. In a cascade layer declared before any of the page's,
 * because a layered `!important` beats every unlayered and later-layered `!important` of the page.
 */
const HIT_TEST_CSS = ['*', '*::before', '*::after', '::backdrop', ':host', '::slotted(*)']
  // i18n-exempt: a stylesheet rule, never shown to the reader
  .map((selector) => `@layer cable-reader-hit-test { ${selector} { pointer-events: auto !important; } }`)
  .join('\n');

/** An element's shadow root, open or closed (content scripts may see closed ones); null when it has none. */
function shadowOf(el: Element): ShadowRoot | null {
  const gecko = (el as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (gecko !== undefined) return gecko;
  const dom = (
    globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } }
  ).chrome?.dom;
  try {
    return dom?.openOrClosedShadowRoot?.(el) ?? el.shadowRoot;
  } catch {
    // The extension was reloaded or updated under this tab: its APIs throw "Extension context invalidated",
    // and a view left running still answers clicks until it steps aside, so open shadow roots must do.
    return el.shadowRoot;
  }
}

/** The document and every shadow root in it; ours (`own`, which holds none) is added, never searched. */
function allRoots(own: ShadowRoot): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of (roots[i] as Document | ShadowRoot).querySelectorAll('*')) {
      const shadow = el === own.host ? null : shadowOf(el);
      if (shadow) roots.push(shadow);
    }
  }
  roots.push(own);
  return roots;
}

/** Makes `el` take pointer input with an inline `!important` (which beats every sheet); returns the undo. */
function forceHittable(el: Element): () => void {
  const { style } = el as HTMLElement;
  const hadStyle = el.hasAttribute('style');
  const value = style.getPropertyValue('pointer-events');
  const priority = style.getPropertyPriority('pointer-events');
  style.setProperty('pointer-events', 'auto', 'important');
  return () => {
    if (!hadStyle) el.removeAttribute('style');
    else if (value) style.setProperty('pointer-events', value, priority);
    else style.removeProperty('pointer-events');
  };
}

/**
 * The view's own elements that can be out of the hit test while its shadow root holds only our sheets: what our
 * sheets give `pointer-events` (`nonHittable`) and anything with a `pointer-events` of its own inline (how the page
 * can do it there without a sheet). Their descendants inherit from them. Null when only a stylesheet can reach
 * them all (our sheets set it on a pseudo-element).
 */
function ownNonHittable(shadow: ShadowRoot, nonHittable: readonly string[]): Element[] | null {
  if (nonHittable.some((selector) => selector.includes(':'))) return null;
  const found: Element[] = [];
  for (const el of shadow.querySelectorAll<HTMLElement>(['[style]', ...nonHittable].join(', '))) {
    if (el.style?.getPropertyValue('pointer-events') || nonHittable.some((selector) => el.matches(selector)))
      found.push(el);
  }
  return found;
}

/** More drawn elements than this (the original page shown) and one stylesheet is the cheaper way. */
const MAX_DRAWN = 150;

/**
 * The page's elements that can be drawn, across its shadow roots (never into ours, whose host is included), or null
 * past MAX_DRAWN. An element under a `display: none` ancestor has no box, so no hit test can find it.
 */
function drawnElements(own: ShadowRoot): Element[] | null {
  const drawn: Element[] = [];
  const stack: Element[] = document.documentElement ? [document.documentElement] : [];
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (el !== own.host && getComputedStyle(el).display === 'none') continue;
    drawn.push(el);
    if (drawn.length > MAX_DRAWN) return null;
    if (el === own.host) continue;
    stack.push(...el.children);
    const shadow = shadowOf(el);
    if (shadow) stack.push(...shadow.children);
  }
  return drawn;
}

/** Top-layer elements, whose `::backdrop` is drawn over everything below them. */
const TOP_LAYER = ':modal, :popover-open, :fullscreen';

/** True when `el` and its drawn pseudo-elements take pointer input as they now stand. */
function takesInput(el: Element): boolean {
  if (getComputedStyle(el).pointerEvents !== 'auto') return false;
  for (const pseudo of ['::before', '::after']) {
    const style = getComputedStyle(el, pseudo);
    if (style.content !== 'none' && style.pointerEvents !== 'auto') return false;
  }
  return !el.matches(TOP_LAYER) || getComputedStyle(el, '::backdrop').pointerEvents === 'auto';
}

/**
 * Makes the page's drawn elements take pointer input inline, pushing each undo onto `undo`; false (with nothing
 * left changed) when an element or pseudo-element still would not (a rule of the page's that beats inline styles,
 * or one on a pseudo-element) or there are too many to walk.
 */
function pageHittableInline(own: ShadowRoot, undo: (() => void)[]): boolean {
  const drawn = drawnElements(own);
  if (!drawn) return false;
  const mark = undo.length;
  for (const el of drawn) if (getComputedStyle(el).pointerEvents !== 'auto') undo.push(forceHittable(el));
  if (drawn.every(takesInput)) return true;
  for (const step of undo.splice(mark).reverse()) step();
  return false;
}

/** Puts a stylesheet making every element take pointer input into `root`, and overrides its inline `!important`s. */
function sheetHittable(root: Document | ShadowRoot, undo: (() => void)[]): void {
  const style = document.createElement('style');
  style.textContent = HIT_TEST_CSS;
  (root === document ? document.documentElement : root).prepend(style);
  undo.push(() => style.remove());
  for (const el of root.querySelectorAll<HTMLElement>('[style]')) {
    const { style: inline } = el;
    if (inline?.getPropertyPriority('pointer-events') !== 'important') continue;
    const value = inline.getPropertyValue('pointer-events');
    inline.setProperty('pointer-events', 'auto', 'important');
    undo.push(() => inline.setProperty('pointer-events', value, 'important'));
  }
}

/**
 * Runs `test` while every element takes pointer input, then puts the page back as it was. `own`: the view's shadow
 * root; `ownOnly`: it holds only our sheets, whose rules setting `pointer-events` are `nonHittable`.
 */
export function withEveryElementHittable<T>(
  own: ShadowRoot,
  ownOnly: boolean,
  nonHittable: readonly string[],
  test: () => T,
): T {
  const undo: (() => void)[] = [];
  try {
    const ownElements = ownOnly ? ownNonHittable(own, nonHittable) : null;
    if (ownElements) for (const el of ownElements) undo.push(forceHittable(el));
    else sheetHittable(own, undo);
    if (!pageHittableInline(own, undo)) {
      for (const root of allRoots(own)) if (root !== own) sheetHittable(root, undo);
    }
    return test();
  } finally {
    for (const step of undo.reverse()) step();
  }
}
