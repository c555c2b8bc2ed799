import { describe, expect, it } from 'vitest';
import { type BackgroundRequests, createSend } from './client';
import { type Envelope, WRITE_ID } from './define';
import { RequestError } from './result';

describe('createSend', () => {
  it('sends the name and data, and resolves with the value of a successful response', async () => {
    const sent: unknown[] = [];
    const send = createSend<BackgroundRequests>(async (message) => {
      sent.push(message);
      return { ok: true, value: { kept: true } };
    });
    await expect(send('cable.seen', { sighting: {} as never })).resolves.toEqual({ kept: true });
    await send('bookmark.list');
    const writeId = expect.stringMatching(WRITE_ID);
    expect(sent).toEqual([
      { name: 'cable.seen', data: { sighting: {} }, writeId },
      { name: 'bookmark.list', data: {}, writeId },
    ]);
    // One id per request, never shared by two.
    expect(new Set(sent.map((m) => (m as Envelope).writeId)).size).toBe(2);
  });

  it('rejects with the reader-facing message of a failure', async () => {
    const send = createSend<BackgroundRequests>(async () => ({
      ok: false,
      error: { kind: 'quota', message: 'Storage is full.' },
    }));
    const error = await send('bookmark.list').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ kind: 'quota', message: 'Storage is full.' });
  });

  it('sends once more under the same id when the transport fails, and gives up after that', async () => {
    const sent: Envelope[] = [];
    const send = createSend<BackgroundRequests>(async (message) => {
      sent.push(message);
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(send('bookmark.list')).rejects.toThrow('Receiving end does not exist');
    expect(sent).toHaveLength(2);
    expect(sent[0]?.writeId).toBe(sent[1]?.writeId);
  });

  it('sends once more under the same id when the channel closed with no answer, as the polyfill reports it', async () => {
    const sent: Envelope[] = [];
    const send = createSend<BackgroundRequests>(async (message) => {
      sent.push(message);
      return sent.length === 1 ? undefined : { ok: true, value: { kept: true } };
    });
    await expect(send('cable.seen', { sighting: {} as never })).resolves.toEqual({ kept: true });
    expect(sent).toHaveLength(2);
    expect(sent[0]?.writeId).toBe(sent[1]?.writeId);
  });

  it('rejects clearly when nobody answers, after asking twice', async () => {
    let asked = 0;
    const send = createSend<BackgroundRequests>(async () => {
      asked++;
      return undefined;
    });
    await expect(send('bookmark.list')).rejects.toMatchObject({ kind: 'no-response' });
    expect(asked).toBe(2);
  });
});
