// What an unknown mirror prints about its cable beside the text, in elements of its own: the metadata line
// (`<ID> <date> <time> <CLASSIFICATION> <origin>`) and a "Cable title:" heading. Reads them into page fields.
import { readMetadataLine } from '../cable/header/site-metadata';
import type { PageFields } from './page-meta';

/** Longer text is no metadata line or title: it is content. */
const MAX_META_CHARS = 600;
const TITLE = /^[ \t\u00a0]*Cable title[ \t\u00a0]*:[ \t\u00a0]*(.*)$/i;
/** What either needs: the metadata line's ISO date, or the title's words. Most elements have neither. */
const HINT = /\d{4}-\d{2}-\d{2}|Cable title/i;

/** The page fields an element's text states (id, date, classification, origin, subject), or null. */
export function siteMetaOf(text: string): PageFields | null {
  if (text.length > MAX_META_CHARS || !HINT.test(text)) return null;
  const fields: PageFields = {};
  let found = false;
  for (const line of text.split('\n')) {
    const meta = readMetadataLine(line.replace(/\u00a0/g, ' '));
    if (meta) {
      Object.assign(fields, meta);
      found = true;
      continue;
    }
    const title = TITLE.exec(line);
    if (title) {
      found = true;
      const subject = (title[1] ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
      if (subject) fields.subject = subject;
    }
  }
  return found ? fields : null;
}
