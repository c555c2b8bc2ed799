// Reads small pieces of a page's HTML source as the HTML parser would (entities decoded, text and plain links
// split), for paths that skip the DOM. Answers null wherever it cannot be sure of the parser's answer.

/** Named entities decoded here; any other name ended by `;` may be one of the standard's 2,000: null. */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

// The names a parser decodes even without their `;` (the HTML standard's legacy entities): `&notice` reads
// as `¬ice` there, so a bare `&` followed by one of them is the parser's to decode, not this reader's.
const LEGACY = new RegExp(
  `^(?:${[
    'AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT Iacute Icirc',
    'Igrave Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute Ucirc Ugrave Uuml',
    'Yacute aacute acirc acute aelig agrave amp aring atilde auml brvbar ccedil cedil cent copy curren deg',
    'divide eacute ecirc egrave eth euml frac12 frac14 frac34 gt iacute icirc iexcl igrave iquest iuml laquo lt',
    'macr micro middot nbsp not ntilde oacute ocirc ograve ordf ordm oslash otilde ouml para plusmn pound quot',
    'raquo reg sect shy sup1 sup2 sup3 szlig thorn times uacute ucirc ugrave uml uuml yacute yen yuml',
  ]
    .join(' ')
    .split(' ')
    .join('|')})`,
);
const NUMERIC = /&#(?:[xX]([0-9a-fA-F]{1,6})|(\d{1,7}));/y;
const NAME = /&([A-Za-z][A-Za-z0-9]*)(;?)/y;

/** A code point the parser keeps as written (it replaces NUL, C1 controls, surrogates and the out of range). */
const keptAsWritten = (code: number): boolean =>
  (code >= 1 && code < 0x80) || (code >= 0xa0 && code < 0xd800) || (code >= 0xe000 && code <= 0x10ffff);

/** Source text with its character references decoded, or null for one this reader does not know. */
export function decodeEntities(raw: string): string | null {
  let at = raw.indexOf('&');
  if (at < 0) return raw;
  let out = '';
  let from = 0;
  while (at >= 0) {
    out += raw.slice(from, at);
    NUMERIC.lastIndex = at;
    NAME.lastIndex = at;
    const numeric = raw.charCodeAt(at + 1) === 35 ? NUMERIC.exec(raw) : null;
    const named = numeric ? null : NAME.exec(raw);
    if (raw.charCodeAt(at + 1) === 35) {
      if (!numeric) return null;
      const code = numeric[1] ? Number.parseInt(numeric[1], 16) : Number(numeric[2]);
      if (!keptAsWritten(code)) return null;
      out += String.fromCodePoint(code);
      from = at + numeric[0].length;
    } else if (named?.[2]) {
      const value = NAMED[named[1] as string];
      if (value === undefined) return null;
      out += value;
      from = at + named[0].length;
    } else {
      if (named && LEGACY.test(named[1] as string)) return null;
      out += '&';
      from = at + 1;
    }
    at = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

/** A run of text, a link with its attributes and text, or a line break, as the parser splits flat markup. */
export type FlatPiece =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; link: Map<string, string> }
  | { kind: 'br' };

// `<a` and quoted attributes only (no `<` or `>` in a value, so the tag's end is its first `>`).
const LINK_OPEN = /<a((?:\s+[A-Za-z][\w:.-]*\s*=\s*(?:'[^'<>]*'|"[^"<>]*"))*)\s*>/y;
const BR = /<br\s*\/?>/iy;
const ATTRIBUTE = /([A-Za-z][\w:.-]*)\s*=\s*(?:'([^']*)'|"([^"]*)")/g;

function attributes(source: string): Map<string, string> | null {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = (m[1] as string).toLowerCase();
    const value = decodeEntities(m[2] ?? m[3] ?? '');
    if (value === null || out.has(name)) return null;
    out.set(name, value);
  }
  return out;
}

/** Index of the next `<` that opens markup from `from` on (one before a letter, `/`, `!` or `?`), or -1. */
export function nextTag(raw: string, from: number): number {
  for (let lt = raw.indexOf('<', from); lt >= 0; lt = raw.indexOf('<', lt + 1)) {
    const c = raw.charCodeAt(lt + 1) | 0x20;
    // A `<` before anything else is text to the parser (`<<218634`, `a < b`); one at the end is left to it.
    if ((c >= 0x61 && c <= 0x7a) || c === 0x2f || c === 0x21 || c === 0x3f || lt + 1 === raw.length)
      return lt;
  }
  return -1;
}

/**
 * Markup holding only text, `<br>` and links that hold only text (`Reading <a href='/x'>this</a>.`) as the
 * parser's nodes in order (empty runs left out), or null when it holds anything else.
 */
export function readFlat(raw: string): FlatPiece[] | null {
  const pieces: FlatPiece[] = [];
  let from = 0;
  for (let lt = nextTag(raw, 0); ; lt = nextTag(raw, from)) {
    const text = decodeEntities(lt < 0 ? raw.slice(from) : raw.slice(from, lt));
    if (text === null) return null;
    if (text !== '') pieces.push({ kind: 'text', text });
    if (lt < 0) return pieces;
    BR.lastIndex = lt;
    if (BR.test(raw)) {
      pieces.push({ kind: 'br' });
      from = BR.lastIndex;
      continue;
    }
    LINK_OPEN.lastIndex = lt;
    const open = LINK_OPEN.exec(raw);
    if (!open) return null;
    const start = lt + open[0].length;
    const end = nextTag(raw, start);
    if (end < 0 || !raw.startsWith('</a>', end)) return null;
    const link = attributes(open[1] as string);
    const inner = decodeEntities(raw.slice(start, end));
    if (!link || inner === null) return null;
    pieces.push({ kind: 'link', text: inner, link });
    from = end + 4;
  }
}

/** The text content of flat markup (links' text included, a `<br>` none), or null when it holds anything else. */
export function flatText(raw: string): string | null {
  const pieces = readFlat(raw);
  return pieces ? pieces.map((p) => (p.kind === 'br' ? '' : p.text)).join('') : null;
}
