// The library's full-text index: MiniSearch over every saved cable's search documents, replaced one cable at a
// time, saved and loaded as JSON. Pure and in memory; lib/store/library-search.ts persists it and keeps it fresh.
//
// Why MiniSearch: it is small (no dependencies, ~20 kB), typed, and has what an index kept across restarts
// needs: `toJSON`/`loadJSON` to save and reload it without re-reading any text, `add`/`discard` per document
// with automatic vacuuming so one cable is re-indexed without a rebuild, prefix and fuzzy matching, field
// boosts and AND queries. FlexSearch's export is asynchronous and keyed by its own internal parts, and Orama
// persists only through a plugin that writes the whole database; neither suits small incremental saves better.
import MiniSearch, { type SearchResult } from 'minisearch';
import { fold } from '../store/search';
import { docIdPrefix, type SearchDoc, type SearchKind } from './documents';
import { STOP_WORDS } from './stop-words';

/** Layout of what is indexed; bump it when `cableDocs` or the options change, so old saved indexes rebuild. */
export const INDEX_FORMAT = 2;

const HIGHLIGHT_PREFIX = docIdPrefix('highlight');

/** The last word of a query matches as a word start only from this length: "e" would expand to most words. */
const MIN_PREFIX = 3;

/** A match: its document's identity, score, and the indexed words it matched (for the snippet's marks). */
export interface IndexHit {
  id: string;
  cableId: string;
  kind: SearchKind;
  blockKey: string | null;
  ref: string | null;
  score: number;
  terms: string[];
}

type Stored = Pick<SearchDoc, 'cableId' | 'kind' | 'blockKey' | 'ref'>;

/** The words of a text as the index keeps them: folded (case, accents) and split on anything not a letter/digit. */
export function tokenize(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// Document fields are stored by id in `owners`, not in MiniSearch: its stored fields would double the size.
const OPTIONS = {
  idField: 'id',
  fields: ['text', 'tags'],
  storeFields: [] as string[],
  tokenize,
  // Stop words are not indexed (the bulk of the postings, and of a query's work); `query` drops them too.
  processTerm: (term: string) => (STOP_WORDS.has(term) ? null : term),
  autoVacuum: { minDirtCount: 200, minDirtFactor: 0.1, batchSize: 1000, batchWait: 10 },
};

interface SavedIndex {
  index: ReturnType<MiniSearch['toJSON']>;
  /** Per cable, its documents' ids and stored fields. */
  owners: Record<string, [string, SearchKind, string | null, string | null][]>;
}

export class LibraryIndex {
  private readonly owners = new Map<string, Map<string, Stored>>();

  private constructor(private readonly search: MiniSearch<SearchDoc>) {}

  static empty(): LibraryIndex {
    return new LibraryIndex(new MiniSearch<SearchDoc>(OPTIONS));
  }

  /** Loads an index saved by `toJSON`; throws on anything else (the caller rebuilds). */
  static fromJSON(json: string): LibraryIndex {
    const saved = JSON.parse(json) as SavedIndex;
    const index = new LibraryIndex(MiniSearch.loadJS<SearchDoc>(saved.index, OPTIONS));
    for (const [cableId, docs] of Object.entries(saved.owners)) {
      const owned = new Map<string, Stored>();
      for (const [id, kind, blockKey, ref] of docs) owned.set(id, { cableId, kind, blockKey, ref });
      index.owners.set(cableId, owned);
    }
    return index;
  }

  /** The index as text, for `fromJSON`. */
  toJSON(): string {
    const owners: SavedIndex['owners'] = {};
    for (const [cableId, docs] of this.owners) {
      owners[cableId] = [...docs].map(([id, d]) => [id, d.kind, d.blockKey, d.ref]);
    }
    return JSON.stringify({ index: this.search.toJSON(), owners } satisfies SavedIndex);
  }

  /** Replaces everything indexed for `cableId` with `docs` (none: the cable leaves the index). */
  replaceCable(cableId: string, docs: readonly SearchDoc[]): void {
    for (const id of this.owners.get(cableId)?.keys() ?? []) this.search.discard(id);
    this.owners.delete(cableId);
    if (docs.length === 0) return;
    const owned = new Map<string, Stored>();
    for (const doc of docs)
      owned.set(doc.id, { cableId, kind: doc.kind, blockKey: doc.blockKey, ref: doc.ref });
    this.search.addAll(docs);
    this.owners.set(cableId, owned);
  }

  /** Cables with anything indexed. */
  cables(): string[] {
    return [...this.owners.keys()];
  }

  get documentCount(): number {
    return this.search.documentCount;
  }

  /**
   * Documents matching every word of the query but stop words, best first: the last word, from three letters,
   * may be the start of a word (search as you type); words of five letters or more allow a small typo; tags and
   * highlights weigh a little more.
   */
  query(query: string, limit: number): IndexHit[] {
    const typed = tokenize(query);
    const last = typed.at(-1) ?? '';
    const prefixLast = last.length >= MIN_PREFIX;
    const words = typed.filter((w, i) => !STOP_WORDS.has(w) || (i === typed.length - 1 && prefixLast));
    if (words.length === 0) return [];
    const isLast = (i: number) => i === words.length - 1 && words[i] === last;
    const results: SearchResult[] = this.search.search(words.join(' '), {
      combineWith: 'AND',
      processTerm: (term) => term,
      prefix: (_term, i) => prefixLast && isLast(i),
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      maxFuzzy: 2,
      boost: { tags: 2 },
      // Called for every matching document: the id's leading kind says it without a lookup.
      boostDocument: (id) => (String(id).startsWith(HIGHLIGHT_PREFIX) ? 1.3 : 1),
    });
    const hits: IndexHit[] = [];
    for (const result of results) {
      const stored = this.storedOf(String(result.id));
      if (!stored) continue;
      hits.push({ id: String(result.id), ...stored, score: result.score, terms: result.terms });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  private storedOf(id: string): Stored | undefined {
    const cableId = id.split('\u0001')[1] ?? '';
    return this.owners.get(cableId)?.get(id);
  }
}
