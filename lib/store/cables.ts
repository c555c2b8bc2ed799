// Pure rules for cable records: what a sighting of a cable on a page adds to the stored record.
// No database access here; repository.ts applies these inside its transactions.
import type { CableDocument, CableMeta } from '../cable/types';
import { mergeUrls } from './mirror-urls';
import type { CableRecord } from './schema';

/** A cable as a content script saw it: the clean document and the page it came from. */
export interface CableInput {
  document: CableDocument;
  /** The page URL; only http(s) URLs are kept. */
  url: string;
  /** Mirror layout (adapter name) or host. */
  site: string;
}

/** The header fields the store keeps of a cable (what the popup lists). */
type SightedMeta = Pick<CableMeta, 'subject' | 'classification' | 'level' | 'origin' | 'date'>;

/**
 * A page's word that it shows a cable: the fields the popup lists, the page, and a digest of the page's reading,
 * by which the store tells whether its saved copy is that reading; never the document itself.
 */
export interface CableSighting {
  id: string;
  meta: SightedMeta;
  url: string;
  site: string;
  digest: string;
}

/**
 * A digest of a document (FNV-1a over its JSON, two 32-bit lanes): equal readings give equal digests; a
 * different reading almost surely another. Not a security measure: the store only asks for the copy on a mismatch.
 */
export function documentDigest(doc: CableDocument): string {
  const json = JSON.stringify(doc);
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

/** What a page sends when it shows a cable with an id (see CableSighting). */
export function sightingOf(input: CableInput): CableSighting {
  const { id, meta } = input.document;
  if (!id) throw new Error('A cable without a reference id cannot be stored.');
  const { subject, classification, level, origin, date } = meta;
  return {
    id,
    meta: { subject, classification, level, origin, date },
    url: input.url,
    site: input.site,
    digest: documentDigest(input.document),
  };
}

/** The record after seeing the cable on a page: header fields refreshed where the page has them. */
export function cableRecordFrom(
  input: CableInput,
  existing: CableRecord | undefined,
  now: number,
): CableRecord {
  const { meta, id } = input.document;
  if (!id) throw new Error('A cable without a reference id cannot be stored.');
  return sightedRecord({ id, meta, url: input.url, site: input.site }, existing, now);
}

/** The record after a sighting that carries no document (the page's fields and address only). */
export function sightedRecord(
  { id, meta, url, site }: Omit<CableSighting, 'digest'>,
  existing: CableRecord | undefined,
  now: number,
): CableRecord {
  const urls = mergeUrls(existing?.urls ?? [], [{ url, site, lastSeen: now, visits: 1 }], 1);
  return {
    id,
    subject: meta.subject ?? existing?.subject ?? null,
    classification: meta.classification ?? existing?.classification ?? null,
    level: meta.level ?? existing?.level ?? null,
    origin: meta.origin ?? existing?.origin ?? null,
    date: meta.date ?? existing?.date ?? null,
    urls,
    updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1),
  };
}
