// The Cablegate viewer's parts read straight from a saved page's source, for the CLI: a string scan of the known
// layout, so that a batch need not build a DOM of the whole page. Null when unsure: the caller then parses the page.
import type { RawCableText } from '../cable/types';
import { type ViewerParts, viewerCable } from './cablegate';
import { type FlatPiece, flatText, nextTag, readFlat } from './html-source';
import { cleanValue } from './page-meta';

// Markup whose content the parser does not read as tags (or reads in ways this scan does not follow): a page
// holding one before the cable's text is left to the parser.
const OPAQUE =
  /<!--|<!\[cdata\[|<(?:script|style|textarea|xmp|iframe|noembed|noframes|noscript|plaintext|template|svg|math)[\s/>]/;
const TITLE = /<title[\s>]/g;
const PANE = /<div class=(?:'pane big'|"pane big")>/g;
const BIG_CLASS = /\sclass\s*=\s*(?:'[^']*\bbig\b[^']*'|"[^"]*\bbig\b[^"]*"|[^\s>]*big)/g;
const TABLE = /<table[\s>/]/g;
const TABLE_OPEN = /<table class=(?:'cable'|"cable")>/y;
// The table's rows, one tag at a time: cells of flat text, whitespace between them.
const TABLE_TOKEN = /\s*<(\/?)(tr|th|td)(?:\s[^<>]*)?>/y;
// A tag with its attributes (quoted or bare values), for walking the pane tag by tag.
const TAG =
  /<(\/?)([a-z][a-z0-9]*)(?:\s+[a-z_:][\w:.-]*(?:\s*=\s*(?:'[^']*'|"[^"]*"|[^\s'"=<>`]+))?)*\s*\/?>/y;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'template',
  'svg',
  'math',
]);
// What the DOM reader treats apart inside a block: hidden links and gutter numbers (domText, isLineNumber).
const PLAIN_LINK_ATTRIBUTES = new Set(['id', 'href', 'title', 'name', 'class', 'target', 'rel']);
const LINE_NUMBER = /^[ \t\n]*\d{1,6}[ \t\n]*$/;
const PARAGRAPH_MARK = '\u00b6';

/**
 * The cells of the table's first row with at least five, read up to that row's end (the rows after it are walked
 * as any markup), or null when the rows before it are not plain rows of cells holding text and links.
 */
function tableCells(html: string, lower: string, at: number): { cells: string[]; end: number } | null {
  TABLE_OPEN.lastIndex = at;
  if (!TABLE_OPEN.exec(html)) return null;
  let pos = TABLE_OPEN.lastIndex;
  let row: string[] | null = null;
  for (;;) {
    TABLE_TOKEN.lastIndex = pos;
    const token = TABLE_TOKEN.exec(lower);
    if (!token) return null;
    pos = TABLE_TOKEN.lastIndex;
    const [, close, tag] = token;
    if (tag === 'tr') {
      if ((close === '/') !== (row !== null)) return null;
      if (close && row && row.length >= 5) return { cells: row, end: pos };
      row = close ? null : [];
      continue;
    }
    if (close || row === null) return null;
    const end = lower.indexOf(`</${tag}>`, pos);
    const text = end < 0 ? null : flatText(html.slice(pos, end));
    if (text === null) return null;
    if (tag === 'td') row.push(text);
    pos = end + (tag as string).length + 3;
  }
}

/** A `<pre>` block's text as domText reads it (`¶` links dropped, their labels kept), with its tag links. */
function preText(pieces: readonly FlatPiece[] | null): { text: string; tags: string[] } | null {
  if (!pieces) return null;
  const parts: string[] = [];
  const tags: string[] = [];
  for (const [i, piece] of pieces.entries()) {
    // domText writes a line break for a `<br>`, whatever stands before it in a block kept as written.
    if (piece.kind === 'br') {
      parts.push('\n');
      continue;
    }
    let text = piece.text;
    if (piece.kind === 'link') {
      for (const name of piece.link.keys()) if (!PLAIN_LINK_ATTRIBUTES.has(name)) return null;
      if (LINE_NUMBER.test(text)) return null;
      if (piece.link.get('href')?.includes('/tag/')) {
        const tag = cleanValue(text);
        if (tag && !tags.includes(tag)) tags.push(tag);
      }
      const trimmed = text.trimStart();
      if (trimmed.startsWith(PARAGRAPH_MARK)) text = trimmed.slice(PARAGRAPH_MARK.length);
    } else if (i === 0 && text.startsWith('\n')) {
      // The newline right after `<pre>`, which a browser's parser drops (linkedom keeps it, domText drops it).
      text = text.slice(1);
    }
    // domText turns `\r\n` into one line break within each text node; where the parser splits the nodes (at a
    // character reference, a bare `<`) is its own, so a block holding a `\r` is left to it.
    if (text.includes('\r')) return null;
    parts.push(text);
  }
  return { text: parts.join(''), tags };
}

/** Index of the only match of `pattern` in `text`, or -1 when there is none or more than one. */
function only(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  const first = pattern.exec(text);
  if (!first || pattern.exec(text)) return -1;
  return first.index;
}

/**
 * The viewer's parts in `html`, or null unless the page has the viewer's layout in the one form this scan knows:
 * one `div.pane.big` holding the h3, the page's only table (`table.cable`, rows of plain cells) and the `<pre>`
 * blocks, every tag in it closed in order (so the parser builds the tree the tags say), nothing before it that
 * the parser reads in its own way, blocks of text and plain links only.
 */
function readViewerSource(html: string): ViewerParts | null {
  const lower = html.toLowerCase();
  // Lower-casing that changes the length (a dotted capital I) would shift every index.
  if (lower.length !== html.length || html.includes('\0')) return null;
  const pane = only(PANE, lower);
  if (pane < 0 || only(BIG_CLASS, lower) !== pane + 4 || only(TABLE, lower) < pane) return null;
  const before = lower.slice(0, pane);
  if (OPAQUE.test(before) || !titlesPlain(before)) return null;
  const pres: { start: number; end: number }[] = [];
  let heading: string | null = null;
  let cells: string[] | null = null;
  const open: string[] = [];
  for (let pos = pane; ; ) {
    const lt = nextTag(lower, pos);
    TAG.lastIndex = lt;
    const m = lt < 0 ? null : TAG.exec(lower);
    if (!m) return null;
    pos = TAG.lastIndex;
    const [tag, close, name] = m as unknown as [string, string, string];
    if (close) {
      if (open.pop() !== name) return null;
      if (open.length === 0) break;
    } else if (RAW_TEXT.has(name)) return null;
    else if (name === 'h3' && heading === null) {
      const end = lower.indexOf('</h3>', pos);
      heading = tag === '<h3>' && end >= 0 ? flatText(html.slice(pos, end)) : null;
      if (heading === null) return null;
      pos = end + 5;
    } else if (name === 'table') {
      const read = heading === null ? null : tableCells(html, lower, lt);
      if (!read) return null;
      cells = read.cells;
      pos = read.end;
      open.push('table');
    } else if (name === 'pre') {
      const end = lower.indexOf('</pre>', pos);
      if (tag !== '<pre>' || end < 0 || cells === null) return null;
      pres.push({ start: pos, end });
      pos = end + 6;
    } else if (!VOID.has(name)) open.push(name);
  }
  if (cells === null || heading === null || pres.length === 0) return null;
  const blocks = pres.map((p) => readFlat(html.slice(p.start, p.end)));
  const body = preText(blocks[blocks.length - 1] ?? null);
  const header = pres.length > 1 ? preText(blocks[0] ?? null) : null;
  if (!body || (pres.length > 1 && !header)) return null;
  return { cells, heading, headerText: header?.text ?? null, bodyText: body.text, tags: body.tags };
}

/** True when every `<title>` before the cable holds plain text (the parser reads no tag inside one). */
function titlesPlain(lower: string): boolean {
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(lower); m; m = TITLE.exec(lower)) {
    const end = lower.indexOf('</title', m.index);
    if (end < 0 || lower.slice(m.index + 6, end).includes('<')) return false;
  }
  return true;
}

/** The viewer's cable read from the page's source, or null when the page must be parsed to be sure. */
export function cablegateFromSource(html: string, url: URL): RawCableText | null {
  const parts = readViewerSource(html);
  return parts ? viewerCable(parts, url) : null;
}
