// The typed message protocol between the extension's contexts and the background, which alone owns the store.
// Types, the sender guard and a small client: no store code at runtime, and nothing a page may ask returns note text.

import type { CableInput } from './store/cables';
import type { StoreErrorKind } from './store/errors';
import type { CableGroup } from './store/groups';
import type { ImportReport } from './store/merge';
import type { CableMarks, RemovedBookmark, SavedCable } from './store/results';
import type { NoteRecord } from './store/schema';

export type { CableInput } from './store/cables';
export type { StoreErrorKind } from './store/errors';
export type { BookmarkView, CableGroup, CableSummary } from './store/groups';
export type { ImportReport, MergeCounts } from './store/merge';
export type { BookmarkMark, CableMarks, RemovedBookmark, SavedCable } from './store/results';
export type { NoteRecord, OrphanReason, SeenUrl } from './store/schema';

/** A window into a long list: `offset` groups skipped, at most `limit` returned (default: all). */
export interface Page {
  offset?: number;
  limit?: number;
}

/** One page of cable groups and how many there are in all. */
export interface GroupPage {
  groups: CableGroup[];
  total: number;
}

/** The blocks of the cable as the sending page reads it, for re-anchoring bookmarks there. */
export type PageBlocks = { key: string; text: string }[];

/** Every request a context may send to the background, by `type`. */
export type StoreRequest =
  /** Which blocks carry bookmarks (re-anchored in `blocks` when given) and whether they have notes; no note text. */
  | { type: 'bookmarks:forCable'; cableId: string; blocks?: PageBlocks }
  /** Bookmark a block, or remove the bookmark(s) on it; pages cannot remove one that has notes. */
  | { type: 'bookmark:toggle'; cable: CableInput; blockKey: string }
  /** Remove a bookmark and its notes; the response carries them for `bookmark:restore`. */
  | { type: 'bookmark:delete'; bookmarkId: string }
  | { type: 'bookmark:restore'; removed: RemovedBookmark[] }
  /** Cables with their bookmarks and notes, newest first (the popup's list), a page at a time if asked. */
  | ({ type: 'bookmarks:list' } & Page)
  /** The same, filtered: every word must match a note, quote, label, subject or id. */
  | ({ type: 'search'; query: string } & Page)
  /** A cable's notes, oldest first. */
  | { type: 'notes:list'; cableId: string }
  /** Add a note to a bookmark, or to the whole cable with `bookmarkId: null`. */
  | { type: 'notes:add'; cableId: string; bookmarkId: string | null; text: string }
  | { type: 'notes:update'; noteId: string; text: string }
  | { type: 'notes:delete'; noteId: string }
  | { type: 'notes:restore'; note: NoteRecord }
  /** The cable was shown on a page: refresh its URLs and saved copy if it is kept; otherwise nothing is stored. */
  | { type: 'cable:seen'; cable: CableInput }
  /** Keep the cable (saved copy, URL) even without a bookmark, e.g. before writing a note on it. */
  | { type: 'cable:save'; cable: CableInput }
  /** A kept cable with its saved copy, its bookmarks placed in it, and notes (for the offline reader). */
  | { type: 'cable:get'; cableId: string }
  | { type: 'export:json' }
  | { type: 'export:markdown' }
  /** Validate a whole export file, then merge it. */
  | { type: 'import:json'; text: string };

export type StoreRequestType = StoreRequest['type'];

/** A file produced for download. */
export interface ExportedText {
  fileName: string;
  mimeType: 'application/json' | 'text/markdown';
  text: string;
}

/** What each request answers when it succeeds. */
export interface StoreResponses {
  'bookmarks:forCable': CableMarks;
  'bookmark:toggle': { bookmarked: boolean; bookmarkIds: string[] };
  'bookmark:delete': RemovedBookmark;
  'bookmark:restore': null;
  'bookmarks:list': GroupPage;
  search: GroupPage;
  'notes:list': NoteRecord[];
  'notes:add': NoteRecord;
  'notes:update': NoteRecord;
  'notes:delete': NoteRecord;
  'notes:restore': null;
  'cable:seen': { kept: boolean };
  'cable:save': { cableId: string };
  'cable:get': SavedCable | null;
  'export:json': ExportedText;
  'export:markdown': ExportedText;
  'import:json': ImportReport;
}

/** Every response travels as a result: failures are data (kind + a sentence for the reader), never thrown. */
export type StoreResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: { kind: StoreErrorKind; message: string } };
export type ResponseFor<T extends StoreRequestType> = StoreResult<StoreResponses[T]>;

/** Broadcast by the background to tabs and pages after a change; `cableId` null means "many cables changed". */
export interface BookmarksChanged {
  type: 'bookmarks:changed';
  cableId: string | null;
}
export type StoreEvent = BookmarksChanged;

