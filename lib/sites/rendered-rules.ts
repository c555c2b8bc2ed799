// The page's stylesheet rules that can hide an element (`display`, `visibility`, `content-visibility`), read from
// the CSSOM for the rendered test as selectors. Reads rules only; never changes a sheet or decides what is shown.

/** Rules read at most: past them, asking the layout about each element with attributes costs less. */
const MAX_RULES = 5000;
/**
 * Hiding selectors at most: querySelectorAll weighs each one against every element of the page (16 of them cost
 * about what asking the layout about each element does on a page of 5,000).
 */
const MAX_SELECTORS = 16;
/** A selector of pseudo-elements only (`::-webkit-scrollbar`, `.note::before`): it hides no element's text. */
const PSEUDO_ONLY = /^[^,]*::[^,]*$/;
// A value that hides, or one only known once computed (`var(--shown)`, `attr()`): taken as one that may hide.
const HIDING_DISPLAY = /none|\(/i;
const HIDING_VISIBILITY = /hidden|collapse|\(/i;
const HIDING_CONTENT = /hidden|\(/i;

interface Reading {
  selectors: string[];
  rules: number;
}

type RuleLike = CSSRule & {
  selectorText?: string;
  style?: CSSStyleDeclaration;
  cssRules?: CSSRuleList;
  styleSheet?: CSSStyleSheet | null;
};

/** 'self' for a style that hides its element, 'content' for one that hides what the element holds. */
function hides(style: CSSStyleDeclaration): 'self' | 'content' | null {
  if (HIDING_DISPLAY.test(style.display) || HIDING_VISIBILITY.test(style.visibility)) return 'self';
  return HIDING_CONTENT.test(style.getPropertyValue('content-visibility')) ? 'content' : null;
}

/**
 * A block whose rules keep their selectors as written (`@media`, `@supports`, `@layer`, `@container`), as opposed
 * to rules nested in a style rule, a `@scope` or a `@keyframes`, which are relative to it or are no selectors.
 */
const keepsSelectors = (rule: RuleLike): boolean =>
  rule.selectorText === undefined && !('findRule' in rule) && !('start' in rule);

/** Adds the hiding selectors of `list` to `out`; false when they cannot all be written as page-wide selectors. */
function readRules(list: CSSRuleList, out: Reading, plain: boolean): boolean {
  for (let i = 0; i < list.length; i++) {
    const rule = list[i] as RuleLike;
    if (++out.rules > MAX_RULES) return false;
    if ('styleSheet' in rule) {
      if (rule.styleSheet && !readSheet(rule.styleSheet, out)) return false;
      continue;
    }
    const how = rule.style ? hides(rule.style) : null;
    if (how) {
      if (!plain || rule.selectorText === undefined) return false;
      if (how === 'self' && PSEUDO_ONLY.test(rule.selectorText)) continue;
      out.selectors.push(how === 'self' ? rule.selectorText : `:is(${rule.selectorText}) *`);
      if (out.selectors.length > MAX_SELECTORS) return false;
    }
    if (
      rule.cssRules &&
      rule.cssRules.length > 0 &&
      !readRules(rule.cssRules, out, plain && keepsSelectors(rule))
    )
      return false;
  }
  return true;
}

function readSheet(sheet: CSSStyleSheet, out: Reading): boolean {
  let rules: CSSRuleList;
  try {
    rules = sheet.cssRules;
  } catch {
    // A sheet from another origin: its rules are not the page's to read.
    return false;
  }
  return readRules(rules, out, true);
}

/**
 * The selectors of every rule of the page's sheets (adopted ones included) that may hide an element, or null when
 * some rules cannot be read or written as page-wide selectors (a cross-origin sheet, a hiding rule nested in
 * another or in `@scope`, an animation of `display`, too many rules).
 */
export function hidingSelectors(doc: Document): string[] | null {
  const out: Reading = { selectors: [], rules: 0 };
  const sheets = [...Array.from(doc.styleSheets), ...(doc.adoptedStyleSheets ?? [])];
  for (const sheet of sheets) if (!readSheet(sheet, out)) return null;
  return out.selectors;
}
