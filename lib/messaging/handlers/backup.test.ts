import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cableInput, makeDocument, PARAGRAPHS } from '../../../tests/fixtures/documents';
import { type TestRouter, testRouter } from '../../../tests/fixtures/router';
import { exportJson } from '../../store/export';
import type { ExportPiece, ImportPiece } from '../extension-requests';

const routers: TestRouter[] = [];
afterEach(() => {
  for (const router of routers.splice(0)) router.close();
});

async function router(label: string) {
  const made = await testRouter(label);
  routers.push(made);
  return made;
}

/** A store of `n` cables with a bookmark each, every third with a note. */
async function filled(n: number) {
  const source = await router('backup-source');
  for (let i = 1; i <= n; i++) {
    const input = cableInput(makeDocument(`08ASTANA${i}`, PARAGRAPHS));
    const bookmark = await source.repository.addBookmark(input, '2');
    if (i % 3 === 0)
      await source.repository.addNote({ cableId: `08ASTANA${i}`, bookmarkId: bookmark.id, text: `n${i}` });
  }
  return source;
}

async function value<T>(routed: Promise<{ response: { ok: boolean; value?: unknown; error?: unknown } }>) {
  const { response } = await routed;
  if (!response.ok) throw new Error(JSON.stringify(response.error));
  return response.value as T;
}

/** Sends `text` to `target` in pieces of `size` characters, as the backup page does. */
async function upload(target: TestRouter, text: string, size: number): Promise<ImportPiece> {
  let token: string | undefined;
  let answer: ImportPiece | null = null;
  for (let at = 0; at < text.length; at += size) {
    const last = at + size >= text.length;
    answer = await value<ImportPiece>(
      target.send('backup.import', { text: text.slice(at, at + size), last, ...(token ? { token } : {}) }),
    );
    token = answer.token;
    if (!last) expect(answer).toMatchObject({ status: 'reading', received: at + size });
  }
  return answer as ImportPiece;
}

describe('backups travel in pieces', () => {
  it('hands out an export piece by piece that joins to the whole file, then forgets the transfer', async () => {
    const source = await filled(90);
    const pieces: ExportPiece[] = [
      await value<ExportPiece>(source.send('backup.export', { format: 'json' })),
    ];
    while (!pieces.at(-1)?.done) {
      const token = pieces.at(-1)?.token;
      pieces.push(await value<ExportPiece>(source.send('backup.export', { format: 'json', token })));
    }
    expect(pieces.length).toBe(1);
    const whole = await exportJson(source.repository, Date.UTC(2024, 4, 1));
    expect(pieces.map((p) => p.text).join('')).toBe(whole);
    const again = await source.send('backup.export', { format: 'json', token: pieces[0]?.token });
    expect(again.response).toMatchObject({
      ok: false,
      error: { kind: 'not-found', message: expect.stringMatching(/interrupted/) },
    });
  });

  it('takes a file in pieces of any size, split anywhere, and merges it once whole', async () => {
    const source = await filled(30);
    const text = await exportJson(source.repository, Date.UTC(2024, 4, 1));
    const target = await router('backup-target');
    const answer = await upload(target, text, 997);
    expect(answer).toMatchObject({
      status: 'imported',
      report: { cables: { added: 30 }, bookmarks: { added: 30 }, notes: { added: 10 } },
    });
    expect(await exportJson(target.repository, Date.UTC(2024, 4, 1))).toBe(text);
  });

  it('lists a file’s invalid records, writes nothing, and merges the sound ones when the reader says so', async () => {
    const source = await filled(6);
    const file = JSON.parse(await exportJson(source.repository, Date.UTC(2024, 4, 1)));
    file.bookmarks[0].selectors[0].exact = '';
    file.cables[5].urls[0].url = 'javascript:alert(1)';
    const target = await router('backup-partial');
    const answer = await upload(target, JSON.stringify(file, null, 2), 500);
    if (answer.status !== 'has-invalid') throw new Error(answer.status);
    expect(answer.rejectedCount).toBe(4);
    expect(answer.rejected.filter((r) => !r.dependent).map((r) => r.problem)).toEqual([
      'cables[5].urls[0].url: expected an http(s) URL',
      'bookmarks[0].selectors[0].exact: Invalid length: Expected >=1 but received 0',
    ]);
    expect(answer.valid).toEqual({ cables: 5, bookmarks: 4, notes: 1, highlights: 0 });
    expect(await target.repository.listAll()).toEqual([]);
    const done = await value<ImportPiece>(
      target.send('backup.import', { text: '', token: answer.token, acceptValid: true }),
    );
    expect(done).toMatchObject({
      status: 'imported',
      report: { cables: { added: 5 }, bookmarks: { added: 4 } },
      skippedCount: 4,
    });
    expect((await target.repository.readAll()).cables).toHaveLength(5);
  });

  it('refuses a damaged file whole, with a sentence, and leaves the store byte-identical', async () => {
    const source = await filled(5);
    const text = await exportJson(source.repository, Date.UTC(2024, 4, 1));
    const target = await filled(2);
    const before = await exportJson(target.repository, Date.UTC(2024, 4, 1));
    const cut = await target.send('backup.import', { text: text.slice(0, text.length - 40) });
    expect(cut.response).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringMatching(/cut short or damaged/) },
    });
    const wrong = await target.send('backup.import', {
      text: JSON.stringify({ ...JSON.parse(text), format: 'other' }),
    });
    expect(wrong.response).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/not a Cable Reader export/) },
    });
    expect(await exportJson(target.repository, Date.UTC(2024, 4, 1))).toBe(before);
  });
});
