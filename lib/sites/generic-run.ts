// Which children of the element the generic detector narrowed down to hold the cable: a run of siblings (the
// seed's site puts its blocks straight into <body> beside the nav, metadata line and footer) or the element whole.
// Chooses elements only; cableScore, passed in, is the only judge of cable text.
import { type CableScore, positiveSignalLines } from '../cable/detect';
import type { ElementRange, TextRange } from './dom-text';
import { isBlock, tagOf } from './elements';
import { siteMetaOf } from './generic-meta';
import { isChrome } from './page-chrome';
import type { PageFields } from './page-meta';

/** The detector's reading of the page, shared with the run picker. */
export interface RunContext {
  ranges: Map<Element, ElementRange>;
  /** An element's text range without the line breaks around it. */
  spanOf(el: Element): TextRange;
  textOf(span: TextRange): string;
  /** cableScore of the page text in `span`, counted against the detector's budget. */
  score(span: TextRange): CableScore;
  budget(): number;
}

export type CableRun =
  /** The element holds the cable whole (or its text cannot be split into elements): the view replaces it. */
  | { kind: 'unit'; fields: PageFields; text?: string }
  /** These children of it, in order, hold the cable; the rest is chrome or site metadata. */
  | { kind: 'elements'; elements: Element[]; text: string; fields: PageFields }
  /** Only the site's chrome holds cable signals (comments quoting a cable, a menu of ids): no cable to read. */
  | { kind: 'chrome'; fields: PageFields };

// Where a view can stand in for the text: a table's or list's inner parts give way to the whole.
const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr', 'caption', 'colgroup']);
const NO_RUN_INSIDE = new Set([...TABLE_PARTS, 'table', 'ol', 'ul', 'dl', 'select', 'pre']);
/** Text of links above this share of an element's text, with no cable signal, makes it a tools or menu line. */
const LINK_LINE_SHARE = 0.5;
/** Loose text (not in any child element) above this many characters keeps the element whole. */
const LOOSE_TEXT = 20;

/** The element the clean view replaces: the nearest block (or table cell) that is not a table's inner part. */
export function mountFor(el: Element, body: Element): Element {
  let mount = el;
  while (mount !== body && mount.parentElement) {
    const tag = tagOf(mount);
    const standsAlone = (isBlock(mount) || tag === 'td' || tag === 'th') && !TABLE_PARTS.has(tag);
    if (standsAlone) break;
    mount = mount.parentElement;
  }
  return mount;
}

/**
 * Characters of text directly in `el` (not inside a child element), counted up to `cap`: past it the answer is
 * the same, and a parent of thousands of lines has thousands of text nodes between them.
 */
function looseText(el: Element, cap: number): number {
  let n = 0;
  for (let node = el.firstChild; node && n <= cap; node = node.nextSibling) {
    if (node.nodeType === 3) n += (node.nodeValue ?? '').trim().length;
  }
  return n;
}

const NON_SPACE = /\S/;

/**
 * True when the page text of `container` outside its children's ranges is all white space: then none of its
 * own text nodes holds anything else (the walk writes every character of theirs that is not white space), and
 * no text node need be asked for its value. A parent of thousands of lines has a line break between each two.
 */
function blankBetween(container: Element, kids: readonly Element[], ctx: RunContext): boolean {
  const whole = ctx.ranges.get(container);
  if (!whole) return false;
  let at = whole.start;
  for (const kid of kids) {
    const range = ctx.ranges.get(kid);
    if (!range) continue;
    if (range.start > at && NON_SPACE.test(ctx.textOf({ start: at, end: range.start }))) return false;
    at = Math.max(at, range.end);
  }
  return !(whole.end > at && NON_SPACE.test(ctx.textOf({ start: at, end: whole.end })));
}

/** An element's text standing for a blank line: nothing but spaces and no-break spaces. */
const BLANK = /^[\s\u00a0]*$/;
const HEADING = /^h[1-6]$/;
const DATELINE = /\b(?:19|20)\d{2}\b.*\b\d{1,2}:\d{2}\b/;
/** A date-time group on a line of its own (`291359Z Nov 00`), as archive headers open the routing block. */
const DATE_TIME_GROUP = /^\d{6}Z[ \t]+[A-Za-z]{3}[ \t]+\d{2}$/;
/** Fewer lines than this are no text laid out a line to an element. */
const MIN_LINES = 5;

/**
 * The text of a run laid out one line to a `<p>` (as editors write, `<p>&nbsp;</p>` for a blank line), or null
 * for any other run. Read as blocks, each such line would stand a paragraph apart from the next; a reader sees
 * lines, with the empty paragraphs as the blank lines between the cable's own paragraphs.
 */
