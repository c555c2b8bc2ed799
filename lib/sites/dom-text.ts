// Reads a DOM subtree as text with its line structure kept (a light innerText that needs no layout engine).
// Reads only: it never changes the DOM, and uses APIs that both Chromium and linkedom provide.
import { BLOCK_BREAKS, isHidden, PRE_STYLE, PREFORMATTED, tagOf } from './elements';

/** Where an element's text lies in `DomText.text` (half-open, may include separating newlines). */
export interface TextRange {
  start: number;
  end: number;
}

export interface DomText {
  text: string;
  /** True when a budget (`maxChars`, `maxNodes`) stopped the walk early. */
  truncated: boolean;
  /** Range of every element walked, when `ranges` was asked for (incomplete when `truncated`). */
  ranges: Map<Element, TextRange> | null;
}

export interface DomTextOptions {
  /** Keep every space and newline as written (for `white-space: pre` / `pre-line` containers). */
  pre?: boolean;
  /** Stop after about this many characters of output. */
  maxChars?: number;
  /** Stop after visiting this many nodes. */
  maxNodes?: number;
  /** Extra elements to leave out (site chrome inside the text container). */
  skip?: (el: Element) => boolean;
  /** Record each element's range in the output. */
  ranges?: boolean;
  /**
   * False for an element the page does not render (a stylesheet's `display: none`), which is then left out. In
   * the browser only: a document without layout (linkedom) has no such answer, and the attribute checks remain.
   */
  rendered?: (el: Element) => boolean;
  /** True for an element the page's stylesheet keeps preformatted (`.cable { white-space: pre-wrap }`). */
  preformatted?: (el: Element) => boolean;
}

const PARAGRAPH_MARK = '\u00b6';
const LEADING_FORMATTING = /^[ \t\n\r\f]*[\t\n\r\f][ \t\n\r\f]*/;
const FORMATTING_AT_START = /^[ \t\n\r\f]*[\t\n\r\f]/;
// Whitespace runs are matched whole and then judged, never searched for a break inside: a pattern that looks for
// a line break within a run backtracks over the run at each of its positions (quadratic on a page's long runs).
const WHITESPACE_RUN = /[ \t\n\r\f]+/g;
const BREAK_CHAR = /[\t\n\r\f]/;

/** A whitespace run holding a line break or tab becomes one space; a run of plain spaces stays as written. */
const collapseFormatting = (run: string): string => (BREAK_CHAR.test(run) ? ' ' : run);

/** True when `s` ends in a whitespace run holding a line break or tab. */
function formattingAtEnd(s: string): boolean {
  let i = s.length;
  while (i > 0 && ' \t\n\r\f'.includes(s.charAt(i - 1))) i--;
  return i < s.length && BREAK_CHAR.test(s.slice(i));
}

/**
 * A paragraph link such as the Cablegate viewer's `<a id='par2'>¶</a>` or `<a id="para-1-2">¶2.</a>`:
 * the site's `¶` is dropped and any label the link carries (`2.`) kept, so no paragraph number is lost.
 */
function paragraphLinkText(el: Element): string | null {
  if (tagOf(el) !== 'a') return null;
  const text = el.textContent ?? '';
  const trimmed = text.trimStart();
  return trimmed.startsWith(PARAGRAPH_MARK) ? trimmed.slice(PARAGRAPH_MARK.length) : null;
}

/** `N. ` for an item of an `<ol>` (its `start` and the items' `value` respected), or null for any other list. */
function orderedItemLabel(item: Element, counts: Map<Element, number>): string | null {
  const list = item.parentElement;
  if (!list || tagOf(list) !== 'ol') return null;
  const value = Number.parseInt(item.getAttribute('value') ?? '', 10);
  const start = Number.parseInt(list.getAttribute('start') ?? '', 10);
  const previous = counts.get(list);
  const n = Number.isFinite(value)
    ? value
    : previous === undefined
      ? Number.isFinite(start)
        ? start
        : 1
      : previous + 1;
  counts.set(list, n);
  return `${n}. `;
}

type Step =
  | { kind: 'node'; node: Node; pre: boolean }
  | { kind: 'text'; text: string; pre: boolean }
  | { kind: 'close'; el: Element; breaks: number };

