// Refuses a click on the view's controls that the reader cannot have meant for it: one the page covered at that
// moment (an overlay, even one that lets clicks through), or made see-through. Checked as the click arrives, the same
// way in every browser; DOM work only, and everything it puts in the page is gone before the click goes on.
//
// Why not IntersectionObserver v2 (`trackVisibility`): Firefox has none, and where it exists it reports a control as
// not visible until its delay passed since the control came into view, refusing the reader's first click on a tab
// just brought to front. Instead, at the click: (1) what is on top at the click point and at the control's centre,
// hit-tested with every element of the page (its own shadow roots and ours included) made to take pointer input,
// so an overlay with `pointer-events: none` counts; (2) the opacity, filters, blending and masks of the control and
// every element above it, the host's page ancestors included. A keyboard press (no coordinates) checks the centre.
// Inside the view, our own CSS fades controls in as the pointer comes (faster than the click may be): there, effects
// are trusted while the view's shadow root holds only our styles, and checked like the page's once it holds others.

import { withEveryElementHittable } from './hit-test';

/** What is pressed: the elements whose click does something (a toggle, a link, a choice). */
const CONTROLS = [
  'button',
  'a[href]',
  'summary',
  'label',
  'input:is([type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"], [type="image"])',
  '[role="button"]',
  '[role="link"]',
  '[role^="menuitem"]',
  '[role="option"]',
  '[role="tab"]',
  '[role="switch"]',
].join(', ');

/** Below this opacity (the product over the control and everything above it) a control counts as not seen. */
const MIN_OPACITY = 0.5;

/** Filters that can hide what they apply to; colour filters (invert, sepia, a dark-mode extension's) cannot. */
const HIDING_FILTER = /\b(opacity|brightness|contrast|blur|url)\(/;

interface Point {
  x: number;
  y: number;
}

/** The element above `el`, across shadow boundaries (a shadow root's host). */
function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  // Duck-typed: in Firefox the page's nodes reach a content script wrapped, where `instanceof` is unreliable.
  const root = el.parentNode as (Node & { host?: Element }) | null;
  return root?.nodeType === Node.DOCUMENT_FRAGMENT_NODE && root.host ? root.host : null;
}

/** The opacity `el` is at, or is on its way to: our controls fade in as the pointer comes (a CSS transition). */
function opacityOf(el: Element): number {
  let opacity = Number.parseFloat(getComputedStyle(el).opacity);
  for (const animation of el.getAnimations()) {
    const frames = (animation.effect as KeyframeEffect | null)?.getKeyframes() ?? [];
    const end = frames[frames.length - 1]?.opacity;
    if ('transitionProperty' in animation && typeof end === 'string') opacity = Number.parseFloat(end);
  }
  return Number.isNaN(opacity) ? 1 : opacity;
}

/** Inline effects: the view never sets these itself, so one there is the page's. */
const INLINE_EFFECT = /\b(opacity|filter|mix-blend-mode|mask|visibility)\s*:/i;

/** True when the view's shadow root holds only the style sheets it was made with. */
function ownSheetsOnly(shadow: ShadowRoot, ours: ReadonlySet<Node>): boolean {
  if (shadow.adoptedStyleSheets.length > 0) return false;
  for (const sheet of shadow.styleSheets) if (!sheet.ownerNode || !ours.has(sheet.ownerNode)) return false;
  return true;
}

/** True when the view's shadow root holds only the styles it was made with, and no effect inline above `control`. */
function ownStylesOnly(control: Element, shadow: ShadowRoot, ownSheets: boolean): boolean {
  if (!ownSheets) return false;
  for (let el: Element | null = control; el && shadow.contains(el); el = el.parentElement) {
    if (INLINE_EFFECT.test(el.getAttribute('style') ?? '')) return false;
  }
  return true;
}

/**
 * True when nothing from the control up to the page's root makes it faint, filtered away, blended or masked; with
 * `trustView`, the view's own elements are taken as its CSS draws them and only the host and above are checked.
 */
function seenThrough(control: Element, shadow: ShadowRoot, trustView: boolean): boolean {
  let opacity = 1;
  const start = trustView ? shadow.host : control;
  for (let el: Element | null = start; el; el = composedParent(el)) {
    const style = getComputedStyle(el);
    opacity *= opacityOf(el);
    if (opacity < MIN_OPACITY || HIDING_FILTER.test(style.filter)) return false;
    if (style.mixBlendMode !== 'normal') return false;
    if ((style.maskImage || style.getPropertyValue('-webkit-mask-image') || 'none') !== 'none') return false;
  }
  return true;
}

