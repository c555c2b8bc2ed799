// The generic detector for unknown mirrors: finds the element holding cable-shaped text in any layout and lets
// lib/cable's cableScore judge it. Structure only (no cable rules here); declines without touching the page.
import { type CableScore, cableScore } from '../cable/detect';
import { domText, type TextRange } from './dom-text';
import { isBlock, tagOf } from './elements';
import type { RawCable, SiteAdapter } from './types';

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
};

export type GenericResult =
  | { found: true; container: Element; text: string; score: CableScore }
  | { found: false; reason: string };

// Where a view can stand in for the container: a table's inner parts give way to the table itself.
const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr', 'caption', 'colgroup']);

/** The element the clean view replaces: the nearest block (or table cell) that is not a table's inner part. */
function mountFor(el: Element, body: Element): Element {
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
 * The page's `<body>` (or `<frameset>`), found without `document.body`: linkedom's getter inserts a head and a
 * body into a document that lacks them (changing the page) and throws on a document with no root element.
 */
function bodyOf(doc: Document): Element | null {
  const root = doc.documentElement;
  if (!root || tagOf(root) !== 'html') return null;
  return Array.from(root.children).find((el) => tagOf(el) === 'body' || tagOf(el) === 'frameset') ?? null;
}

/**
 * Finds the cable in a page of unknown layout. Reads the page's visible text once (blocks and `<br>` as line
 * breaks), then narrows down from `<body>`: it moves into a child while the child's text scores at least as
 * high as its parent's, so chrome (menus, sidebars, comments) is left behind but no part of the cable's
 * signal (its metadata line, header, paragraphs) is. The result is judged by cableScore.
 */
export function findCable(doc: Document): GenericResult {
  const body = bodyOf(doc);
  if (!body) return { found: false, reason: 'the page has no body' };
  const page = domText(body, {
    ranges: true,
    maxChars: GENERIC_LIMITS.maxChars,
    maxNodes: GENERIC_LIMITS.maxNodes,
  });
  if (page.truncated) return { found: false, reason: 'the page is too large to be a cable page' };
  if (page.text.trim().length < GENERIC_LIMITS.minChars)
    return { found: false, reason: 'the page has too little text' };
  const ranges = page.ranges as Map<Element, TextRange>;
  // An element's text without the line breaks around it, as a range into the page text.
  const spanOf = (el: Element): TextRange => {
    const range = ranges.get(el) ?? { start: 0, end: 0 };
    let { start, end } = range;
    while (start < end && page.text.charCodeAt(start) === 10) start++;
    while (end > start && page.text.charCodeAt(end - 1) === 10) end--;
    return { start, end };
  };
  // Every text scored counts against the budget: on a page nested thousands deep around the cable, scoring
  // each level would be quadratic work; past the budget the narrowing stops where it is.
  let budget = GENERIC_LIMITS.maxScoredChars;
  const scoreOf = (span: TextRange): { text: string; score: CableScore } => {
    const text = page.text.slice(span.start, span.end);
    budget -= text.length;
    return { text, score: cableScore(text) };
  };

  let container: Element = body;
  let span = spanOf(body);
  let { text, score } = scoreOf(span);
  while (budget > 0) {
    const children = Array.from(container.children)
      .map((child) => ({ child, range: ranges.get(child) }))
      .filter((c): c is { child: Element; range: TextRange } => c.range !== undefined)
      .map((c) => ({ child: c.child, size: c.range.end - c.range.start }))
      .filter((c) => c.size >= GENERIC_LIMITS.minChildChars)
      .sort((a, b) => b.size - a.size)
      .slice(0, GENERIC_LIMITS.childrenPerLevel);
    let next: { child: Element; span: TextRange; text: string; score: CableScore } | null = null;
    for (const { child } of children) {
      const childSpan = spanOf(child);
      // A wrapper holding all of its parent's text scores the same: step in without scoring it again.
      if (childSpan.start === span.start && childSpan.end === span.end) {
        next = { child, span: childSpan, text, score };
        break;
      }
      if (budget <= 0) break;
      const scored = scoreOf(childSpan);
      if (scored.score.score >= score.score && (!next || scored.score.score > next.score.score)) {
        next = { child, span: childSpan, ...scored };
      }
    }
    if (!next) break;
    ({ child: container, span, text, score } = next);
  }

  if (!score.isCable) {
    const why = score.reasons.length > 0 ? score.reasons.join('; ') : 'no cable signals';
    return { found: false, reason: `no cable-shaped text (score ${score.score}: ${why})` };
  }
  const mount = mountFor(container, body);
  if (mount === body)
    return { found: false, reason: 'the cable text is not inside an element the view can replace' };
  return { found: true, container: mount, text, score };
}

/** The page's cable as the generic detector sees it, or why there is none. */
export function detectGeneric(
  doc: Document,
  url: URL,
): { found: true; cable: RawCable } | { found: false; reason: string } {
  const result = findCable(doc);
  if (!result.found) return result;
  return {
    found: true,
    cable: {
      site: 'generic',
      headerText: null,
      bodyText: result.text,
      // An unknown layout says nothing reliable about the cable: the text's own header and id line speak.
      pageMeta: { url: url.href },
      mount: result.container,
      original: [result.container],
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