/** The text of `root` with block elements and `<br>` as line breaks; hidden and chrome elements left out. */
export function domText(root: Element, options: DomTextOptions = {}): DomText {
  const maxChars = options.maxChars ?? Number.POSITIVE_INFINITY;
  const maxNodes = options.maxNodes ?? Number.POSITIVE_INFINITY;
  const ranges = options.ranges ? new Map<Element, TextRange>() : null;
  const parts: string[] = [];
  let length = 0;
  let trailingNewlines = 0;
  let pendingBreaks = 0;
  let softSpaceAtEnd = false;
  let nodes = 0;
  let truncated = false;
  // An ordered list's item number, written before the item's first text as a reader sees it (`4. (C) ...`):
  // Markdown turns a cable's numbered paragraphs into `<ol>` items, whose numbers are no text of their own.
  let itemLabel: string | null = null;
  const itemCounts = new Map<Element, number>();

  const push = (s: string): void => {
    parts.push(s);
    length += s.length;
    let i = s.length;
    while (i > 0 && s.charCodeAt(i - 1) === 10) i--;
    trailingNewlines = i === 0 ? trailingNewlines + s.length : s.length - i;
  };
  const lastChar = (): string => {
    const last = parts[parts.length - 1];
    return last ? last.charAt(last.length - 1) : '';
  };
  // A space that only stood for source formatting does not survive a line break.
  const dropSoftSpace = (): void => {
    if (!softSpaceAtEnd) return;
    softSpaceAtEnd = false;
    const last = parts.length - 1;
    parts[last] = (parts[last] as string).slice(0, -1);
    length--;
  };
  const flushBreaks = (): void => {
    if (pendingBreaks > 0 && length > 0) {
      dropSoftSpace();
      const missing = pendingBreaks - trailingNewlines;
      if (missing > 0) push('\n'.repeat(missing));
    }
    pendingBreaks = 0;
    if (itemLabel !== null) {
      push(itemLabel);
      itemLabel = null;
    }
  };
  const emitPre = (raw: string): void => {
    const s = raw.replace(/\r\n?/g, '\n');
    if (s.length === 0) return;
    flushBreaks();
    softSpaceAtEnd = false;
    push(s);
  };
  // Outside <pre>, a whitespace run holding a line break or tab is source formatting: one space at most,
  // none at a line's start or end. Plain spaces are kept as written (cables use two after a full stop).
  const emitFlowing = (raw: string): void => {
    let s = raw;
    const atLineStart = length === 0 || pendingBreaks > 0 || trailingNewlines > 0;
    if (atLineStart) s = s.replace(LEADING_FORMATTING, '');
    if (s.length === 0) return;
    const soft = formattingAtEnd(s);
    const formattingFirst = FORMATTING_AT_START.test(s);
    s = s.replace(WHITESPACE_RUN, collapseFormatting);
    const spaceBefore = softSpaceAtEnd || (formattingFirst && lastChar() === ' ');
    if (spaceBefore && s.startsWith(' ')) s = s.slice(1);
    if (s.length === 0) return;
    flushBreaks();
    push(s);
    softSpaceAtEnd = soft;
  };

  const stack: Step[] = [{ kind: 'node', node: root, pre: options.pre === true }];
  // Explicit stack rather than recursion: deeply nested pages must not overflow the call stack.
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if (step.kind === 'close') {
      if (step.breaks) pendingBreaks = Math.max(pendingBreaks, step.breaks);
      const range = ranges?.get(step.el);
      if (range) range.end = length;
      continue;
    }
    if (++nodes > maxNodes || length > maxChars) {
      truncated = true;
      break;
    }
    if (step.kind === 'text') {
      if (step.pre) emitPre(step.text);
      else emitFlowing(step.text);
      continue;
    }
    const node = step.node;
    if (node.nodeType === 3) {
      if (step.pre) emitPre(node.nodeValue ?? '');
      else emitFlowing(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && (isHidden(el) || options.skip?.(el) || options.rendered?.(el) === false)) continue;
    const tag = tagOf(el);
    if (tag === 'br') {
      flushBreaks();
      dropSoftSpace();
      push('\n');
      continue;
    }
    const link = paragraphLinkText(el);
    if (link !== null) {
      stack.push({ kind: 'text', text: link, pre: step.pre });
      continue;
    }
    const style = el.getAttribute('style');
    const preformatted = PREFORMATTED.has(tag);
    const pre =
      step.pre ||
      preformatted ||
      (style !== null && PRE_STYLE.test(style)) ||
      options.preformatted?.(el) === true;
    const breaks = BLOCK_BREAKS[tag] ?? 0;
    if (breaks) pendingBreaks = Math.max(pendingBreaks, breaks);
    if (tag === 'li') itemLabel = orderedItemLabel(el, itemCounts);
    if ((tag === 'td' || tag === 'th') && el.previousElementSibling) emitPre('\t');
    if (ranges) ranges.set(el, { start: length, end: length });
    stack.push({ kind: 'close', el, breaks });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i] as Node;
      // The HTML parser drops a newline right after <pre>; linkedom keeps it, so drop it here too.
      if (i === 0 && preformatted && child.nodeType === 3 && child.nodeValue?.startsWith('\n')) {
        stack.push({ kind: 'text', text: (child.nodeValue ?? '').slice(1), pre: true });
      } else {
        stack.push({ kind: 'node', node: child, pre });
      }
    }
  }
  return { text: parts.join(''), truncated, ranges };
}