/** True when the topmost element at `point` is the control (or inside it), seen from the page and in our root. */
function onTop(control: Element, shadow: ShadowRoot, point: Point): boolean {
  if (document.elementFromPoint(point.x, point.y) !== shadow.host) return false;
  const top = shadow.elementFromPoint(point.x, point.y);
  return top !== null && control.contains(top);
}

function centre(el: Element): Point {
  const rect = el.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** The view's own styles as it was made, read once: their elements, and what they take out of the hit test. */
interface OwnStyles {
  /** The style elements: any other sheet in the shadow root came from the page (or another extension). */
  ours: ReadonlySet<Node>;
  /** The selectors of our rules that set `pointer-events`, read once our sheets exist. */
  nonHittable(): readonly string[];
}

/** A selector of the host alone (WXT's `:host { all: initial }`): the host is the page's to check, not ours. */
const HOST_ONLY = /^:host(\([^()]*\))?$/;

/**
 * The selectors of every style rule in `rules` (nested ones too) that sets `pointer-events` on an element of the
 * shadow tree (a selector of the host alone is left out).
 */
function pointerEventSelectors(rules: CSSRuleList): string[] {
  const found: string[] = [];
  for (const rule of rules) {
    const style = (rule as CSSStyleRule).style;
    if (style?.getPropertyValue('pointer-events')) {
      const { selectorText } = rule as CSSStyleRule;
      const parts = selectorText.split(',').map((part) => part.trim());
      if (!parts.every((part) => HOST_ONLY.test(part))) found.push(selectorText);
    }
    const nested = (rule as CSSGroupingRule).cssRules;
    if (nested) found.push(...pointerEventSelectors(nested));
  }
  return found;
}

/**
 * The view's styles as it is made, taken by their elements: the guard starts before the view is in the page, and a
 * shadow tree out of the document has no style sheets yet (reading `styleSheets` then took none as ours, so the
 * view's own sheet counted as the page's and every click restyled the whole view).
 */
function ownStyles(shadow: ShadowRoot): OwnStyles {
  const nodes = [...shadow.querySelectorAll<HTMLStyleElement | HTMLLinkElement>('style, link')];
  let selectors: string[] | null = null;
  return {
    ours: new Set(nodes),
    nonHittable() {
      if (selectors) return selectors;
      const sheets = nodes.map((node) => node.sheet);
      const found = sheets.flatMap((sheet) => (sheet ? pointerEventSelectors(sheet.cssRules) : []));
      // Kept once every sheet is there; until then (the view not in the page), asked again.
      if (sheets.every((sheet) => sheet)) selectors = found;
      return found;
    },
  };
}

/** True when the reader could see the control they pressed, at the moment they pressed it. */
function seenWhole(control: Element, shadow: ShadowRoot, own: OwnStyles, event: MouseEvent): boolean {
  const ownSheets = ownSheetsOnly(shadow, own.ours);
  if (!seenThrough(control, shadow, ownStylesOnly(control, shadow, ownSheets))) return false;
  // A pointer press has coordinates (detail counts the presses); a key press on a focused control has none.
  const points = [centre(control)];
  if (event.detail > 0) points.push({ x: event.clientX, y: event.clientY });
  return withEveryElementHittable(shadow, ownSheets, own.nonHittable(), () =>
    points.every((point) => onTop(control, shadow, point)),
  );
}

/**
 * Checks every real click on a control in `shadow` before any of the view's handlers hears it; a refused click is
 * stopped (no default action either) and `onRefused` tells the reader. Synthetic clicks are refused elsewhere.
 */
export function guardClicks(shadow: ShadowRoot, onRefused: () => void): void {
  const own = ownStyles(shadow);
  shadow.addEventListener(
    'click',
    (event) => {
      const target = event.target as Element | null;
      if (!event.isTrusted || !('clientX' in event) || typeof target?.closest !== 'function') return;
      const control = target.closest(CONTROLS);
      if (!control || seenWhole(control, shadow, own, event as MouseEvent)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      onRefused();
    },
    { capture: true },
  );
}
