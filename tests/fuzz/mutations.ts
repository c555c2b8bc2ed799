// Mutations of pages and texts for the fuzz suites: byte-range edits, truncation, random tags, deep nesting,
// dropped closing tags, huge attributes and hostile Unicode. Each mutation is plain data (positions are taken
// modulo the input's length), so fast-check shrinks a failure to a short, readable list of edits.
import fc from 'fast-check';

/** Characters that trip text handling: bidi controls, zero-width ones, NUL, lone surrogates, BOM, look-alikes. */
export const HOSTILE_CHARS: readonly string[] = [
  '\u202e', // RIGHT-TO-LEFT OVERRIDE
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u200b', // ZERO WIDTH SPACE
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u0000',
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
  '\ud83d',
  '\u0410', // CYRILLIC CAPITAL A
  '\u0430',
  '\u0131', // dotless i: upper-cases to I
  '\u017f', // long s: upper-cases to S
  '\ufb06', // st ligature: upper-cases to ST
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u0085',
  '\r',
  '\u000b',
  '\u000c',
  '\u00b6',
  '\u0301', // combining acute
  '\ufffd',
];

/** One UTF-16 code unit anywhere in the BMP (lone surrogates and NUL included) or a hostile character. */
const codeUnit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  fc.constantFrom(...HOSTILE_CHARS),
  fc.constantFrom('\n', ' ', '\t', '.', '(', ')', '<', '>', '&', '/', '"', "'", '%', '#', ';'),
);

/** Strings of any code units, lone surrogates and NUL included. */
export const anyText = (maxLength = 200): fc.Arbitrary<string> => fc.string({ unit: codeUnit, maxLength });

/** Payloads a hostile page or cable may carry; the reader must show them as text and run none of them. */
export const PAYLOADS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<svg onload=alert(1)>',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="data:text/html,x"></iframe>',
  '"><script>alert(1)</script>',
  '&lt;script&gt;',
  '&#x000A;',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  // A template placeholder written as text: it must stay text.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is the literal characters
  '${alert(1)}',
];

const TAG_NAMES = [
  'div',
  'span',
  'pre',
  'code',
  'p',
  'br',
  'a',
  'b',
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'h3',
  'ul',
  'li',
  'script',
  'style',
  'textarea',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'select',
  'option',
  'plaintext',
  'xmp',
  'listing',
  'html',
  'head',
  'body',
  'title',
  'form',
  'input',
  'frameset',
  'x-cable',
  'DIV',
];

const ATTRIBUTES = [
  'class="pane big"',
  'class="cable"',
  'class="s_key"',
  'class="s_val"',
  'class="cable-content"',
  'class="cable-body"',
  'class="text-content"',
  'class="text-header"',
  'class="toggleHeader"',
  'id="tagged-text"',
  'id="synopsis"',
  'id="cable"',
  'id="cable-header"',
  'id="cable-summary"',
  'id="par2"',
  'colspan="2"',
  'hidden',
  'aria-hidden="true"',
  'style="display:none"',
  'style="white-space: pre-line"',
  'href="#par2"',
  'href="/tag/PGOV_0.html"',
  'href="https://example.org/%E0%A4%A"',
  'href="https://example.org/%ZZ.html"',
  'href="javascript:alert(1)"',
  'rel="canonical"',
  'property="og:url" content="https://wikileaks.org/cable/2008/06/08ASTANA1147.html"',
  'value="08ASTANA1147"',
  'onload="alert(1)"',
];

/** A start tag, end tag, or whole element made of names and attributes the adapters look for. */
export const randomTag: fc.Arbitrary<string> = fc
  .record({
    name: fc.constantFrom(...TAG_NAMES),
    attributes: fc.array(
      fc.oneof(
        fc.constantFrom(...ATTRIBUTES),
        anyText(20).map((v) => `data-x="${v}"`),
      ),
      {
        maxLength: 3,
      },
    ),
    form: fc.constantFrom('open', 'close', 'element', 'self-closing', 'paragraph-link'),
    text: fc.oneof(anyText(40), fc.constantFrom(...PAYLOADS)),
  })
  .map(({ name, attributes, form, text }) => {
    const attrs = attributes.length > 0 ? ` ${attributes.join(' ')}` : '';
    if (form === 'open') return `<${name}${attrs}>`;
    if (form === 'close') return `</${name}>`;
    if (form === 'self-closing') return `<${name}${attrs}/>`;
    if (form === 'paragraph-link') return `<a id='par2' href='#par2'>\u00b6${text}</a>`;
    return `<${name}${attrs}>${text}</${name}>`;
  });

