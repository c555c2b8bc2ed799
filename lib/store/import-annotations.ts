// Web Annotation import: a collection Cable Reader exported (or any annotations in the same shape) validated
// whole, turned back into highlights, bookmarks and notes, then merged like a backup. Nothing is written on error.

import * as v from 'valibot';
import { t } from '../i18n/t';
import { annotationSchema, collectionSchema, URN_PREFIX, type WebAnnotation } from './annotation-schema';
import { StoreError } from './errors';
import { MAX_IMPORT_CHARS } from './export-schema';
import { cleanTags } from './highlights';
import { importJson } from './import';
import { formatPath } from './import-records';
import type { ImportReport, StoreContents } from './merge';
import { isWebUrl } from './mirror-urls';
import type { Repository } from './repository';
import type { CableRecord, Selectors, TextPositionSelector, TextQuoteSelector } from './schema';

function refuse(path: (string | number)[], problem: string): StoreError {
  return new StoreError('invalid', t('err_annotationsRefused', formatPath(path), problem));
}

/** `urn:cable-reader:<kind>:<id>` -> [kind, id]. */
function fromUrn(value: string): [string, string] {
  const rest = value.slice(URN_PREFIX.length);
  const cut = rest.indexOf(':');
  return cut < 0 ? ['', rest] : [rest.slice(0, cut), rest.slice(cut + 1)];
}

function selectorsOf(a: WebAnnotation, path: (string | number)[]): Selectors {
  const quote = a.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  if (!quote) throw refuse([...path, 'target', 'selector'], 'a TextQuoteSelector is needed');
  const position = a.target.selector.find(
    (s): s is TextPositionSelector => s.type === 'TextPositionSelector',
  );
  return [
    { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    // Only a hint to anchoring, which checks the text there: an absent one points nowhere in particular.
    position ?? { type: 'TextPositionSelector', start: 0, end: quote.exact.length },
  ];
}

function paragraphOf(a: WebAnnotation, path: (string | number)[]): string {
  const key = a.target['cable:paragraph'];
  if (!key) throw refuse([...path, 'target', 'cable:paragraph'], 'the paragraph key is missing');
  return key;
}

const ms = (iso: string) => Date.parse(iso);

/** Parses and validates a whole annotation collection into store records. */
export function parseAnnotations(text: unknown, maxChars = MAX_IMPORT_CHARS): StoreContents {
  if (typeof text !== 'string' || text.trim() === '') throw new StoreError('invalid', t('err_fileEmpty'));
  if (text.length > maxChars) throw new StoreError('invalid', t('err_fileTooLarge'));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StoreError('invalid', t('err_notJson'));
  }
  const collection = v.safeParse(collectionSchema, data);
  if (!collection.success) {
    throw new StoreError('invalid', t('err_notAnnotations'));
  }
  const contents: StoreContents = { cables: [], snapshots: [], bookmarks: [], notes: [], highlights: [] };
  const cables = new Map<string, CableRecord>();
  const bookmarkIds = new Set<string>();
  const pendingNotes: { bookmarkId: string; path: (string | number)[] }[] = [];
  collection.output.first.items.forEach((item, i) => {
    const path = ['first', 'items', i];
    const parsed = v.safeParse(annotationSchema, item);
    if (!parsed.success) {
      const [issue] = parsed.issues;
      const where = (issue.path ?? []).map((p) => p.key as string | number);
      throw refuse([...path, ...where], issue.message);
    }
    const a = parsed.output;
    const [kind, id] = fromUrn(a.id);
    const cableId = a.target['cable:id'];
    const source = a.target.source;
    const known = cables.get(cableId);
    const urls = isWebUrl(source)
      ? [{ url: source, site: new URL(source).hostname, lastSeen: ms(a.modified) }]
      : [];
    cables.set(cableId, {
      id: cableId,
      subject: known?.subject ?? a.target['cable:subject'] ?? null,
      classification: null,
      level: null,
      origin: null,
      date: null,
      urls: [...(known?.urls ?? []), ...urls.filter((u) => !known?.urls.some((k) => k.url === u.url))],
      // Older than anything stored: a cable already saved keeps its own header fields, and gains the addresses.
      updatedAt: 0,
    });
    const comments = a.body.filter((b) => b.purpose === 'commenting').map((b) => b.value);
    const tags = cleanTags(a.body.filter((b) => b.purpose === 'tagging').map((b) => b.value));
    const times = { createdAt: ms(a.created), updatedAt: ms(a.modified) };
    if (kind === 'highlight') {
      contents.highlights?.push({
        id,
        cableId,
        blockKey: paragraphOf(a, path),
        label: a.target['cable:label'] ?? null,
        selectors: selectorsOf(a, path),
        colour: a['cable:colour'] ?? 'yellow',
        note: comments.join('\n\n'),
        tags,
        orphan: null,
        ...times,
      });
    } else if (kind === 'bookmark') {
      bookmarkIds.add(id);
      contents.bookmarks.push({
        id,
        cableId,
        blockKey: paragraphOf(a, path),
        label: a.target['cable:label'] ?? null,
        marking: a.target['cable:marking'] ?? null,
        selectors: selectorsOf(a, path),
        orphan: null,
        ...times,
      });
    } else if (kind === 'note') {
      const bookmark = a['cable:bookmark'] ? fromUrn(a['cable:bookmark'])[1] : null;
      if (bookmark !== null) pendingNotes.push({ bookmarkId: bookmark, path });
      contents.notes.push({ id, bookmarkId: bookmark, cableId, text: comments.join('\n\n'), tags, ...times });
    } else {
      throw refuse([...path, 'id'], 'expected a highlight, bookmark or note id');
    }
  });
  for (const { bookmarkId, path } of pendingNotes) {
    if (!bookmarkIds.has(bookmarkId))
      throw refuse([...path, 'cable:bookmark'], `no bookmark "${bookmarkId}" here`);
  }
  contents.cables = [...cables.values()];
  return contents;
}

/** Validates the whole collection, then merges it in one transaction (the newer of the same record wins). */
export async function importAnnotations(repository: Repository, text: unknown): Promise<ImportReport> {
  return repository.merge(parseAnnotations(text));
}

/** Imports either kind of file Cable Reader writes: a JSON backup or a Web Annotation collection. */
export async function importAny(repository: Repository, text: string): Promise<ImportReport> {
  return /"AnnotationCollection"/.test(text.slice(0, 2_000))
    ? importAnnotations(repository, text)
    : importJson(repository, text);
}
