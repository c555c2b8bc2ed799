// Pure rules for cable records: what a sighting of a cable on a page adds to the stored record.
// No database access here; repository.ts applies these inside its transactions.
import type { CableDocument } from '../cable/types';
import type { CableRecord, SeenUrl } from './schema';

/** A cable as a content script saw it: the clean document and the page it came from. */
export interface CableInput {
  document: CableDocument;
  /** The page URL; only http(s) URLs are kept. */
  url: string;
  /** Mirror layout (adapter name) or host. */
  site: string;
}

/** How many page URLs a cable remembers (newest kept). */
export const MAX_URLS = 20;

/** True for an absolute http(s) URL: the only kind the store keeps or links to. */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Unites URL lists: one entry per URL (its latest sighting), newest first, at most MAX_URLS, web URLs only. */
export function mergeUrls(...lists: readonly (readonly SeenUrl[])[]): SeenUrl[] {
  const byUrl = new Map<string, SeenUrl>();
  for (const seen of lists.flat()) {
    const known = byUrl.get(seen.url);
    if (isWebUrl(seen.url) && (!known || seen.lastSeen >= known.lastSeen)) byUrl.set(seen.url, seen);
  }
  return [...byUrl.values()]
    .sort((a, b) => b.lastSeen - a.lastSeen || (a.url < b.url ? -1 : 1))
    .slice(0, MAX_URLS);
}

/** The record after seeing the cable on a page: header fields refreshed where the page has them. */
export function cableRecordFrom(
  input: CableInput,
  existing: CableRecord | undefined,
  now: number,
): CableRecord {
  const { meta, id } = input.document;
  if (!id) throw new Error('A cable without a reference id cannot be stored.');
  const urls = mergeUrls(existing?.urls ?? [], [{ url: input.url, site: input.site, lastSeen: now }]);
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
