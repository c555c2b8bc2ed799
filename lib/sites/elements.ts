// What the HTML elements mean for reading a page as text: which are blocks, which are preformatted, which a
// reader never sees. Static tables and attribute checks only; no layout, so Chromium and linkedom agree.

/** Elements whose content a reader never sees as page text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'head',
  'title',
  'meta',
  'link',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'button',
  'input',
  'audio',
  'video',
  'img',
  'map',
  'dialog',
]);

/** Block elements and the line-break count they put around themselves (`p` gets a blank line, as innerText). */
export const BLOCK_BREAKS: Record<string, number> = {
  p: 2,
  address: 1,
  article: 1,
  aside: 1,
  blockquote: 1,
  body: 1,
  caption: 1,
  center: 1,
  dd: 1,
  details: 1,
  dir: 1,
  div: 1,
  dl: 1,
  dt: 1,
  fieldset: 1,
  figcaption: 1,
  figure: 1,
  footer: 1,
  form: 1,
  h1: 1,
  h2: 1,
  h3: 1,
  h4: 1,
  h5: 1,
  h6: 1,
  header: 1,
  hgroup: 1,
  hr: 1,
  legend: 1,
  li: 1,
  listing: 1,
  main: 1,
  menu: 1,
  ol: 1,
  plaintext: 1,
  pre: 1,
  section: 1,
  summary: 1,
  table: 1,
  tbody: 1,
  textarea: 1,
  tfoot: 1,
  thead: 1,
  tr: 1,
  ul: 1,
  xmp: 1,
};

/** Elements whose text keeps its spaces and newlines as written. */
export const PREFORMATTED = new Set(['pre', 'textarea', 'listing', 'xmp', 'plaintext']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** An inline style that keeps spaces and newlines (`white-space: pre`, `pre-wrap`, `pre-line`). */
export const PRE_STYLE = /(?:^|;)\s*white-space\s*:\s*pre/i;

/** Lower-case tag name of an element (SVG elements keep their case in HTML documents). */
export function tagOf(el: Element): string {
  return el.localName.toLowerCase();
}

/** True for a tag whose content a reader never sees (`script`, `nav`, `template`...). */
export const isSkippedTag = (tag: string): boolean => SKIPPED.has(tag);

/** What an element's attributes say about how it shows. */
export interface ShownBy {
  /** `hidden`, `aria-hidden`, an inline display:none. */
  hidden: boolean;
  /** The style attribute, if any (also read for its white-space). */
  style: string | null;
  /** A `popover`, which the browser hides until it opens. */
  popover: boolean;
}

/**
 * What `el`'s attributes say about how it shows, or null when it has none (most of a page's elements: one call
 * answers for them). The names are read in one call: most elements with attributes have one or two.
 */
export function shownBy(el: Element): ShownBy | null {
  if (!el.hasAttributes()) return null;
  const names = el.getAttributeNames();
  let hidden = false;
  let style: string | null = null;
  let popover = false;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (name === 'hidden') hidden = true;
    else if (name === 'aria-hidden') hidden ||= el.getAttribute(name) === 'true';
    else if (name === 'style') style = el.getAttribute(name);
    else if (name === 'popover') popover = true;
  }
  if (style !== null && HIDDEN_STYLE.test(style)) hidden = true;
  return { hidden, style, popover };
}

/** Block-level elements (those that start a new line). */
export function isBlock(el: Element): boolean {
  return BLOCK_BREAKS[tagOf(el)] !== undefined;
}
