// The generic detector for unknown mirrors: finds the elements holding cable-shaped text in any layout and lets
// lib/cable's cableScore judge it. Structure only (no cable rules here); declines without touching the page.
import { type CableScore, cableScore, mayHoldCable, SCAN_LIMIT, scoresNothing } from '../cable/detect';
import { domText, type ElementRange, type TextRange } from './dom-text';
import { tagOf } from './elements';
import { type CableRun, mountFor, pickRun, type RunContext } from './generic-run';
import { type PageFields, pageMeta } from './page-meta';
import { preformattedByStyle } from './page-styles';
import { renderedTest } from './rendered';
import type { DeclineCode, RawCable, SiteAdapter } from './types';

/** Work caps: a page over them is not a cable page, and is declined before any scoring. */
export const GENERIC_LIMITS = {
  /** Characters of visible text (the longest cables are ~70 KB; their pages well under 1 MB). */
  maxChars: 1_000_000,
  /** DOM nodes visited. */
  maxNodes: 100_000,
  /** Below this much visible text there is nothing to read. */
  minChars: 200,
  /** Children scored per level while narrowing down (the largest ones). */
  childrenPerLevel: 4,
  /** A child with less text than this cannot hold a cable. */
  minChildChars: 80,
  /** Characters scored while narrowing down, in all: fifty times the text of a long cable's page (100 KB). */
  maxScoredChars: 5_000_000,
  /** Times the detector narrows again inside the one element a level's cable run came down to. */
  maxRounds: 8,
};

export type GenericResult =
  | {
      found: true;
      /** Where the clean view stands: right before this element, the first of `original`. */
      container: Element;
      /** The elements holding the cable text, in document order (hidden while the clean view shows). */
      original: Element[];
      text: string;
      score: CableScore;
      /** What the site prints about the cable beside the text (its metadata line, its title). */
      fields: PageFields;
      /** The page says, outside the cable text, that the record is a partial extract (the archive's note). */
      partial: boolean;
    }
  | { found: false; reason: string; code: DeclineCode };

/**
 * The page's `<body>` (or `<frameset>`), found without `document.body`: linkedom's getter inserts a head and a
 * body into a document that lacks them (changing the page) and throws on a document with no root element.
 */
function bodyOf(doc: Document): Element | null {
  const root = doc.documentElement;
  if (!root || tagOf(root) !== 'html') return null;
  return Array.from(root.children).find((el) => tagOf(el) === 'body' || tagOf(el) === 'frameset') ?? null;
}

interface Scored {
  el: Element;
  span: TextRange;
  text: string;
  score: CableScore;
}

/**
 * The score of `span`, an element's text within `parent`'s: the parent's own when the parent's text around it is
 * whole lines holding nothing cableScore counts (a frame's menu, sidebar or footer), so that a frame's wrappers
 * do not score the same cable again each; scored otherwise.
 */
function scoreWithin(parent: Scored, span: TextRange, ctx: RunContext): CableScore {
  const before = ctx.textOf({ start: parent.span.start, end: span.start });
  const after = ctx.textOf({ start: span.end, end: parent.span.end });
  const wholeLines = (before === '' || before.endsWith('\n')) && (after === '' || after.startsWith('\n'));
  // A marking's parenthesis may close on the next line (`(C/REL` then `NATO)`): none may close in the text after.
  const closes = after.slice(0, 120).includes(')');
  const same =
    wholeLines &&
    !closes &&
    parent.text.length <= SCAN_LIMIT &&
    scoresNothing(before) &&
    scoresNothing(after);
  return same ? parent.score : ctx.score(span);
}

/**
 * The children of `el` with the most text (at least `minChildChars`), largest first and in document order among
 * equals, at most `childrenPerLevel`: a parent of thousands of lines is looked through once, without a copy.
 */
function largestChildren(el: Element, ctx: RunContext): Element[] {
  const top: { child: Element; size: number }[] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const range = ctx.ranges.get(child);
    const size = range ? range.end - range.start : 0;
    if (size < GENERIC_LIMITS.minChildChars) continue;
    const last = top[top.length - 1];
    if (top.length === GENERIC_LIMITS.childrenPerLevel && last && last.size >= size) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1] as { size: number }).size < size) at--;
    top.splice(at, 0, { child, size });
    if (top.length > GENERIC_LIMITS.childrenPerLevel) top.pop();
  }
  return top.map((t) => t.child);
}

