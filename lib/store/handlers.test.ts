import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { GroupPage, SenderInfo, StoreRequest } from '../messages';
import { handleStoreRequest } from './handlers';
import { Repository } from './repository';
import { freshName } from './testing/describe-db';
import { failPut } from './testing/faults';
import { cableInput, makeDocument, PARAGRAPHS } from './testing/fixtures';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const popup: SenderInfo = { url: `${ORIGIN}popup.html`, extensionOrigin: ORIGIN };
const frame: SenderInfo = {
  url: `${ORIGIN}note.html`,
  tab: { id: 1, url: 'https://mirror.example/x' },
  extensionOrigin: ORIGIN,
};
const page: SenderInfo = {
  url: 'https://mirror.example/cable/08ASTANA1',
  tab: { id: 1 },
  extensionOrigin: ORIGIN,
};

const doc = makeDocument('08ASTANA1', PARAGRAPHS, { subject: 'Pipeline tender reopened' });
const cable = cableInput(doc);
const SECRET = 'NOTE-TEXT-THE-PAGE-MUST-NEVER-SEE';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function setup() {
  let clock = 1_700_000_000_000;
  const repository = await Repository.open({ name: freshName('handlers'), now: () => (clock += 1000) });
  cleanups.push(() => repository.close());
  const send = (message: unknown, sender: SenderInfo = popup) =>
    handleStoreRequest(repository, message, sender, { now: () => Date.UTC(2024, 4, 1) });
  return { repository, send };
}

