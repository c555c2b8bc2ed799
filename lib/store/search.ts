// Search as you type over the grouped bookmarks: notes, quotes, paragraph labels, subjects and cable ids; and
// the popup's tag filter over the same groups.
// Pure and in memory: the index is built once per store revision, each keystroke only scans prepared strings.
import type { CableGroup } from './groups';
import type { NoteRecord } from './schema';

/** One cable's prepared search strings. */
export interface SearchEntry {
  group: CableGroup;
  /** Id, subject, origin and the cable-level notes, folded. */
  text: string;
  /** Per bookmark (same order as `group.bookmarks`): quote, label and notes, folded. */
  bookmarks: string[];
}

/** Letters that carry no accent mark to strip but that readers type with plain Latin letters. */
const LETTERS: Record<string, string> = {
  þ: 'th',
  ð: 'd',
  đ: 'd',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ß: 'ss',
  ł: 'l',
  ı: 'i',
};

/** Case- and accent-insensitive form used on both sides of a comparison (`Þórður` -> `thordur`). */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most cable text is ASCII: skip the (slow) Unicode normalisation when there is nothing to fold.
  if (!/[\u0080-\uffff]/.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[þðđæœøßłı]/g, (c) => LETTERS[c] ?? c);
}

/** Prepares one group's folded strings; `quoteOf` gives a bookmark's full quote (the group has excerpts). */
export function searchEntry(
  group: CableGroup,
  quoteOf: (bookmarkId: string) => string | undefined,
): SearchEntry {
  const { cable } = group;
  const cableText = [cable.id, cable.subject, cable.origin, ...group.cableNotes.map((n) => n.text)];
  return {
    group,
    text: fold(cableText.filter(Boolean).join('\n')),
    bookmarks: group.bookmarks.map((b) =>
      fold([quoteOf(b.id) ?? b.excerpt, b.label ?? '', ...b.notes.map((n) => n.text)].join('\n')),
    ),
  };
}

/** Splits a query into folded words; every word must match somewhere for a result to count. */
function queryTerms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/**
 * Groups matching every word of the query. A word may match the cable (id, subject, origin, cable notes) or the
 * bookmark (quote, label, notes); when the cable alone matches every word, all its bookmarks are kept.
 */
export function searchEntries(entries: readonly SearchEntry[], query: string): CableGroup[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return entries.map((e) => e.group);
  const results: CableGroup[] = [];
  for (const entry of entries) {
    const cableMisses = terms.filter((t) => !entry.text.includes(t));
    if (cableMisses.length === 0) {
      results.push(entry.group);
      continue;
    }
    const bookmarks = entry.group.bookmarks.filter((_, i) => {
      const text = entry.bookmarks[i] ?? '';
      return cableMisses.every((t) => text.includes(t));
    });
    if (bookmarks.length > 0) results.push({ ...entry.group, bookmarks });
  }
  return results;
}

const hasTag = (note: NoteRecord, tag: string) => note.tags.some((t) => t.toLocaleLowerCase() === tag);

/**
 * The groups with a note carrying `tag` (case-insensitive): of each, the cable notes and bookmarks that carry it
 * (a bookmark keeps all its notes). A cable with none is left out.
 */
export function withTag(groups: readonly CableGroup[], tag: string): CableGroup[] {
  const wanted = tag.trim().toLocaleLowerCase();
  const results: CableGroup[] = [];
  for (const group of groups) {
    const cableNotes = group.cableNotes.filter((n) => hasTag(n, wanted));
    const bookmarks = group.bookmarks.filter((b) => b.notes.some((n) => hasTag(n, wanted)));
    if (cableNotes.length + bookmarks.length > 0) results.push({ ...group, cableNotes, bookmarks });
  }
  return results;
}
