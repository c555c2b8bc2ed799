// Addresses of the extension's own pages (a paragraph's notes, a cable's saved copy, backup and restore)
// and how a page reads its own address. Pure strings: the background opens the tabs.
import { paragraphId } from '../view/paragraph-links';

/** The notes page: `notes.html?cable=<id>&block=<key>` shows and edits one paragraph's notes. */
const NOTES_PAGE = '/notes.html';
/** The offline reader: `library.html?cable=<id>#par<key>` shows a saved copy in the clean view. */
export const LIBRARY_PAGE = '/library.html';
/** Backup and restore: export and import (a file picker would close the popup). */
export const MANAGE_PAGE = '/manage.html';

/** Longest cable id and block key a page address carries (the store refuses longer ones anyway). */
const MAX_ID = 300;
const MAX_KEY = 100;

/** Extension-relative address of the notes page for one paragraph. */
export function notesPagePath(cableId: string, blockKey: string): string {
  const query = new URLSearchParams({ cable: cableId, block: blockKey });
  return `${NOTES_PAGE}?${query}`;
}

/** Extension-relative address of a cable's saved copy, at a paragraph when a key is given. */
export function libraryPagePath(cableId: string, blockKey?: string | null): string {
  const query = new URLSearchParams({ cable: cableId });
  return `${LIBRARY_PAGE}?${query}${blockKey ? `#${paragraphId(blockKey)}` : ''}`;
}

/** What a page address asks for; null where a value is missing or out of bounds. */
export interface PageParams {
  cableId: string | null;
  blockKey: string | null;
}

function bounded(value: string | null, max: number): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed && trimmed.length <= max ? trimmed : null;
}

/** Reads `?cable=<id>&block=<key>` from a page's `location.search`. */
export function readPageParams(search: string): PageParams {
  const query = new URLSearchParams(search);
  return { cableId: bounded(query.get('cable'), MAX_ID), blockKey: bounded(query.get('block'), MAX_KEY) };
}