describe('handleStoreRequest', () => {
  it('bookmarks from a content script and tells tabs the cable changed', async () => {
    const { send } = await setup();
    const toggled = await send({ type: 'bookmark:toggle', cable, blockKey: '2' }, page);
    expect(toggled).toEqual({
      response: { ok: true, value: { bookmarked: true, bookmarkIds: ['08ASTANA1#2'] } },
      events: [{ type: 'bookmarks:changed', cableId: '08ASTANA1' }],
    });
    const marks = await send({ type: 'bookmarks:forCable', cableId: '08ASTANA1' }, page);
    expect(marks.response).toMatchObject({
      ok: true,
      value: { bookmarks: [{ blockKey: '2', hasNotes: false }] },
    });
  });

  it('never returns note text to a content script, whatever it asks', async () => {
    const { send } = await setup();
    await send({ type: 'bookmark:toggle', cable, blockKey: '2' }, page);
    await send({ type: 'notes:add', cableId: '08ASTANA1', bookmarkId: '08ASTANA1#2', text: SECRET }, frame);
    await send({ type: 'notes:add', cableId: '08ASTANA1', bookmarkId: null, text: SECRET }, popup);
    const asks: StoreRequest[] = [
      { type: 'bookmarks:forCable', cableId: '08ASTANA1' },
      { type: 'bookmarks:forCable', cableId: '08ASTANA1', blocks: doc.blocks },
      { type: 'cable:seen', cable },
      { type: 'cable:save', cable },
      { type: 'bookmark:toggle', cable, blockKey: '2' },
      { type: 'notes:list', cableId: '08ASTANA1' },
      { type: 'cable:get', cableId: '08ASTANA1' },
      { type: 'bookmarks:list' },
      { type: 'search', query: 'NOTE' },
      { type: 'export:json' },
      { type: 'export:markdown' },
    ];
    for (const ask of asks) {
      const { response } = await send(ask, page);
      expect(JSON.stringify(response), ask.type).not.toContain(SECRET);
    }
    // The toggle above was refused: the bookmark carries a note the page cannot see.
    const { response } = await send({ type: 'bookmark:toggle', cable, blockKey: '2' }, page);
    expect(response).toMatchObject({ ok: false, error: { kind: 'has-notes' } });
  });

  it('refuses note, bulk and file requests from a content script with a clear error', async () => {
    const { send } = await setup();
    const requests: StoreRequest[] = [
      { type: 'bookmarks:list' },
      { type: 'search', query: 'a' },
      { type: 'export:json' },
      { type: 'import:json', text: '{}' },
      { type: 'notes:list', cableId: '08ASTANA1' },
      { type: 'notes:update', noteId: 'n', text: 'x' },
      { type: 'bookmark:delete', bookmarkId: '08ASTANA1#1' },
    ];
    for (const request of requests) {
      const { response, events } = await send(request, page);
      expect(response, request.type).toMatchObject({
        ok: false,
        error: { kind: 'forbidden', message: 'Only the Cable Reader popup or its own pages may do that.' },
      });
      expect(events).toEqual([]);
    }
  });

  it('refuses malformed requests, naming the problem', async () => {
    const { send } = await setup();
    expect(
      (await send({ type: 'notes:add', cableId: '08ASTANA1', bookmarkId: null, text: 42 })).response,
    ).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringMatching(/text/) },
    });
    expect((await send({ type: 'bookmarks:wipe' })).response).toMatchObject({
      ok: false,
      error: { kind: 'invalid' },
    });
    expect((await send('bookmarks:list')).response).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    const extra = await send({ type: 'bookmarks:list', __proto__: { admin: true }, sneaky: 1 });
    expect(extra.response).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  });

  it('deletes with undo from the popup', async () => {
    const { send } = await setup();
    await send({ type: 'bookmark:toggle', cable, blockKey: '3' }, page);
    await send({ type: 'notes:add', cableId: '08ASTANA1', bookmarkId: '08ASTANA1#3', text: 'kept for undo' });
    const deleted = await send({ type: 'bookmark:delete', bookmarkId: '08ASTANA1#3' });
    expect(deleted.events).toEqual([{ type: 'bookmarks:changed', cableId: '08ASTANA1' }]);
    if (!deleted.response.ok) throw new Error(deleted.response.error.message);
    const restored = await send({ type: 'bookmark:restore', removed: [deleted.response.value] });
    expect(restored.response).toEqual({ ok: true, value: null });
    const list = await send({ type: 'bookmarks:list' });
    expect(JSON.stringify(list.response)).toContain('kept for undo');
  });

  it('exports JSON and Markdown as named files, and imports with a report', async () => {
    const { send } = await setup();
    await send({ type: 'bookmark:toggle', cable, blockKey: '1' }, page);
    const json = await send({ type: 'export:json' });
    expect(json.response).toMatchObject({
      ok: true,
      value: { fileName: 'cable-reader-2024-05-01.json', mimeType: 'application/json' },
    });
    const markdown = await send({ type: 'export:markdown' });
    expect(markdown.response).toMatchObject({ ok: true, value: { fileName: 'cable-reader-2024-05-01.md' } });
    if (!json.response.ok) throw new Error('export failed');
    const text = (json.response.value as { text: string }).text;
    const other = await setup();
    const imported = await other.send({ type: 'import:json', text });
    expect(imported).toEqual({
      response: {
        ok: true,
        value: {
          cables: { added: 1, updated: 0, unchanged: 0 },
          bookmarks: { added: 1, updated: 0, unchanged: 0 },
          notes: { added: 0, updated: 0, unchanged: 0 },
        },
      },
      events: [{ type: 'bookmarks:changed', cableId: null }],
    });
    const bad = await other.send({ type: 'import:json', text: text.slice(0, 100) });
    expect(bad.response).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringMatching(/JSON/) },
    });
  });

  it('reports a failed write as data, not as a thrown error', async () => {
    const { send } = await setup();
    await send({ type: 'cable:save', cable }, page);
    cleanups.push(failPut({ store: 'notes', kind: 'quota' }));
    const result = await send({
      type: 'notes:add',
      cableId: '08ASTANA1',
      bookmarkId: null,
      text: 'too much',
    });
    expect(result).toEqual({
      response: {
        ok: false,
        error: {
          kind: 'quota',
          message: 'Your browser refused to save: storage is full. Nothing already saved was lost.',
        },
      },
      events: [],
    });
  });

  it('returns the popup list and search results a page at a time', async () => {
    const { send } = await setup();
    for (const id of ['08A1', '08B2', '08C3']) {
      await send(
        { type: 'bookmark:toggle', cable: cableInput(makeDocument(id, PARAGRAPHS)), blockKey: '1' },
        page,
      );
    }
    const first = await send({ type: 'bookmarks:list', limit: 2 });
    expect(first.response).toMatchObject({ ok: true, value: { total: 3 } });
    const rest = await send({ type: 'bookmarks:list', offset: 2, limit: 2 });
    const ids = (r: typeof first) =>
      r.response.ok ? (r.response.value as GroupPage).groups.map((g) => g.cable.id) : [];
    expect([...ids(first), ...ids(rest)]).toEqual(['08C3', '08B2', '08A1']);
    const found = await send({ type: 'search', query: '08b2', limit: 10 });
    expect(ids(found)).toEqual(['08B2']);
    expect((await send({ type: 'bookmarks:list', limit: -1 })).response).toMatchObject({ ok: false });
  });

  it('records a sighting only for kept cables', async () => {
    const { send } = await setup();
    expect((await send({ type: 'cable:seen', cable }, page)).response).toEqual({
      ok: true,
      value: { kept: false },
    });
    await send({ type: 'cable:save', cable }, page);
    expect((await send({ type: 'cable:seen', cable }, page)).response).toEqual({
      ok: true,
      value: { kept: true },
    });
  });
});
