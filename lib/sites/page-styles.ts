// The page's own stylesheet rules that keep text preformatted (`.cable { white-space: pre-wrap }`), read from
// its `<style>` elements so that a document without a layout engine (the CLI) reads the text as the browser shows it.

/** Characters of `<style>` text read at most: a page's real rules for its text sit in its own short sheet. */
const MAX_CSS = 200_000;
const PRE_DECLARATION = /(?:^|;)\s*white-space\s*:\s*pre/i;
const SIMPLE_SELECTOR = /^([a-z][a-z0-9]*)?((?:[.#][\w-]+)*)$/i;

interface SimpleSelector {
  tag: string | null;
  ids: string[];
  classes: string[];
}

function parseSelector(text: string): SimpleSelector | null {
  const m = SIMPLE_SELECTOR.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const parts = (m[2] ?? '').match(/[.#][\w-]+/g) ?? [];
  return {
    tag: m[1]?.toLowerCase() ?? null,
    ids: parts.filter((p) => p.startsWith('#')).map((p) => p.slice(1)),
    classes: parts.filter((p) => p.startsWith('.')).map((p) => p.slice(1)),
  };
}

function matches(el: Element, selector: SimpleSelector): boolean {
  if (selector.tag && el.localName.toLowerCase() !== selector.tag) return false;
  if (selector.ids.some((id) => el.id !== id)) return false;
  return selector.classes.every((c) => el.classList.contains(c));
}

/**
 * A test for elements that a simple rule of the page's stylesheets (`tag`, `.class`, `#id` and their
 * combinations) makes preformatted, or undefined when no rule does. Compound selectors are left to the browser.
 */
export function preformattedByStyle(doc: Document): ((el: Element) => boolean) | undefined {
  const selectors: SimpleSelector[] = [];
  let budget = MAX_CSS;
  for (const style of Array.from(doc.getElementsByTagName('style'))) {
    const css = (style.textContent ?? '').slice(0, budget).replace(/\/\*[\s\S]*?\*\//g, '');
    budget -= css.length;
    // Split, not a pattern: a rule is what stands between its `{` and `}`; linear on any sheet.
    for (const rule of css.split('}')) {
      const open = rule.lastIndexOf('{');
      if (open < 0 || !PRE_DECLARATION.test(rule.slice(open + 1))) continue;
      const prelude = rule.slice(0, open);
      // In `@media print { .a { ... }`, the selector is what follows the at-rule's own brace.
      const selectorText = prelude.slice(prelude.lastIndexOf('{') + 1);
      for (const part of selectorText.split(',')) {
        const selector = parseSelector(part);
        if (selector) selectors.push(selector);
      }
    }
    if (budget <= 0) break;
  }
  if (selectors.length === 0) return undefined;
  return (el) => selectors.some((s) => matches(el, s));
}
