import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cableInput, makeDocument, PARAGRAPHS } from '../../../tests/fixtures/documents';
import { failPut } from '../../../tests/fixtures/idb-faults';
import { testRouter } from '../../../tests/fixtures/router';
import { sightingOf } from '../../store/cables';
import type { GroupPage } from '../extension-requests';
import type { SenderKind } from '../senders';

const popup: SenderKind = 'extension-page';
const frame: SenderKind = 'extension-frame';
const page: SenderKind = 'page';

const doc = makeDocument('08ASTANA1', PARAGRAPHS, { subject: 'Pipeline tender reopened' });
const cable = cableInput(doc);
const SECRET = 'NOTE-TEXT-THE-PAGE-MUST-NEVER-SEE';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

type Request = { name: string; data?: object };

async function setup() {
  const router = await testRouter('handlers');
  cleanups.push(router.close);
  const send = ({ name, data }: Request, sender: SenderKind = popup) => router.send(name, data, sender);
  return { repository: router.repository, send, raw: router.raw };
}

describe('the store handlers, through the background router', () => {
  it('bookmarks from a content script and tells tabs the cable changed', async () => {
    const { send } = await setup();
    const toggled = await send({ name: 'bookmark.toggle', data: { cable, blockKey: '2' } }, page);
    expect(toggled).toEqual({
      response: { ok: true, value: { bookmarked: true, bookmarkIds: ['08ASTANA1#2'], undo: null } },
      changed: ['08ASTANA1'],
    });
    const marks = await send({ name: 'bookmark.forCable', data: { cableId: '08ASTANA1' } }, page);
    expect(marks.response).toMatchObject({
      ok: true,
      value: { bookmarks: [{ blockKey: '2', hasNotes: false }] },
    });
  });

  it('lets a page undo the removal it made, named by that write, and no other', async () => {
    const { raw, repository } = await setup();
    const ids = ['9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', '1f2e3d4c-5b6a-4798-a897-0b1c2d3e4f5a'];
    const toggle = (writeId: string) =>
      raw({ name: 'bookmark.toggle', data: { cable, blockKey: '2' }, writeId }, page);
    expect((await toggle(ids[0] ?? '')).response).toMatchObject({ value: { bookmarked: true, undo: null } });
    const off = await toggle(ids[1] ?? '');
    expect(off.response).toMatchObject({ ok: true, value: { bookmarked: false, undo: ids[1] } });
    const undo = (id: string) => raw({ name: 'bookmark.undoRemove', data: { undo: id } }, page);
    // The write that added the bookmark removed nothing: there is nothing of it to put back.
    expect((await undo(ids[0] ?? '')).response).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(await repository.listBookmarks('08ASTANA1')).toEqual([]);
    expect(await undo(ids[1] ?? '')).toEqual({
      response: { ok: true, value: { bookmarkIds: ['08ASTANA1#2'] } },
      changed: ['08ASTANA1'],
    });
    expect((await repository.listBookmarks('08ASTANA1')).map((b) => b.id)).toEqual(['08ASTANA1#2']);
  });

  it('never returns note text to a content script, whatever it asks', async () => {
    const { send } = await setup();
    await send({ name: 'bookmark.toggle', data: { cable, blockKey: '2' } }, page);
    await send(
      { name: 'note.add', data: { cableId: '08ASTANA1', bookmarkId: '08ASTANA1#2', text: SECRET } },
      frame,
    );
    await send({ name: 'note.add', data: { cableId: '08ASTANA1', bookmarkId: null, text: SECRET } }, popup);
    const asks: Request[] = [
      { name: 'bookmark.forCable', data: { cableId: '08ASTANA1' } },
      { name: 'bookmark.forCable', data: { cableId: '08ASTANA1', blocks: doc.blocks } },
      { name: 'cable.seen', data: { sighting: sightingOf(cable) } },
      { name: 'cable.save', data: { cable } },
      { name: 'bookmark.toggle', data: { cable, blockKey: '2' } },
      { name: 'note.list', data: { cableId: '08ASTANA1' } },
      { name: 'cable.get', data: { cableId: '08ASTANA1' } },
      { name: 'bookmark.list' },
      { name: 'bookmark.search', data: { query: 'NOTE' } },
      { name: 'backup.export', data: { format: 'json' } },
      { name: 'backup.export', data: { format: 'markdown' } },
    ];
    for (const ask of asks) {
      const { response } = await send(ask, page);
      expect(JSON.stringify(response), ask.name).not.toContain(SECRET);
    }
    // The toggle above was refused: the bookmark carries a note the page cannot see.
    const { response } = await send({ name: 'bookmark.toggle', data: { cable, blockKey: '2' } }, page);
    expect(response).toMatchObject({ ok: false, error: { kind: 'has-notes' } });
  });

  it('refuses note, bulk and file requests from a content script with a clear error', async () => {
    const { send } = await setup();
    const requests: Request[] = [
      { name: 'bookmark.list' },
      { name: 'bookmark.search', data: { query: 'a' } },
      { name: 'backup.export', data: { format: 'json' } },
      { name: 'backup.import', data: { text: '{}' } },
      { name: 'note.list', data: { cableId: '08ASTANA1' } },
      { name: 'note.update', data: { noteId: 'n', text: 'x' } },
      { name: 'bookmark.delete', data: { bookmarkId: '08ASTANA1#1' } },
    ];
    for (const request of requests) {
      const { response, changed } = await send(request, page);
      expect(response, request.name).toMatchObject({
        ok: false,
        error: { kind: 'forbidden', message: 'Only the Cable Reader popup or its own pages may do that.' },
      });
      expect(changed).toEqual([]);
    }
  });

  it('refuses malformed requests, naming the problem', async () => {
    const { send } = await setup();
    expect(
      (await send({ name: 'note.add', data: { cableId: '08ASTANA1', bookmarkId: null, text: 42 } })).response,
    ).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringMatching(/text/) },
    });
    expect((await send({ name: 'bookmarks:wipe' })).response).toMatchObject({
      ok: false,
      error: { kind: 'invalid' },
    });
    const { raw } = await setup();
    expect((await raw('bookmark.list')).response).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect((await raw({ name: 'bookmark.list', data: {}, extra: 1 })).response).toMatchObject({
      ok: false,
      error: { kind: 'invalid' },
    });
    const extra = await send({ name: 'bookmark.list', data: { __proto__: { admin: true }, sneaky: 1 } });
    expect(extra.response).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  });

  it('deletes with undo from the popup', async () => {
    const { send } = await setup();
    await send({ name: 'bookmark.toggle', data: { cable, blockKey: '3' } }, page);
    await send({
      name: 'note.add',
      data: { cableId: '08ASTANA1', bookmarkId: '08ASTANA1#3', text: 'kept for undo' },
    });
    const deleted = await send({ name: 'bookmark.delete', data: { bookmarkId: '08ASTANA1#3' } });
    expect(deleted.changed).toEqual(['08ASTANA1']);
    if (!deleted.response.ok) throw new Error(deleted.response.error.message);
    const restored = await send({ name: 'bookmark.restore', data: { removed: [deleted.response.value] } });
    expect(restored.response).toEqual({ ok: true, value: null });
    const list = await send({ name: 'bookmark.list' });
    expect(JSON.stringify(list.response)).toContain('kept for undo');
  });

  it('exports JSON and Markdown as named files, and imports with a report', async () => {
    const { send } = await setup();
    await send({ name: 'bookmark.toggle', data: { cable, blockKey: '1' } }, page);
    const json = await send({ name: 'backup.export', data: { format: 'json' } });
    expect(json.response).toMatchObject({
      ok: true,
      value: { fileName: 'cable-reader-2024-05-01.json', mimeType: 'application/json' },
    });
    const markdown = await send({ name: 'backup.export', data: { format: 'markdown' } });
    expect(markdown.response).toMatchObject({ ok: true, value: { fileName: 'cable-reader-2024-05-01.md' } });
    if (!json.response.ok) throw new Error('export failed');
    const text = (json.response.value as { text: string }).text;
    const other = await setup();
    const imported = await other.send({ name: 'backup.import', data: { text } });
    expect(imported).toEqual({
      response: {
        ok: true,
        value: {
          token: expect.any(String),
          status: 'imported',
          report: {
            cables: { added: 1, updated: 0, unchanged: 0 },
            bookmarks: { added: 1, updated: 0, unchanged: 0 },
            notes: { added: 0, updated: 0, unchanged: 0 },
          },
          skipped: [],
          skippedCount: 0,
        },
      },
      changed: [null],
    });
    const bad = await other.send({ name: 'backup.import', data: { text: text.slice(0, 100) } });
    expect(bad.response).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringMatching(/JSON/) },
    });
  });

  it('reports a failed write as data, not as a thrown error', async () => {
    const { send } = await setup();
    await send({ name: 'cable.save', data: { cable } }, page);
    cleanups.push(failPut({ store: 'notes', kind: 'quota' }));
    const result = await send({
      name: 'note.add',
      data: { cableId: '08ASTANA1', bookmarkId: null, text: 'too much' },
    });
    expect(result).toEqual({
      response: {
        ok: false,
        error: {
          kind: 'quota',
          message: 'Your browser refused to save: storage is full. Nothing already saved was lost.',
        },
      },
      changed: [],
    });
  });

  it('returns the popup list and search results a page at a time', async () => {
    const { send } = await setup();
    for (const id of ['08A1', '08B2', '08C3']) {
      await send(
        { name: 'bookmark.toggle', data: { cable: cableInput(makeDocument(id, PARAGRAPHS)), blockKey: '1' } },
        page,
      );
    }
    const first = await send({ name: 'bookmark.list', data: { limit: 2 } });
    expect(first.response).toMatchObject({ ok: true, value: { total: 3 } });
    const rest = await send({ name: 'bookmark.list', data: { offset: 2, limit: 2 } });
    const ids = (r: typeof first) =>
      r.response.ok ? (r.response.value as GroupPage).groups.map((g) => g.cable.id) : [];
    expect([...ids(first), ...ids(rest)]).toEqual(['08C3', '08B2', '08A1']);
    const found = await send({ name: 'bookmark.search', data: { query: '08b2', limit: 10 } });
    expect(ids(found)).toEqual(['08B2']);
    expect((await send({ name: 'bookmark.list', data: { limit: -1 } })).response).toMatchObject({
      ok: false,
    });
  });

  it('records a sighting only for cables with a saved copy', async () => {
    const { send } = await setup();
    expect(
      (await send({ name: 'cable.seen', data: { sighting: sightingOf(cable) } }, page)).response,
    ).toEqual({
      ok: true,
      value: { kept: false, copyWanted: false },
    });
    await send({ name: 'cable.save', data: { cable } }, page);
    expect(
      (await send({ name: 'cable.seen', data: { sighting: sightingOf(cable) } }, page)).response,
    ).toEqual({
      ok: true,
      value: { kept: true, copyWanted: false },
    });
    // A sighting carries no document: the message has the fields the popup lists, the address and a digest.
    expect(Object.keys(sightingOf(cable)).sort()).toEqual(['digest', 'id', 'meta', 'site', 'url']);
  });
});
