// What the library's full-text index holds for one cable: its saved copy's paragraphs, its notes and highlights
// (quote, note and tags), and its header line. Pure: records in, plain search documents out.
import type { CableDocument } from '../cable/types';
import type { CableRecord, HighlightRecord, NoteRecord } from '../store/schema';

export type SearchKind = 'cable' | 'paragraph' | 'note' | 'highlight';

/** One indexed document. `id` is unique across the index and names its cable, kind and local key. */
export interface SearchDoc {
  id: string;
  cableId: string;
  kind: SearchKind;
  /** The paragraph it belongs to (a block key), or null for whole-cable documents. */
  blockKey: string | null;
  /** The note or highlight id, or null. */
  ref: string | null;
  text: string;
  /** Tags, space-joined (highlights only). */
  tags: string;
}

/** Everything indexed about one cable, read from the store. */
export interface CableSource {
  cable: CableRecord;
  document: CableDocument | null;
  notes: readonly NoteRecord[];
  /** Where each bookmark of the cable sits, to place its notes at a paragraph. */
  bookmarkKeys: ReadonlyMap<string, string>;
  highlights: readonly HighlightRecord[];
}

// A separator no id or key contains (ids are [A-Za-z0-9._-], keys are block keys, refs are UUIDs).
const SEP = '\u0001';

/** How every document id of a kind begins. */
export function docIdPrefix(kind: SearchKind): string {
  return `${kind}${SEP}`;
}

export function docId(kind: SearchKind, cableId: string, local: string): string {
  return `${docIdPrefix(kind)}${cableId}${SEP}${local}`;
}

/** Every search document of one cable. */
export function cableDocs(source: CableSource): SearchDoc[] {
  const { cable, document } = source;
  const id = cable.id;
  const docs: SearchDoc[] = [
    {
      id: docId('cable', id, ''),
      cableId: id,
      kind: 'cable',
      blockKey: null,
      ref: null,
      text: [id, cable.subject, cable.origin, cable.classification].filter(Boolean).join(' \n'),
      tags: '',
    },
  ];
  for (const block of document?.blocks ?? []) {
    if (!block.text.trim()) continue;
    docs.push({
      id: docId('paragraph', id, block.key),
      cableId: id,
      kind: 'paragraph',
      blockKey: block.key,
      ref: null,
      text: block.text,
      tags: '',
    });
  }
  for (const note of source.notes) {
    docs.push({
      id: docId('note', id, note.id),
      cableId: id,
      kind: 'note',
      blockKey: note.bookmarkId === null ? null : (source.bookmarkKeys.get(note.bookmarkId) ?? null),
      ref: note.id,
      text: note.text,
      tags: '',
    });
  }
  for (const highlight of source.highlights) {
    docs.push({
      id: docId('highlight', id, highlight.id),
      cableId: id,
      kind: 'highlight',
      blockKey: highlight.blockKey,
      ref: highlight.id,
      text: `${highlight.selectors[0].exact}\n${highlight.note}`,
      tags: highlight.tags.join(' '),
    });
  }
  return docs;
}
