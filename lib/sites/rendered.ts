// Whether the browser renders an element, for the generic detector: a stylesheet's `display: none` or a closed
// `<details>` hides text that markup alone does not show. Reads computed state and the CSSOM only; never changes the page.
import type { ShownBy } from './elements';
import { hidingSelectors } from './rendered-rules';

/** False for an element the page does not render; `shown`: what its attributes say (the walk has read them). */
export type RenderedTest = (el: Element, shown: ShownBy | null) => boolean;

type Checkable = Element & { checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean };
/** One options object for every call: the walk may ask about thousands of elements. */
const VISIBILITY = { visibilityProperty: true };
/**
 * Elements the browser's own stylesheet hides beside those the walk leaves out by tag or attribute (`script`,
 * `[hidden]`), found by tag: a live collection by tag name costs next to nothing.
 */
const UA_HIDDEN_TAGS = ['datalist', 'noembed', 'noframes', 'rp'];

/**
 * True unless the layout hides `el`. An element with `display: contents` has no box of its own yet shows its
 * children, so it counts as rendered.
 */
function askLayout(el: Element): boolean {
  const check = (el as Checkable).checkVisibility;
  if (check?.call(el, VISIBILITY) !== false) return true;
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
}

/**
 * The fallback when the page's rules cannot be read (a cross-origin sheet, too many rules): the layout is asked
 * about elements a stylesheet can single out (by an id, a class or another attribute) and the content of a
 * `<details>`. A rule hiding bare elements by their tag or place alone (`.faq dd`) is not seen; their parent is.
 */
function askedByMarkup(el: Element, shown: ShownBy | null): boolean {
  if (shown === null && el.parentElement?.localName !== 'details') return true;
  return askLayout(el);
}

/**
 * Every element that the browser's stylesheet or a rule of the page could hide (a superset: the layout is then
 * asked about each), or null when the rules cannot be read. Asking the layout costs about a microsecond an
 * element, and a page written a line or a cell to an element has thousands, most of which no rule hides.
 */
function mayBeHidden(doc: Document): Set<Element> | null {
  const selectors = hidingSelectors(doc);
  if (selectors === null) return null;
  const out = new Set<Element>();
  try {
    if (selectors.length > 0)
      for (const el of Array.from(doc.querySelectorAll(selectors.join(',')))) out.add(el);
  } catch {
    // A selector the CSSOM wrote but querySelectorAll does not take: the rules cannot be matched here.
    return null;
  }
  for (const details of Array.from(doc.getElementsByTagName('details'))) {
    for (let child = details.firstElementChild; child; child = child.nextElementSibling) out.add(child);
  }
  for (const tag of UA_HIDDEN_TAGS) for (const el of Array.from(doc.getElementsByTagName(tag))) out.add(el);
  return out;
}

/**
 * The rendered test for a document with a layout engine (a browser tab), or undefined for one without
 * (linkedom in the CLI), where only the markup's own hiding (`hidden`, inline styles) can be seen. Made once a
 * reading: the elements the page's rules could hide are found then, and the layout asked about those alone.
 */
export function renderedTest(doc: Document): RenderedTest | undefined {
  const root = doc.documentElement as Checkable | null;
  if (!root || typeof root.checkVisibility !== 'function') return undefined;
  const candidates = mayBeHidden(doc);
  if (candidates === null) return askedByMarkup;
  // An inline style (`content-visibility`, a `var()`) or a closed popover hides without a rule: those are asked too.
  return (el, shown) =>
    candidates.has(el) || (shown !== null && (shown.style !== null || shown.popover)) ? askLayout(el) : true;
}
