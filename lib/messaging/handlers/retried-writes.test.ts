import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cableInput, makeDocument, PARAGRAPHS } from '../../../tests/fixtures/documents';
import { type TestRouter, testRouter } from '../../../tests/fixtures/router';
import { MAX_APPLIED } from '../../store/tx';
import { type BackgroundRequests, createSend, newWriteId } from '../client';
import type { Envelope } from '../define';

const doc = makeDocument('08ASTANA1', PARAGRAPHS, { subject: 'Pipeline tender reopened' });
const cable = cableInput(doc);

const routers: TestRouter[] = [];
afterEach(() => {
  for (const router of routers.splice(0)) router.close();
});

async function setup() {
  const router = await testRouter('retried-writes');
  routers.push(router);
  return router;
}

/**
 * A client whose transport delivers every request to the background but loses the answer of the first `lose`
 * ones, as a message channel that closed after the background stored the write.
 */
function losingClient(router: TestRouter, lose: number) {
  const delivered: Envelope[] = [];
  const send = createSend<BackgroundRequests>(async (message) => {
    delivered.push(message);
    const { response } = await router.raw(message, 'extension-page');
    if (delivered.length <= lose) throw new Error('The message port closed before a response was received.');
    return response;
  });
  return { send, delivered };
}

describe('a write whose answer was lost, sent again', () => {
  it('stores one note, and the second answer is the first one', async () => {
    const router = await setup();
    await router.send('bookmark.toggle', { cable, blockKey: '2' }, 'page');
    const { send, delivered } = losingClient(router, 1);
    const note = await send('note.add', {
      cableId: '08ASTANA1',
      bookmarkId: '08ASTANA1#2',
      text: 'one note',
    });
    expect(delivered).toHaveLength(2);
    expect(delivered[0]?.writeId).toBe(delivered[1]?.writeId);
    const notes = await router.repository.listNotes('08ASTANA1');
    expect(notes.map((n) => n.text)).toEqual(['one note']);
    expect(notes[0]?.id).toBe(note.id);
  });

  it('does not undo a bookmark toggled on: the resent toggle answers "bookmarked"', async () => {
    const router = await setup();
    const { send, delivered } = losingClient(router, 1);
    const toggled = await send('bookmark.toggle', { cable, blockKey: '3' });
    expect(delivered).toHaveLength(2);
    expect(toggled).toEqual({ bookmarked: true, bookmarkIds: ['08ASTANA1#3'], undo: null });
    expect((await router.repository.listBookmarks('08ASTANA1')).map((b) => b.id)).toEqual(['08ASTANA1#3']);
  });

  it('answers a resent delete as the first time instead of "not found"', async () => {
    const router = await setup();
    await router.send('bookmark.toggle', { cable, blockKey: '2' }, 'page');
    const { send } = losingClient(router, 1);
    const removed = await send('bookmark.delete', { bookmarkId: '08ASTANA1#2' });
    expect(removed.bookmark.id).toBe('08ASTANA1#2');
    expect(await router.repository.listBookmarks('08ASTANA1')).toEqual([]);
  });

  it('stores one highlight, and a resent delete answers as the first time', async () => {
    const router = await setup();
    const { send, delivered } = losingClient(router, 1);
    const made = await send('highlight.add', { cable, start: 0, end: 12, colour: 'yellow' });
    expect(delivered).toHaveLength(2);
    expect(delivered[0]?.writeId).toBe(delivered[1]?.writeId);
    const listed = async () =>
      (await router.repository.listHighlights('08ASTANA1')).map((h) => h.highlight.id);
    expect(await listed()).toEqual([made.id]);
    const again = losingClient(router, 1);
    const removed = await again.send('highlight.delete', { highlightId: made.id });
    expect(removed.id).toBe(made.id);
    expect(await listed()).toEqual([]);
  });

  it('applies two writes with the same data but their own ids twice (ids, not contents, name a write)', async () => {
    const router = await setup();
    await router.send('bookmark.toggle', { cable, blockKey: '2' }, 'page');
    const add = (writeId: string) =>
      router.raw({
        name: 'note.add',
        data: { cableId: '08ASTANA1', bookmarkId: null, text: 'same words' },
        writeId,
      });
    const first = newWriteId();
    await add(first);
    await add(first);
    await add(newWriteId());
    expect(await router.repository.listNotes('08ASTANA1')).toHaveLength(2);
  });

  it('refuses a request id that is not one the clients make', async () => {
    const router = await setup();
    const answer = await router.raw({ name: 'bookmark.list', data: {}, writeId: '../../etc' });
    expect(answer.response).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  });

  it(`remembers the last ${MAX_APPLIED} writes and no more`, async () => {
    const router = await setup();
    await router.send('bookmark.toggle', { cable, blockKey: '2' }, 'page');
    const ids = Array.from({ length: MAX_APPLIED + 1 }, () => newWriteId());
    for (const writeId of ids) {
      await router.raw({
        name: 'note.add',
        data: { cableId: '08ASTANA1', bookmarkId: null, text: 'n' },
        writeId,
      });
    }
    const oldest = ids[0] ?? '';
    const latest = ids[MAX_APPLIED] ?? '';
    const notes = () => router.repository.listNotes('08ASTANA1');
    const resend = (writeId: string) =>
      router.raw({ name: 'note.add', data: { cableId: '08ASTANA1', bookmarkId: null, text: 'n' }, writeId });
    await resend(latest);
    expect(await notes()).toHaveLength(MAX_APPLIED + 1);
    // The oldest has been let go of: sent again long after, it is a new write.
    await resend(oldest);
    expect(await notes()).toHaveLength(MAX_APPLIED + 2);
  });
});
