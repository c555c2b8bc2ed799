// The citation a reader copies for one paragraph: who sent the cable, its subject, id, date, paragraph,
// marking and link. Pure formatting of pipeline output; never reads the page.
import type { Block, CableDocument } from '../cable/types';
import { paragraphUrl } from './paragraph-links';

/** The date part of an ISO date or date-time (`2006-05-30T09:09` -> `2006-05-30`). */
function dayOf(date: string | null): string | null {
  return date ? (date.split('T', 1)[0] ?? null) : null;
}

/**
 * A one-line citation, fields that are unknown left out:
 * `Embassy Oslo, "SUBJECT", cable 06OSLO456, 2006-05-30, para. 4 (C), https://...#par4`.
 */
export function citationText(doc: CableDocument, block: Block, pageUrl: string): string {
  const { origin, subject, date } = doc.meta;
  const parts: string[] = [];
  if (origin) parts.push(origin);
  if (subject) parts.push(`"${subject}"`);
  if (doc.id) parts.push(`cable ${doc.id}`);
  const day = dayOf(date);
  if (day) parts.push(day);
  const label = block.number ?? block.key;
  parts.push(block.marking ? `para. ${label} (${block.marking})` : `para. ${label}`);
  parts.push(paragraphUrl(pageUrl, block.key));
  return parts.join(', ');
}