function lineText(elements: readonly Element[], ctx: RunContext): string | null {
  let blanks = 0;
  const lines: string[] = [];
  for (const el of elements) {
    if (tagOf(el) !== 'p') return null;
    const text = ctx.ranges.has(el) ? ctx.textOf(ctx.spanOf(el)) : '';
    if (text.includes('\n')) return null;
    if (BLANK.test(text)) blanks++;
    lines.push(BLANK.test(text) ? '' : text);
  }
  return blanks > 0 && lines.length - blanks >= MIN_LINES ? lines.join('\n') : null;
}

/**
 * True when the last two kept elements are both `<pre>` (a header block and a body block): their margins show a
 * blank line between them, which the text keeps, so the header's last field does not run into the banner.
 */
function bothPre(elements: readonly Element[]): boolean {
  const a = elements[elements.length - 2];
  const b = elements[elements.length - 1];
  return a !== undefined && b !== undefined && tagOf(a) === 'pre' && tagOf(b) === 'pre';
}

/** Children judged one by one before the rest are looked up in the container's signal lines instead. */
const SCORED_ONE_BY_ONE = 32;

/**
 * A test answering false only for a child whose text cannot score above 0: one made of whole lines of the page
 * text none of which holds a positive cable signal (positiveSignalLines, found in one pass over the container's
 * text once more than a few children were asked about). A page written a line or a post to an element has
 * thousands of children: scoring each was most of the detector's time on a long thread that mentions cables.
 */
