// Parses a saved page with linkedom into the shape a browser gives every HTML page: an <html> root with a
// <body>. Shape only: finding the cable stays with lib/sites, whose adapters then see what a browser shows.
import { parseHTML } from 'linkedom';

/**
 * The page's document, or null when the content holds no element at all (a text saved under an HTML name).
 * linkedom keeps a fragment's first element as the root and adds no <body> where the markup has none (a
 * browser always does); such a page is parsed again inside `<html><body>`, so its text is in the body.
 */
export function parsePage(content: string): Document | null {
  const first = parseHTML(content).document as unknown as Document;
  const root = first.documentElement;
  if (!root) return null;
  const isHtml = root.localName.toLowerCase() === 'html';
  if (isHtml && Array.from(root.children).some((el) => /^(?:body|frameset)$/i.test(el.localName)))
    return first;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${content}</body></html>`)
    .document as unknown as Document;
}