/** One edit of a page or text. Positions and lengths are reduced modulo the input when applied. */
export type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'swap'; a: number; b: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'nest'; at: number; depth: number; tag: string; close: boolean }
  | { kind: 'drop-closing'; tag: string | null }
  | { kind: 'huge-attribute'; at: number; size: number; char: string };

const position = fc.nat({ max: 10_000_000 });
const span = fc.nat({ max: 4_000 });

const insertion = fc.oneof(
  randomTag,
  anyText(),
  fc.constantFrom(...PAYLOADS),
  fc.constantFrom(...HOSTILE_CHARS),
  fc.constantFrom(...HOSTILE_CHARS).map((c) => c.repeat(1_000)),
  // Long runs: a pattern that backtracks over a run at each of its positions takes hours on these.
  fc
    .constantFrom(' ', '\t', '\n ', '\n', '-', 'x', '*** X ***\n', '1. ')
    .map((c) => c.repeat(Math.ceil(100_000 / c.length))),
);

/** Mutations for HTML pages. */
export const pageMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: position, length: span }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, length: span, to: position }),
  fc.record({ kind: fc.constant('swap' as const), a: position, b: position, length: span }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: insertion }),
  fc.record({
    kind: fc.constant('nest' as const),
    at: position,
    depth: fc.constantFrom(10_000, 2_000, 50),
    tag: fc.constantFrom('div', 'span', 'b', 'pre', 'td', 'p', 'table', 'li', 'blockquote'),
    close: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('drop-closing' as const),
    tag: fc.option(
      fc.constantFrom('div', 'pre', 'code', 'table', 'tr', 'td', 'a', 'p', 'script', 'textarea'),
    ),
  }),
  fc.record({
    kind: fc.constant('huge-attribute' as const),
    at: position,
    size: fc.constantFrom(100_000, 1_000_000),
    char: fc.constantFrom('x', '"', '\u202e', '&amp;', ' '),
  }),
);

/** Mutations for plain cable texts: byte-range edits, truncation and hostile insertions (no markup ones). */
export const textMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: position, length: span }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, length: span, to: position }),
  fc.record({ kind: fc.constant('swap' as const), a: position, b: position, length: span }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: insertion }),
);

function applyOne(input: string, m: Mutation): string {
  const n = input.length;
  const at = (p: number): number => p % (n + 1);
  switch (m.kind) {
    case 'delete': {
      const from = at(m.at);
      return input.slice(0, from) + input.slice(from + m.length);
    }
    case 'duplicate': {
      const from = at(m.at);
      const piece = input.slice(from, from + m.length);
      const to = at(m.to);
      return input.slice(0, to) + piece + input.slice(to);
    }
    case 'swap': {
      const [first, second] = [at(m.a), at(m.b)].sort((x, y) => x - y) as [number, number];
      const length = Math.min(m.length, second - first);
      const a = input.slice(first, first + length);
      const b = input.slice(second, second + length);
      return (
        input.slice(0, first) + b + input.slice(first + length, second) + a + input.slice(second + length)
      );
    }
    case 'truncate':
      return input.slice(0, at(m.at));
    case 'insert': {
      const to = at(m.at);
      return input.slice(0, to) + m.text + input.slice(to);
    }
    case 'nest': {
      const to = at(m.at);
      const open = `<${m.tag}>`.repeat(m.depth);
      const close = m.close ? `</${m.tag}>`.repeat(m.depth) : '';
      // Wrap everything from the position to the end of the page (or leave every level open).
      return input.slice(0, to) + open + input.slice(to) + close;
    }
    case 'drop-closing':
      return m.tag === null
        ? input.replace(/<\/[a-zA-Z][^>]*>/g, '')
        : input.replace(new RegExp(`</${m.tag}\\s*>`, 'gi'), '');
    case 'huge-attribute': {
      // Into the first start tag at or after the position (or the first one in the page).
      const tag = /<([a-zA-Z][a-zA-Z0-9-]*)/g;
      tag.lastIndex = at(m.at);
      const found = tag.exec(input) ?? /<([a-zA-Z][a-zA-Z0-9-]*)/.exec(input);
      if (!found) return input;
      const end = found.index + found[0].length;
      return `${input.slice(0, end)} title="${m.char.repeat(Math.ceil(m.size / m.char.length))}"${input.slice(end)}`;
    }
  }
}

/** The input with every mutation applied in order. */
export function mutate(input: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyOne, input);
}

/** A short description of mutations for failure messages (inserted texts cut to 60 characters). */
export function describeMutations(mutations: readonly Mutation[]): string {
  return JSON.stringify(mutations, (_key, value) =>
    typeof value === 'string' && value.length > 60
      ? `${value.slice(0, 60)}... (${value.length} chars)`
      : value,
  );
}
