// Decides how to read the CLI's input: an HTML page, a plain cable text, or a cablesearch.org API answer.
// By file extension first, then by the content's first characters (stdin, unknown extensions).
import { extname } from 'node:path';

export type InputKind = 'html' | 'text' | 'cablesearch';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml', '.php', '.asp', '.aspx']);
const JSON_EXTENSIONS = new Set(['.json', '.jsonp', '.js']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

/** The kind of `content` read from `name` (`-` for stdin). */
export function inputKind(name: string, content: string): InputKind {
  const ext = name === '-' ? '' : extname(name).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  if (JSON_EXTENSIONS.has(ext)) return 'cablesearch';
  if (TEXT_EXTENSIONS.has(ext)) return 'text';
  const head = content
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 1024);
  if (
    /^<(?:!doctype|html|\?xml|head|body|!--)/i.test(head) ||
    /<(?:div|pre|table|p|br)\b[^>]*>/i.test(head)
  ) {
    return 'html';
  }
  if (/^[{[]/.test(head) || /^[A-Za-z_$][\w$.]*\s*\(\s*[{[]/.test(head)) return 'cablesearch';
  return 'text';
}