function signalLinesOf(container: Element, ctx: RunContext): (span: TextRange) => boolean {
  let asked = 0;
  let lines: number[] | null = null;
  const whole = ctx.ranges.has(container) ? ctx.spanOf(container) : null;
  const atLineStart = (at: number) =>
    at <= (whole?.start ?? 0) || ctx.textOf({ start: at - 1, end: at }) === '\n';
  const atLineEnd = (at: number) =>
    at >= (whole?.end ?? 0) || ctx.textOf({ start: at, end: at + 1 }) === '\n';
  return (span) => {
    if (!whole || ++asked <= SCORED_ONE_BY_ONE) return true;
    // A child that starts or ends inside a line (an inline element) reads its lines otherwise: scored as it is.
    if (!atLineStart(span.start) || !atLineEnd(span.end)) return true;
    lines ??= positiveSignalLines(ctx.textOf(whole)).map((at) => at + whole.start);
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((lines[mid] as number) < span.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < lines.length && (lines[lo] as number) < span.end;
  };
}

/** `open`: content whose role (cable, text or a line of links) waits on its score, taken only when it matters. */
type Role = 'cable' | 'text' | 'chrome' | 'meta' | 'empty' | 'open';

/**
 * The run of `container`'s children that holds the cable: from the first child with a cable signal to the last,
 * widened over neighbours of the same tag (the routing lines before the first signal, the last paragraph's
 * lines after the last), never over chrome (by tag, role, name, or a line of links) or the site's own metadata
 * line and title, which are read as page fields instead.
 */
export function pickRun(container: Element, ctx: RunContext): CableRun {
  const unit: CableRun = { kind: 'unit', fields: {} };
  if (NO_RUN_INSIDE.has(tagOf(container))) return unit;
  // Children by sibling links: a copy of the live collection costs more on a parent of thousands of lines.
  const kids: Element[] = [];
  for (let kid = container.firstElementChild; kid; kid = kid.nextElementSibling) kids.push(kid);
  const loose = blankBetween(container, kids, ctx) ? 0 : looseText(container, LOOSE_TEXT);
  if (loose > LOOSE_TEXT) return unit;
  const roles: Role[] = [];
  const spans: TextRange[] = [];
  const fields: PageFields = {};
  for (const kid of kids) {
    const span = ctx.ranges.has(kid) ? ctx.spanOf(kid) : { start: 0, end: 0 };
    spans.push(span);
    // Chrome first: a nav is read as no text at all, yet it is never to be hidden with the cable.
    if (isChrome(kid)) roles.push('chrome');
    else if (span.end === span.start) roles.push('empty');
    else {
      const meta = siteMetaOf(ctx.textOf(span));
      if (meta) Object.assign(fields, meta);
      roles.push(meta ? 'meta' : 'open');
    }
  }
  // A child's score decides between cable and text (or, for a line of links, chrome). Scored only where the
  // answer matters: a page written a line to an element has thousands of children, and scoring each was most of
  // the detector's time.
  const mayScore = signalLinesOf(container, ctx);
  const judge = (i: number): Role => {
    if (roles[i] !== 'open') return roles[i] as Role;
    const kid = kids[i] as Element;
    const span = spans[i] as TextRange;
    const size = span.end - span.start;
    const signal = mayScore(span) && ctx.score(span).score > 0;
    const linked = ctx.ranges.get(kid)?.linked ?? 0;
    const role: Role = signal ? 'cable' : Math.min(1, linked / size) > LINK_LINE_SHARE ? 'chrome' : 'text';
    roles[i] = role;
    return role;
  };
  let first = 0;
  while (first < kids.length && judge(first) !== 'cable') first++;
  if (first === kids.length) {
    const signalInChrome = kids.some((_, i) => {
      const span = spans[i] as TextRange;
      return roles[i] === 'chrome' && span.end > span.start && mayScore(span) && ctx.score(span).score > 0;
    });
    return { kind: signalInChrome ? 'chrome' : 'unit', fields };
  }
  let last = kids.length - 1;
  while (last > first && judge(last) !== 'cable') last--;
  // Between the first and the last signal, cable and text are kept alike; what still counts is a line of links
  // (chrome, left out) and which tags hold a signal (a neighbour before the run widens it only by a tag of these).
  const tags = new Set([tagOf(kids[first] as Element), tagOf(kids[last] as Element)]);
  for (let i = first + 1; i < last; i++) {
    if (roles[i] !== 'open') continue;
    const kid = kids[i] as Element;
    const span = spans[i] as TextRange;
    const linked = ctx.ranges.get(kid)?.linked ?? 0;
    const mayBeLinks = Math.min(1, linked / (span.end - span.start)) > LINK_LINE_SHARE;
    if (mayBeLinks || !tags.has(tagOf(kid))) {
      if (judge(i) === 'cable') tags.add(tagOf(kid));
    } else roles[i] = 'text';
  }
  const widens = (i: number): boolean =>
    (roles[i] === 'text' && tags.has(tagOf(kids[i] as Element))) || roles[i] === 'empty';
  // Before the first signal only teletype lines (no lower case: the routing header's), a dateline
  // (`Wednesday, 29 November 2000, 13:59`) and a date-time group (`291359Z Nov 00`, without which the routing
  // reader takes no FM/TO block) belong to the cable; a site's own introduction stays out.
  const teletype = (i: number): boolean => {
    if (roles[i] === 'empty') return true;
    const text = ctx.textOf(spans[i] as TextRange);
    return !/[a-z]/.test(text) || (text.length < 60 && (DATELINE.test(text) || DATE_TIME_GROUP.test(text)));
  };
  while (first > 0 && widens(first - 1) && teletype(first - 1)) first--;
  // After the last signal, the cable goes on to the next chrome: its last paragraphs may have no signal of their
  // own and be written in another element (a Markdown list item after paragraphs).
  while (last < kids.length - 1 && (roles[last + 1] === 'text' || roles[last + 1] === 'empty')) last++;
  // Empty neighbours (a <br>, an <hr>) are only taken between text, not at the run's ends; nor is a heading
  // at its end, which opens the site's next section ("Related posts").
  while (roles[first] === 'empty') first++;
  while (last > first && (roles[last] === 'empty' || HEADING.test(tagOf(kids[last] as Element)))) last--;

  const elements: Element[] = [];
  const parts: string[] = [];
  let prevEnd = -1;
  let skipped = false;
  for (let i = first; i <= last; i++) {
    const role = roles[i];
    if (role === 'chrome' || role === 'meta') {
      skipped = true;
      continue;
    }
    elements.push(kids[i] as Element);
    const span = spans[i] as TextRange;
    if (role === 'empty') continue;
    // The page text between two kept children (their separating newlines) is kept as the page wrote it; where
    // chrome stood between them, a blank line stands for it.
    if (prevEnd >= 0)
      parts.push(skipped || bothPre(elements) ? '\n\n' : ctx.textOf({ start: prevEnd, end: span.start }));
    parts.push(ctx.textOf(span));
    prevEnd = span.end;
    skipped = false;
  }
  const outside = roles.some(
    (role, i) => (i < first || i > last || role === 'chrome' || role === 'meta') && role !== 'empty',
  );
  const text = lineText(elements, ctx) ?? parts.join('');
  if (!outside && loose === 0) return { kind: 'unit', fields, text };
  return { kind: 'elements', elements, text, fields };
}
