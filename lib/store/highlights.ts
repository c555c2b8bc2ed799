// Pure rules for highlights: how one is made from a range of the anchoring text, tidy tags, changes, placement.
// No database access here; repository.ts applies these inside its transactions.

import type { CableDocument } from '../cable/types';
import { t } from '../i18n/t';
import { type AnchorText, anchor, blockForRange, describeQuote } from './anchoring';
import { StoreError } from './errors';
import {
  HIGHLIGHT_COLOURS,
  type HighlightColour,
  type HighlightRecord,
  MAX_NOTE_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  type OrphanReason,
} from './schema';

/** Longest passage one highlight may cover, in characters (a whole long cable is a bookmark, not a highlight). */
const MAX_HIGHLIGHT_LENGTH = 20_000;

/** What the reader may change on a highlight; absent fields stay as they are. */
export interface HighlightChange {
  colour?: HighlightColour;
  note?: string;
  tags?: readonly string[];
}

/** A highlight placed in some reading of its cable: where it starts and ends there, or why it is not found. */
export type Placement =
  | { blockKey: string; start: number; end: number; orphan: null }
  | { blockKey: null; start: null; end: null; orphan: OrphanReason };

/** Trims and collapses spaces, drops empties and case-insensitive repeats; refuses too many or too long tags. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    if (!tag || seen.has(tag.toLocaleLowerCase())) continue;
    if (tag.length > MAX_TAG_LENGTH) {
      throw new StoreError('invalid', t('err_tagTooLong', MAX_TAG_LENGTH));
    }
    seen.add(tag.toLocaleLowerCase());
    out.push(tag);
  }
  if (out.length > MAX_TAGS) throw new StoreError('invalid', t('err_tooManyTags', MAX_TAGS));
  return out;
}

function checkedNote(note: string): string {
  if (note.length > MAX_NOTE_LENGTH) {
    throw new StoreError('invalid', t('err_noteTooLong', MAX_NOTE_LENGTH));
  }
  return note;
}

function checkedColour(colour: string): HighlightColour {
  if (!(HIGHLIGHT_COLOURS as readonly string[]).includes(colour)) {
    throw new StoreError('invalid', t('err_colour'));
  }
  return colour as HighlightColour;
}

/** Narrows `[start, end)` to the text it holds without the blank edges a selection drags along. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** A new highlight over `text.text.slice(start, end)` of `doc`; refuses an empty, blank or oversized range. */
export function newHighlight(
  doc: CableDocument & { id: string },
  text: AnchorText,
  range: { start: number; end: number },
  fields: { colour: HighlightColour; note?: string; tags?: readonly string[] },
  id: string,
  now: number,
): HighlightRecord {
  const inside =
    Number.isInteger(range.start) &&
    Number.isInteger(range.end) &&
    range.start >= 0 &&
    range.end <= text.text.length;
  if (!inside || range.end <= range.start) {
    throw new StoreError('invalid', t('err_selectText'));
  }
  const { start, end } = trimmed(text.text, range.start, range.end);
  if (end <= start) throw new StoreError('invalid', t('err_selectText'));
  if (end - start > MAX_HIGHLIGHT_LENGTH) {
    throw new StoreError('invalid', t('err_passageTooLong'));
  }
  const block = blockForRange(text, start, end);
  if (!block) throw new StoreError('invalid', t('err_selectText'));
  return {
    id,
    cableId: doc.id,
    blockKey: block.key,
    label: doc.blocks.find((b) => b.key === block.key)?.number ?? null,
    selectors: describeQuote(text.text, start, end),
    colour: checkedColour(fields.colour),
    note: checkedNote(fields.note ?? ''),
    tags: cleanTags(fields.tags ?? []),
    orphan: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** The highlight after the reader's change; `updatedAt` always moves forward so the newer copy wins a merge. */
export function changedHighlight(
  record: HighlightRecord,
  change: HighlightChange,
  now: number,
): HighlightRecord {
  return {
    ...record,
    colour: change.colour === undefined ? record.colour : checkedColour(change.colour),
    note: change.note === undefined ? record.note : checkedNote(change.note),
    tags: change.tags === undefined ? record.tags : cleanTags(change.tags),
    updatedAt: Math.max(now, record.updatedAt + 1),
  };
}

/** Where the highlight sits in `text`, or why it is not there. */
export function place(record: Pick<HighlightRecord, 'selectors'>, text: AnchorText): Placement {
  const result = anchor(record.selectors, text);
  if (result.orphan) return { blockKey: null, start: null, end: null, orphan: result.reason };
  return { blockKey: result.blockKey, start: result.start, end: result.end, orphan: null };
}

/** Reading order: by where the passage was made, then by id so the order is stable. */
export function inPassageOrder<T extends Pick<HighlightRecord, 'selectors' | 'id'>>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.selectors[1].start - b.selectors[1].start || (a.id < b.id ? -1 : 1));
}
