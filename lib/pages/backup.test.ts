import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IMPORT_PIECE_CHARS } from '../messaging/extension-requests';
import { uploadBackup } from './backup';

const send = vi.fn();
vi.mock('../messaging/runtime', () => ({ send: (...args: unknown[]) => send(...args) }));

describe('uploadBackup', () => {
  beforeEach(() => {
    send.mockReset();
  });

  it('sends a file past one message’s size in pieces and reports its progress up to the whole', async () => {
    // 10 MB of text read as a browser streams a file, in small chunks: more than one piece, each well under a
    // runtime message's 64 MiB.
    const text = 'x'.repeat(10_000_000);
    const file = new Blob(Array.from({ length: 100 }, () => text.slice(0, 100_000)));
    const pieces: { chars: number; last: boolean; token?: string }[] = [];
    send.mockImplementation(async (_name: string, data: { text: string; last: boolean; token?: string }) => {
      pieces.push({ chars: data.text.length, last: data.last, token: data.token });
      return data.last
        ? { status: 'imported', token: 't1', report: null, skippedCount: 0 }
        : { status: 'reading', token: 't1' };
    });
    const progress: { done: number; total: number | null }[] = [];
    const answer = await uploadBackup(file, (p) => progress.push(p));

    expect(answer.status).toBe('imported');
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.reduce((n, p) => n + p.chars, 0)).toBe(text.length);
    expect(Math.max(...pieces.map((p) => p.chars))).toBeLessThanOrEqual(IMPORT_PIECE_CHARS);
    expect(pieces.map((p) => p.last)).toEqual([...pieces.slice(1).map(() => false), true]);
    // The first piece opens the transfer; every later one names it.
    expect(pieces.slice(1).every((p) => p.token === 't1')).toBe(true);
    expect(progress.length).toBeGreaterThan(2);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]?.done).toBeGreaterThanOrEqual(progress[i - 1]?.done ?? 0);
    }
    expect(progress.every((p) => p.total === text.length)).toBe(true);
    expect(progress.at(-1)).toEqual({ done: text.length, total: text.length });
  });

  /** A file whose stream gives all of `text` in one chunk, as a browser may for a file read from memory. */
  function oneChunkFile(text: string): Blob {
    const bytes = new TextEncoder().encode(text);
    return {
      size: bytes.length,
      stream: () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(bytes);
            controller.close();
          },
        }),
    } as unknown as Blob;
  }

  function recordPieces(): string[] {
    const texts: string[] = [];
    send.mockImplementation(async (_name: string, data: { text: string; last: boolean }) => {
      texts.push(data.text);
      return data.last
        ? { status: 'imported', token: 't1', report: null, skippedCount: 0 }
        : { status: 'reading', token: 't1' };
    });
    return texts;
  }

  it('splits one stream chunk larger than a piece into pieces within the entry’s limit', async () => {
    const text = 'y'.repeat(IMPORT_PIECE_CHARS * 2 + 12_345);
    const texts = recordPieces();
    await uploadBackup(oneChunkFile(text));
    expect(texts.length).toBeGreaterThan(2);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(IMPORT_PIECE_CHARS);
    expect(texts.join('')).toBe(text);
  });

  it('never cuts a piece between the halves of a character outside the BMP', async () => {
    // An odd start puts every other piece's cut inside a surrogate pair.
    const text = `a${'\u{1F600}'.repeat(IMPORT_PIECE_CHARS)}`;
    const texts = recordPieces();
    await uploadBackup(oneChunkFile(text));
    expect(texts.length).toBeGreaterThan(2);
    for (const piece of texts) {
      const last = piece.charCodeAt(piece.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff, 'a piece ends in a high surrogate').toBe(false);
    }
    expect(texts.join('')).toBe(text);
  });
});
