// Reads a DOM subtree as text with its line structure kept (a light innerText that needs no layout engine).
// Reads only: it never changes the DOM, and uses APIs that both Chromium and linkedom provide.
import { BLOCK_BREAKS, isSkippedTag, PRE_STYLE, PREFORMATTED, shownBy, tagOf } from './elements';
import { isLineNumber, opensWithNumber } from './line-gutter';
import type { RenderedTest } from './rendered';

/** Where an element's text lies in `DomText.text` (half-open, may include separating newlines). */
export interface TextRange {
  start: number;
  end: number;
}

/** An element's range in the text, with how much of it lies inside links (for telling menus and tool lines). */
export interface ElementRange extends TextRange {
  /** Characters of the range inside `<a>` elements (a link inside a link counts for each). */
  linked: number;
}

export interface DomText {
  text: string;
  /** True when a budget (`maxChars`, `maxNodes`) stopped the walk early. */
  truncated: boolean;
  /** Range of every element walked, when `ranges` was asked for (incomplete when `truncated`). */
  ranges: Map<Element, ElementRange> | null;
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
  rendered?: RenderedTest;
  /** True for an element the page's stylesheet keeps preformatted (`.cable { white-space: pre-wrap }`). */
  preformatted?: (el: Element) => boolean;
}

const PARAGRAPH_MARK = '\u00b6';
// Line breaks and tabs, found one at a time: each whitespace run holding one is then measured by hand, never by a
// pattern that searches a run for a break (that backtracks over the run at each of its positions: quadratic).
const BREAK_CHARS = /[\t\n\r\f]/g;
const isSpace = (code: number): boolean =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 12;

interface Collapsed {
  text: string;
  /** The text began with a whitespace run holding a line break or tab (now one space). */
  lead: boolean;
  /** The text ended with one. */
  trail: boolean;
}

/**
 * Each whitespace run holding a line break or tab made one space; runs of plain spaces stay as written. Linear:
 * text with no break (most of a page's text nodes) is returned as it is, without a copy.
 */
function collapseFormatting(s: string): Collapsed {
  BREAK_CHARS.lastIndex = 0;
  let m = BREAK_CHARS.exec(s);
  if (!m) return { text: s, lead: false, trail: false };
  let out = '';
  let from = 0;
  let lead = false;
  let trail = false;
  while (m) {
    let left = m.index;
    // Only plain spaces can stand between the last run and this break: a break among them was found first.
    while (left > from && s.charCodeAt(left - 1) === 32) left--;
    let right = m.index + 1;
    while (right < s.length && isSpace(s.charCodeAt(right))) right++;
    if (left === 0) lead = true;
    if (right === s.length) trail = true;
    out += `${s.slice(from, left)} `;
    from = right;
    BREAK_CHARS.lastIndex = right;
    m = BREAK_CHARS.exec(s);
  }
  return { text: out + s.slice(from), lead, trail };
}

/**
 * A paragraph link such as the Cablegate viewer's `<a id='par2'>¶</a>` or `<a id="para-1-2">¶2.</a>`:
 * the site's `¶` is dropped and any label the link carries (`2.`) kept, so no paragraph number is lost.
 */
