// W3C Web Annotation export: every highlight, bookmark and note as a JSON-LD Annotation in one collection, each
// targeting the mirror page it was read on and naming the cable (`cable:id`) and paragraph. Writes nothing.

import { paragraphId } from '../view/paragraph-links';
import {
  ANNO_CONTEXT,
  type AnnotationBody,
  CABLE_NS,
  URN_PREFIX,
  type WebAnnotation,
} from './annotation-schema';
import { sortKeys } from './canonical';
import type { StoreContents } from './merge';
import type { Repository } from './repository';
import type { BookmarkRecord, CableRecord, Selectors } from './schema';

const iso = (ms: number) => new Date(ms).toISOString();
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const urn = (kind: 'highlight' | 'bookmark' | 'note', id: string) => `${URN_PREFIX}${kind}:${id}`;

function target(
  cable: CableRecord | undefined,
  cableId: string,
  paragraph: { key: string; label: string | null; marking?: string | null } | null,
  selectors: Selectors | null,
): WebAnnotation['target'] {
  return {
    source: cable?.urls[0]?.url ?? `${URN_PREFIX}cable:${cableId}`,
    'cable:id': cableId,
    'cable:paragraph': paragraph?.key ?? null,
    'cable:label': paragraph?.label ?? null,
    ...(paragraph && 'marking' in paragraph ? { 'cable:marking': paragraph.marking ?? null } : {}),
    'cable:subject': cable?.subject ?? null,
    selector: [
      ...(selectors ?? []),
      ...(paragraph ? [{ type: 'FragmentSelector' as const, value: paragraphId(paragraph.key) }] : []),
    ],
  };
}

const comment = (value: string): AnnotationBody[] =>
  value ? [{ type: 'TextualBody', value, purpose: 'commenting', format: 'text/plain' }] : [];

const tagging = (tags: readonly string[]): AnnotationBody[] =>
  tags.map((value) => ({ type: 'TextualBody', value, purpose: 'tagging' }));

/** Every annotation of these records, highlights first, each group by id. */
function buildAnnotations(contents: StoreContents): WebAnnotation[] {
  const cables = new Map(contents.cables.map((c) => [c.id, c]));
  const bookmarks = new Map<string, BookmarkRecord>(contents.bookmarks.map((b) => [b.id, b]));
  const out: WebAnnotation[] = [];
  for (const h of [...(contents.highlights ?? [])].sort(byId)) {
    out.push({
      id: urn('highlight', h.id),
      type: 'Annotation',
      motivation: h.note ? 'commenting' : 'highlighting',
      created: iso(h.createdAt),
      modified: iso(h.updatedAt),
      body: [...comment(h.note), ...tagging(h.tags)],
      target: target(cables.get(h.cableId), h.cableId, { key: h.blockKey, label: h.label }, h.selectors),
      'cable:colour': h.colour,
    });
  }
  for (const b of [...contents.bookmarks].sort(byId)) {
    out.push({
      id: urn('bookmark', b.id),
      type: 'Annotation',
      motivation: 'bookmarking',
      created: iso(b.createdAt),
      modified: iso(b.updatedAt),
      body: [],
      target: target(
        cables.get(b.cableId),
        b.cableId,
        { key: b.blockKey, label: b.label, marking: b.marking },
        b.selectors,
      ),
    });
  }
  for (const n of [...contents.notes].sort(byId)) {
    const bookmark = n.bookmarkId === null ? undefined : bookmarks.get(n.bookmarkId);
    out.push({
      id: urn('note', n.id),
      type: 'Annotation',
      motivation: 'commenting',
      created: iso(n.createdAt),
      modified: iso(n.updatedAt),
      body: [...comment(n.text), ...tagging(n.tags)],
      target: target(
        cables.get(n.cableId),
        n.cableId,
        bookmark ? { key: bookmark.blockKey, label: bookmark.label } : null,
        bookmark?.selectors ?? null,
      ),
      ...(n.bookmarkId !== null ? { 'cable:bookmark': urn('bookmark', n.bookmarkId) } : {}),
    });
  }
  return out;
}

/** The collection file's text: JSON-LD, keys in a fixed order, two-space indent. */
function serializeAnnotations(annotations: readonly WebAnnotation[], exportedAt: number): string {
  const collection = {
    '@context': [ANNO_CONTEXT, { cable: CABLE_NS }],
    type: 'AnnotationCollection',
    label: `Cable Reader annotations, ${iso(exportedAt).slice(0, 10)}`,
    total: annotations.length,
    first: { type: 'AnnotationPage', items: annotations.map((a) => sortKeys(a)) },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** Exports every highlight, bookmark and note the repository holds as a Web Annotation collection. */
export async function exportAnnotations(repository: Repository, now: number = Date.now()): Promise<string> {
  return serializeAnnotations(buildAnnotations(await repository.readAll()), now);
}
