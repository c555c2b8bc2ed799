// The early stylesheet: on a known mirror's cable address, hides the cable's raw text from document_start so the
// first frames show the page without it, never the teletype dump. Hides by the layouts' selectors only; removed
// as soon as the view is up, declined, or failed, so a page that holds no cable is never left hidden.
import { adaptersFor } from '../../lib/sites/index';

/** Per known layout: what its adapter shows as the original (see lib/sites). */
export interface EarlyLayout {
  /** Every element the clean view will stand in for: the raw text boxes and the site's own toggle for them. */
  hide: string;
  /**
   * The boxes holding everything the adapter reads, first match each: once the parser has closed them the cable
   * can be read (text-there.ts). A test checks that a page cut just after them reads as the whole page.
   */
  textIn: readonly string[];
}

/** Keyed by adapter name. A test checks `hide` covers every element each adapter returns as `original`. */
export const EARLY_LAYOUTS: Readonly<Record<string, EarlyLayout>> = {
  cablegate: { hide: 'div.pane.big pre', textIn: ['div.pane.big'] },
  plusd: {
    hide: 'div.text-header, #showhide, .text-content:has(#tagged-text)',
    // The synopsis table, the header box and its button come before the text in the layout.
    textIn: ['div#tagged-text'],
  },
  cablegatesearch: { hide: 'div#cable div.cable-content', textIn: ['div#cable'] },
};

const STYLE_ATTR = 'data-cable-reader-early';

/** The layouts a URL may hold, in the adapters' order (none off the known cable addresses). */
export function earlyLayouts(url: URL): EarlyLayout[] {
  return adaptersFor(url).flatMap((adapter) => EARLY_LAYOUTS[adapter.name] ?? []);
}

/** The stylesheet's text for these layouts: `display: none` as the view's own hiding does, so nothing moves twice. */
export function earlyCss(layouts: readonly EarlyLayout[]): string {
  return layouts.map((layout) => `${layout.hide}{display:none!important}`).join('\n');
}

/**
 * Adds the early stylesheet to a document still being parsed (on `<html>`: there is no `<head>` yet) and returns
 * its removal, safe to call more than once. Null when there is nothing to hide or no element to hold it.
 */
export function hideEarly(doc: Document, layouts: readonly EarlyLayout[]): (() => void) | null {
  const root = doc.documentElement;
  if (!root || layouts.length === 0) return null;
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTR, '');
  style.textContent = earlyCss(layouts);
  root.prepend(style);
  return () => style.remove();
}