function paragraphLinkText(el: Element, tag: string): string | null {
  if (tag !== 'a') return null;
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

/** An element being read: what its close must do. */
interface Frame {
  el: Element;
  pre: boolean;
  breaks: number;
  range: ElementRange | null;
  /** Link characters counted before the element opened. */
  linkedBefore: number;
  link: boolean;
  /** The element child read last (shown or not): the next one's previous sibling, known without asking the DOM. */
  lastChild: Element | null;
  /** Whether `lastChild` is a line-number gutter. */
  lastGutter: boolean;
}

/** The text of `root` with block elements and `<br>` as line breaks; hidden and chrome elements left out. */
export function domText(root: Element, options: DomTextOptions = {}): DomText {
  const maxChars = options.maxChars ?? Number.POSITIVE_INFINITY;
  const maxNodes = options.maxNodes ?? Number.POSITIVE_INFINITY;
  const ranges = options.ranges ? new Map<Element, ElementRange>() : null;
  const parts: string[] = [];
  let length = 0;
  let trailingNewlines = 0;
  let pendingBreaks = 0;
  let softSpaceAtEnd = false;
  let nodes = 0;
  let truncated = false;
  let linkChars = 0;
  // An ordered list's item number, written before the item's first text as a reader sees it (`4. (C) ...`):
  // Markdown turns a cable's numbered paragraphs into `<ol>` items, whose numbers are no text of their own.
  let itemLabel: string | null = null;
  const itemCounts = new Map<Element, number>();
  // The first text of a <pre> when it starts with the newline that the HTML parser drops (linkedom keeps it).
  let preFirst: Node | null = null;

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
    const s = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
    if (s.length === 0) return;
    flushBreaks();
    softSpaceAtEnd = false;
    push(s);
  };
  // Outside <pre>, a whitespace run holding a line break or tab is source formatting: one space at most,
  // none at a line's start or end. Plain spaces are kept as written (cables use two after a full stop).
  const emitFlowing = (raw: string): void => {
    if (raw.length === 0) return;
    const collapsed = collapseFormatting(raw);
    let s = collapsed.text;
    let lead = collapsed.lead;
    const atLineStart = length === 0 || pendingBreaks > 0 || trailingNewlines > 0;
    if (atLineStart && lead) {
      s = s.slice(1);
      lead = false;
      if (s.length === 0) return;
    }
    const spaceBefore = softSpaceAtEnd || (lead && lastChar() === ' ');
    if (spaceBefore && s.charCodeAt(0) === 32) s = s.slice(1);
    if (s.length === 0) return;
    flushBreaks();
    push(s);
    softSpaceAtEnd = collapsed.trail;
  };
  const emit = (s: string, pre: boolean): void => (pre ? emitPre(s) : emitFlowing(s));

  const frames: Frame[] = [];
  /** Reads an element that is shown: a line break, a paragraph link's label, or an element opened (its first child returned). */
  // `style` is its style attribute; `tab` says a cell is a tab apart from the one before it.
  const enter = (
    el: Element,
    tag: string,
    parentPre: boolean,
    style: string | null,
    tab: boolean,
  ): Node | null => {
    if (tag === 'br') {
      flushBreaks();
      dropSoftSpace();
      push('\n');
      return null;
    }
    const link = paragraphLinkText(el, tag);
    if (link !== null) {
      emit(link, parentPre);
      return null;
    }
    const preformatted = PREFORMATTED.has(tag);
    const pre =
      parentPre ||
      preformatted ||
      (style !== null && PRE_STYLE.test(style)) ||
      options.preformatted?.(el) === true;
    const breaks = BLOCK_BREAKS[tag] ?? 0;
    if (breaks) pendingBreaks = Math.max(pendingBreaks, breaks);
    if (tag === 'li') itemLabel = orderedItemLabel(el, itemCounts);
    if (tab && (tag === 'td' || tag === 'th')) emitPre('\t');
    const range = ranges ? { start: length, end: length, linked: 0 } : null;
    if (range) ranges?.set(el, range);
    frames.push({
      el,
      pre,
      breaks,
      range,
      linkedBefore: linkChars,
      link: tag === 'a',
      lastChild: null,
      lastGutter: false,
    });
    const first = el.firstChild;
    if (preformatted && first?.nodeType === 3 && first.nodeValue?.startsWith('\n')) preFirst = first;
    return first;
  };
  const close = (frame: Frame): void => {
    if (frame.breaks) pendingBreaks = Math.max(pendingBreaks, frame.breaks);
    const range = frame.range;
    if (!range) return;
    range.end = length;
    if (frame.link) linkChars += length - range.start;
    range.linked = linkChars - frame.linkedBefore;
  };

  // A walk by sibling and parent links, not recursion or a stack of every node: deeply nested pages must not
  // overflow the call stack, and a page's tens of thousands of nodes cost no allocation each.
  nodes = 1;
  const rootBefore = root.previousElementSibling;
  let next = enter(
    root,
    tagOf(root),
    options.pre === true,
    root.getAttribute('style'),
    rootBefore !== null && !isLineNumber(rootBefore),
  );
  while (frames.length > 0) {
    if (next === null) {
      const frame = frames.pop() as Frame;
      close(frame);
      next = frames.length > 0 ? frame.el.nextSibling : null;
      continue;
    }
    const node = next;
    next = node.nextSibling;
    if (++nodes > maxNodes || length > maxChars) {
      truncated = true;
      break;
    }
    const parent = frames[frames.length - 1] as Frame;
    const type = node.nodeType;
    if (type === 3) {
      const value = node.nodeValue ?? '';
      emit(node === preFirst ? value.slice(1) : value, parent.pre);
      continue;
    }
    if (type !== 1) continue;
    const el = node as Element;
    const tag = tagOf(el);
    // A cell after another is a tab apart from it, unless the one before was a line-number gutter, left out.
    const tab = parent.lastChild !== null && !parent.lastGutter;
    const gutter = parent.lastChild === null && opensWithNumber(el, tag);
    parent.lastChild = el;
    parent.lastGutter = gutter;
    if (gutter || isSkippedTag(tag)) continue;
    const shown = shownBy(el);
    if (shown?.hidden || options.skip?.(el) || options.rendered?.(el, shown) === false) continue;
    const first = enter(el, tag, parent.pre, shown?.style ?? null, tab);
    // An element opened: read its children first; a <br> or paragraph link: go on with the sibling.
    if (frames.length > 0 && (frames[frames.length - 1] as Frame).el === el) next = first;
  }
  return { text: parts.join(''), truncated, ranges };
}
