// Tells a code viewer's line-number gutter (a cell or span before each line holding only that line's number) from
// the text, so that a cable shown as numbered lines reads without the numbers. Markup and text shape only.
import { tagOf } from './elements';

/** Elements a viewer writes a line's number in. */
const GUTTER_TAGS = new Set(['td', 'th', 'span', 'div', 'a', 'code']);
const LINE_NUMBER = /^[ \t\n]*\d{1,6}[ \t\n]*$/;

/** The one text a gutter element holds, directly or in one link (`<span><a href="#L12">12</a></span>`). */
function onlyText(el: Element): string | null {
  const node = el.firstChild;
  if (!node || node !== el.lastChild) return null;
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeType !== 1 || tagOf(node as Element) !== 'a') return null;
  const inner = node.firstChild;
  return inner && inner === node.lastChild && inner.nodeType === 3 ? inner.nodeValue : null;
}

/**
 * True for a line's first element when it holds nothing but a number and the line's text follows it in a sibling:
 * a gutter cell or span. A line of the text that is a number alone has no sibling after it, so it stays.
 */
export function isLineNumber(el: Element, tag = tagOf(el)): boolean {
  return el.previousElementSibling === null && opensWithNumber(el, tag);
}

/**
 * isLineNumber for an element known to be its parent's first element child (a walk in document order knows it
 * without asking the DOM again).
 */
export function opensWithNumber(el: Element, tag: string): boolean {
  if (!GUTTER_TAGS.has(tag) || el.nextElementSibling === null) return false;
  const text = onlyText(el);
  return text !== null && LINE_NUMBER.test(text);
}