/**
 * Narrows down from `start`: moves into a child while the child's text scores at least as high as its
 * parent's, so chrome (menus, sidebars, comments) is left behind but no part of the cable's signal (its
 * metadata line, header, paragraphs) is. A child that only ties moves the search only when it holds most of the
 * parent's text: a header block beside a body with no signal of its own must not leave the body behind.
 */
function narrow(start: Scored, ctx: RunContext): Scored {
  let at = start;
  while (ctx.budget() > 0) {
    const children = largestChildren(at.el, ctx);
    let next: Scored | null = null;
    const whole = at.span.end - at.span.start;
    for (const child of children) {
      const span = ctx.spanOf(child);
      // A wrapper holding all of its parent's text scores the same: step in without scoring it again.
      if (span.start === at.span.start && span.end === at.span.end) {
        next = { ...at, el: child, span };
        break;
      }
      if (ctx.budget() <= 0) break;
      const text = ctx.textOf(span);
      const score = scoreWithin(at, span, ctx);
      const ties = score.score === at.score.score;
      if (ties && (span.end - span.start) * 2 < whole) continue;
      if (score.score >= at.score.score && (!next || score.score > next.score.score)) {
        next = { el: child, span, text, score };
      }
    }
    if (!next) break;
    at = next;
  }
  return at;
}

const cableReason = (score: CableScore): string => {
  const why = score.reasons.length > 0 ? score.reasons.join('; ') : 'no cable signals';
  return `no cable-shaped text (score ${score.score}: ${why})`;
};

/**
 * Finds the cable in a page of unknown layout. Reads the page's visible text once (blocks and `<br>` as line
 * breaks; in a browser, what its stylesheets hide left out), narrows down to the element whose text scores best,
 * then picks among that element's children the run that holds the cable, leaving the site's chrome beside it
 * (nav, tools line, footer, comments) and reading its metadata line and title as page fields.
 */
