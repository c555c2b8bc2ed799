import { describe, expect, it } from 'vitest';
import { type BackgroundRequests, createSend } from './client';
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
    expect(sent).toEqual([
      { name: 'cable.seen', data: { sighting: {} } },
      { name: 'bookmark.list', data: {} },
    ]);
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

  it('rejects clearly when nobody answers', async () => {
    const send = createSend<BackgroundRequests>(async () => undefined);
    await expect(send('bookmark.list')).rejects.toMatchObject({ kind: 'no-response' });
  });
});