/** True for a `bookmarks:changed` broadcast. */
export function isStoreEvent(message: unknown): message is StoreEvent {
  if (!message || typeof message !== 'object') return false;
  const { type, cableId } = message as { type?: unknown; cableId?: unknown };
  return type === 'bookmarks:changed' && (cableId === null || typeof cableId === 'string');
}

/**
 * Who may ask what. `page`: content scripts too (nothing returned reveals a note). `notes`: extension-origin
 * documents, also framed inside a page (a cross-origin frame the page cannot read). `extension`: only extension
 * pages in their own tab or popup (bulk reads, destructive and file operations).
 */
export const ACCESS: Readonly<Record<StoreRequestType, 'page' | 'notes' | 'extension'>> = {
  'bookmarks:forCable': 'page',
  'bookmark:toggle': 'page',
  'cable:seen': 'page',
  'cable:save': 'page',
  'notes:list': 'notes',
  'notes:add': 'notes',
  'notes:update': 'notes',
  'notes:delete': 'notes',
  'notes:restore': 'notes',
  'cable:get': 'notes',
  'bookmark:delete': 'extension',
  'bookmark:restore': 'extension',
  'bookmarks:list': 'extension',
  search: 'extension',
  'export:json': 'extension',
  'export:markdown': 'extension',
  'import:json': 'extension',
};

/** True when a message claims to be a store request (its type is one of ours); the background validates it fully. */
export function isStoreRequest(message: unknown): message is { type: StoreRequestType } {
  if (!message || typeof message !== 'object') return false;
  const { type } = message as { type?: unknown };
  return typeof type === 'string' && Object.hasOwn(ACCESS, type);
}

/** What the background knows of a sender (runtime.MessageSender) plus its own origin (`runtime.getURL('')`). */
export interface SenderInfo {
  url?: string;
  tab?: unknown;
  extensionOrigin: string;
}

export type SenderKind = 'extension-page' | 'extension-frame' | 'content-script' | 'unknown';

/** `chrome-extension://<id>/`, `moz-extension://<uuid>/`...; anything else (empty, web) matches nothing. */
function originPrefix(origin: string): string | null {
  const match = /^([a-z][a-z0-9+.-]*):\/\/[^/?#\s]+\/?$/i.exec(origin);
  if (!match || /^(https?|file|data|javascript|blob)$/i.test(match[1] ?? '')) return null;
  return origin.endsWith('/') ? origin : `${origin}/`;
}

function tabUrl(tab: unknown): string | undefined {
  if (!tab || typeof tab !== 'object' || !('url' in tab)) return undefined;
  return typeof tab.url === 'string' ? tab.url : undefined;
}

/** Classifies a sender by the URL the browser reports for it (a page cannot forge it). */
export function senderKind(sender: SenderInfo): SenderKind {
  const prefix = originPrefix(sender.extensionOrigin);
  const url = typeof sender.url === 'string' ? sender.url : undefined;
  const hasTab = sender.tab !== undefined && sender.tab !== null;
  if (prefix && url?.startsWith(prefix)) {
    if (!hasTab || tabUrl(sender.tab)?.startsWith(prefix)) return 'extension-page';
    return 'extension-frame';
  }
  return url && hasTab ? 'content-script' : 'unknown';
}

/** Whether the background may answer this request from this sender. Unknown request types are refused. */
export function isAllowed(request: { type: unknown }, sender: SenderInfo): boolean {
  const level =
    typeof request.type === 'string' && Object.hasOwn(ACCESS, request.type)
      ? ACCESS[request.type as StoreRequestType]
      : undefined;
  const kind = senderKind(sender);
  if (!level || kind === 'unknown') return false;
  if (level === 'page') return true;
  if (level === 'notes') return kind === 'extension-page' || kind === 'extension-frame';
  return kind === 'extension-page';
}

/** A failed request, as the client raises it: `message` is written for the reader. */
export class StoreRequestError extends Error {
  override readonly name = 'StoreRequestError';
  constructor(
    readonly kind: StoreErrorKind | 'no-response',
    message: string,
  ) {
    super(message);
  }
}

/**
 * A typed client over any transport (`browser.runtime.sendMessage` in the extension): resolves with the value,
 * rejects with StoreRequestError.
 */
export function createStoreClient(send: (message: StoreRequest) => Promise<unknown>) {
  return async function request<R extends StoreRequest>(message: R): Promise<StoreResponses[R['type']]> {
    const result = (await send(message)) as ResponseFor<R['type']> | undefined;
    if (!result || typeof result !== 'object' || !('ok' in result)) {
      throw new StoreRequestError(
        'no-response',
        'Cable Reader did not answer. Reload the page and try again.',
      );
    }
    if (!result.ok) throw new StoreRequestError(result.error.kind, result.error.message);
    return result.value;
  };
}