export function findCable(doc: Document): GenericResult {
  const body = bodyOf(doc);
  if (!body) return { found: false, reason: 'the page has no body', code: 'no-body' };
  // The raw text first (native and fast): a page with no cable signal anywhere is declined before any walk.
  const raw = body.textContent ?? '';
  // A tag's collection stops at the first list it finds; querySelector would walk the page through without one.
  if (!mayHoldCable(raw, body.getElementsByTagName('ol').item(0) !== null)) {
    return raw.length > GENERIC_LIMITS.maxChars
      ? { found: false, reason: 'the page is too large to be a cable page', code: 'too-large' }
      : { found: false, reason: 'no cable-shaped text (no cable signal in the page)', code: 'not-cable' };
  }
  const rendered = renderedTest(doc);
  const page = domText(body, {
    ranges: true,
    maxChars: GENERIC_LIMITS.maxChars,
    maxNodes: GENERIC_LIMITS.maxNodes,
    rendered,
    preformatted: preformattedByStyle(doc),
  });
  if (page.truncated)
    return { found: false, reason: 'the page is too large to be a cable page', code: 'too-large' };
  if (page.text.trim().length < GENERIC_LIMITS.minChars)
    return { found: false, reason: 'the page has too little text', code: 'too-little' };
  // A no-break space reads as a space: rich-text editors write every space of an aligned line as `&nbsp;`, and
  // the cable's patterns look for spaces. One character for one, so every range stays where it was.
  const text = page.text.includes('\u00a0') ? page.text.replace(/\u00a0/g, ' ') : page.text;
  const ranges = page.ranges as Map<Element, ElementRange>;
  // Every text scored counts against the budget: on a page nested thousands deep around the cable, scoring
  // each level would be quadratic work; past the budget the narrowing stops where it is.
  let budget = GENERIC_LIMITS.maxScoredChars;
  const scores = new Map<number, CableScore>();
  const ctx: RunContext = {
    ranges,
    // An element's text without the line breaks around it, as a range into the page text.
    spanOf: (el) => {
      const range = ranges.get(el) ?? { start: 0, end: 0 };
      let { start, end } = range;
      while (start < end && text.charCodeAt(start) === 10) start++;
      while (end > start && text.charCodeAt(end - 1) === 10) end--;
      return { start, end };
    },
    textOf: (span) => text.slice(span.start, span.end),
    // A text is scored once: the run picker may ask again for a child that narrowing scored.
    score: (span) => {
      const key = span.start * 0x100000000 + span.end;
      const known = scores.get(key);
      if (known) return known;
      budget -= span.end - span.start;
      const score = cableScore(text.slice(span.start, span.end));
      scores.set(key, score);
      return score;
    },
    budget: () => budget,
  };

  const bodySpan = ctx.spanOf(body);
  const bodyText = ctx.textOf(bodySpan);
  let at = narrow({ el: body, span: bodySpan, text: bodyText, score: ctx.score(bodySpan) }, ctx);
  // The best score met on the way down decides: the level that still holds the site's metadata line may be
  // what makes the text a cable, while the run below it is what the view shows.
  let best = at.score;
  const fields: PageFields = {};
  let run: CableRun = pickRun(at.el, ctx);
  for (let round = 0; round < GENERIC_LIMITS.maxRounds && ctx.budget() > 0; round++) {
    Object.assign(fields, { ...run.fields, ...fields });
    const only = run.kind === 'elements' && run.elements.length === 1 ? run.elements[0] : undefined;
    if (!only || only.children.length === 0) break;
    const span = ctx.spanOf(only);
    at = narrow({ el: only, span, text: ctx.textOf(span), score: scoreWithin(at, span, ctx) }, ctx);
    if (at.score.score > best.score || (at.score.isCable && !best.isCable)) best = at.score;
    run = pickRun(at.el, ctx);
  }
  Object.assign(fields, { ...run.fields, ...fields });

  if (!best.isCable) return { found: false, reason: cableReason(best), code: 'not-cable' };
  if (run.kind === 'chrome') {
    return {
      found: false,
      reason: 'the cable-shaped text is in the page’s comments, menus or sidebars, not in its content',
      code: 'not-cable',
    };
  }
  if (run.kind === 'unit') {
    const mount = mountFor(at.el, body);
    if (mount === body) {
      return {
        found: false,
        reason:
          'the cable text is not inside an element the view can replace (it lies loose in the page body)',
        code: 'loose-text',
      };
    }
    const cable = run.text ?? at.text;
    const partial = partialNoteBeside(text, cable);
    return { found: true, container: mount, original: [mount], text: cable, score: best, fields, partial };
  }
  const first = run.elements[0] as Element;
  const partial = partialNoteBeside(text, run.text);
  return {
    found: true,
    container: first,
    original: run.elements,
    text: run.text,
    score: best,
    fields,
    partial,
  };
}

// The archive's note that a record is a partial extract may sit in an element apart from the cable text (a
// header <pre>): it is handed on with the text, where the pipeline reads it as meta.partial.
const PARTIAL_NOTE = 'This record is a partial extract of the original cable.';

/** Characters of the page's top in which the note is looked for. */
const NOTE_WITHIN = 20_000;

/** True when the page's read text states the note near its top, outside the cable's own text. */
function partialNoteBeside(page: string, cable: string): boolean {
  if (cable.includes(PARTIAL_NOTE)) return false;
  // Only a note starting within the top counts: the rest of a long page is not searched.
  return page.slice(0, NOTE_WITHIN + PARTIAL_NOTE.length - 1).includes(PARTIAL_NOTE);
}

/** The page's cable as the generic detector sees it, or why there is none. */
export function detectGeneric(
  doc: Document,
  url: URL,
): { found: true; cable: RawCable } | { found: false; reason: string; code: DeclineCode } {
  const result = findCable(doc);
  if (!result.found) return result;
  return {
    found: true,
    cable: {
      site: 'generic',
      headerText: null,
      bodyText: result.partial ? `${PARTIAL_NOTE}\n\n${result.text}` : result.text,
      // An unknown layout says little reliable about the cable: only what its own metadata line and title
      // state; the text's own header and id line speak for the rest.
      pageMeta: pageMeta({ ...result.fields, url: url.href }),
      mount: result.container,
      original: result.original,
    },
  };
}

/** The generic detector as an adapter; the caller decides whether a site gets it (the user enables it). */
export const generic: SiteAdapter = {
  name: 'generic',
  matches: (url) => /^(?:https?|file):$/.test(url.protocol),
  extract: (doc, url) => {
    const result = detectGeneric(doc, url);
    return result.found ? result.cable : null;
  },
};
