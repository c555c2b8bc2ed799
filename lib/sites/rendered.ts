// Whether the browser renders an element, for the generic detector: a stylesheet's `display: none` or a closed
// `<details>` hides text that markup alone does not show. Reads computed state only; never changes the page.

type Checkable = Element & { checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean };
/** One options object for every call: the walk asks about thousands of elements. */
const VISIBILITY = { visibilityProperty: true };

/**
 * True unless the page's layout hides `el`. An element with `display: contents` has no box of its own yet
 * shows its children, so it counts as rendered. The layout is asked only about elements a stylesheet can single
 * out (by an id, a class or another attribute) and the content of a `<details>`: asking costs about a microsecond
 * an element, and most of a long page's elements (lines, cells, paragraphs) carry no attribute. A rule hiding bare
 * elements by their tag or place alone (`.faq dd`) is not seen; their parent, hidden by its class, is.
 */
function isRendered(el: Element): boolean {
  if (!el.hasAttributes() && el.parentElement?.localName !== 'details') return true;
  const check = (el as Checkable).checkVisibility;
  if (check?.call(el, VISIBILITY) !== false) return true;
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
}

/**
 * The rendered test for a document with a layout engine (a browser tab), or undefined for one without
 * (linkedom in the CLI), where only the markup's own hiding (`hidden`, inline styles) can be seen.
 */
export function renderedTest(doc: Document): ((el: Element) => boolean) | undefined {
  const root = doc.documentElement as Checkable | null;
  return root && typeof root.checkVisibility === 'function' ? isRendered : undefined;
}
