// The background's dispatcher: validates a message, checks the sender may send it, runs it on the repository.
// Every outcome is a StoreResult (failures as data) plus the broadcasts the background should send; it never throws.
import {
  type ExportedText,
  type GroupPage,
  isAllowed,
  type Page,
  type SenderInfo,
  type StoreEvent,
  type StoreRequest,
  type StoreResponses,
  type StoreResult,
  senderKind,
} from '../messages';
import { StoreError } from './errors';
import { exportFileName, exportJson } from './export';
import type { CableGroup } from './groups';
import { importJson } from './import';
import { exportMarkdown } from './markdown';
import type { Repository } from './repository';
import { parseRequest } from './request-schema';

export interface HandledRequest {
  /** Send this back as the message's response. */
  response: StoreResult<StoreResponses[keyof StoreResponses]>;
  /** Broadcast these to tabs and extension pages (after responding). */
  events: StoreEvent[];
}

type Outcome<T extends StoreRequest['type']> = { value: StoreResponses[T]; changed?: (string | null)[] };

const changedEvents = (ids: readonly (string | null)[] = []): StoreEvent[] =>
  [...new Set(ids)].map((cableId) => ({ type: 'bookmarks:changed', cableId }));

function page(groups: CableGroup[], { offset = 0, limit }: Page): GroupPage {
  return {
    groups: groups.slice(offset, limit === undefined ? undefined : offset + limit),
    total: groups.length,
  };
}

async function run(repo: Repository, request: StoreRequest, sender: SenderInfo, now: () => number) {
  switch (request.type) {
    case 'bookmarks:forCable':
      return { value: await repo.marksForCable(request.cableId, request.blocks) };
    case 'bookmark:toggle': {
      // Only an extension page, where the notes are visible, may remove a bookmark that carries them.
      const allowNotes = senderKind(sender) === 'extension-page';
      const result = await repo.toggleBookmark(request.cable, request.blockKey, { allowNotes });
      const bookmarkIds = result.bookmarked ? [result.bookmark.id] : result.removed.map((r) => r.bookmark.id);
      const cableId = request.cable.document.id;
      return { value: { bookmarked: result.bookmarked, bookmarkIds }, changed: [cableId] };
    }
    case 'bookmark:delete': {
      const removed = await repo.removeBookmark(request.bookmarkId);
      return { value: removed, changed: [removed.bookmark.cableId] };
    }
    case 'bookmark:restore':
      await repo.restore(request.removed);
      return { value: null, changed: request.removed.map((r) => r.bookmark.cableId) };
    case 'bookmarks:list':
      return { value: page(await repo.listAll(), request) };
    case 'search':
      return { value: page(await repo.search(request.query), request) };
    case 'notes:list':
      return { value: await repo.listNotes(request.cableId) };
    case 'notes:add': {
      const note = await repo.addNote(request);
      return { value: note, changed: [note.cableId] };
    }
    case 'notes:update': {
      const note = await repo.updateNote(request.noteId, request.text);
      return { value: note, changed: [note.cableId] };
    }
    case 'notes:delete': {
      const note = await repo.deleteNote(request.noteId);
      return { value: note, changed: [note.cableId] };
    }
    case 'notes:restore':
      await repo.restoreNote(request.note);
      return { value: null, changed: [request.note.cableId] };
    case 'cable:seen':
      return { value: { kept: (await repo.noteSighting(request.cable)) !== null } };
    case 'cable:save':
      return { value: { cableId: (await repo.upsertCable(request.cable)).id } };
    case 'cable:get':
      return { value: await repo.getCable(request.cableId) };
    case 'export:json': {
      const at = now();
      const file: ExportedText = {
        fileName: exportFileName(at, 'json'),
        mimeType: 'application/json',
        text: await exportJson(repo, at),
      };
      return { value: file };
    }
    case 'export:markdown': {
      const at = now();
      const file: ExportedText = {
        fileName: exportFileName(at, 'md'),
        mimeType: 'text/markdown',
        text: await exportMarkdown(repo, at),
      };
      return { value: file };
    }
    case 'import:json':
      return { value: await importJson(repo, request.text), changed: [null] };
  }
}

/**
 * Handles one message for the background: `handleStoreRequest(repo, message, { url: sender.url, tab: sender.tab,
 * extensionOrigin: browser.runtime.getURL('') })`. Refuses malformed requests and senders without the right.
 */
export async function handleStoreRequest(
  repo: Repository,
  message: unknown,
  sender: SenderInfo,
  options: { now?: () => number } = {},
): Promise<HandledRequest> {
  const parsed = parseRequest(message);
  if (!parsed.ok)
    return { response: { ok: false, error: { kind: 'invalid', message: parsed.message } }, events: [] };
  if (!isAllowed(parsed.request, sender)) {
    const error = new StoreError('forbidden');
    return { response: { ok: false, error: { kind: error.kind, message: error.message } }, events: [] };
  }
  try {
    const outcome: Outcome<StoreRequest['type']> = await run(
      repo,
      parsed.request,
      sender,
      options.now ?? Date.now,
    );
    return { response: { ok: true, value: outcome.value }, events: changedEvents(outcome.changed) };
  } catch (error) {
    if (!(error instanceof StoreError)) console.error('[cable-reader] store request failed', error);
    const failure =
      error instanceof StoreError ? error : new StoreError('unexpected', undefined, { cause: error });
    return { response: { ok: false, error: { kind: failure.kind, message: failure.message } }, events: [] };
  }
}
