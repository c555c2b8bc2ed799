import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { cableInput, makeDocument, PARAGRAPHS } from '../../tests/fixtures/documents';
import { tickingRepository } from '../../tests/fixtures/repository';
import { exportJson } from './export';
import { epochTimeSchema, isoTimeSchema } from './fields';
import { parseExport, parseExportRecords } from './import';
import type { Repository } from './repository';

const opened: Repository[] = [];
afterEach(() => {
  for (const repository of opened.splice(0)) repository.close();
});

/** A valid export: two cables, three bookmarks, a note on a bookmark and one on the whole cable. */
async function validFile() {
  const repository = await tickingRepository({ label: 'records', ids: 'note' });
  opened.push(repository);
  const astana = cableInput(makeDocument('08ASTANA1', PARAGRAPHS));
  const oslo = cableInput(makeDocument('09OSLO7', PARAGRAPHS.slice(0, 3)));
  const first = await repository.addBookmark(astana, '2');
  await repository.addBookmark(astana, '4');
  await repository.addBookmark(oslo, '1');
  await repository.addNote({ cableId: '08ASTANA1', bookmarkId: first.id, text: 'on the bookmark' });
  await repository.addNote({ cableId: '09OSLO7', bookmarkId: null, text: 'on the cable' });
  return JSON.parse(await exportJson(repository, Date.UTC(2024, 4, 1)));
}

describe('a file read record by record', () => {
  it('keeps every sound record and lists each bad one with its place and reason', async () => {
    const file = await validFile();
    const bad = file.bookmarks.findIndex((b: { blockKey: string }) => b.blockKey === '2');
    file.bookmarks[bad].selectors[0].exact = 5;
    const { contents, rejected } = parseExportRecords(JSON.stringify(file));
    expect(contents.cables.map((c) => c.id)).toEqual(['08ASTANA1', '09OSLO7']);
    expect(contents.bookmarks.map((b) => b.blockKey).sort()).toEqual(['1', '4']);
    expect(contents.notes.map((n) => n.text)).toEqual(['on the cable']);
    expect(rejected).toEqual([
      {
        collection: 'bookmarks',
        index: bad,
        id: '08ASTANA1#2',
        problem: `bookmarks[${bad}].selectors[0].exact: expected string, got 5`,
        dependent: false,
      },
      {
        collection: 'notes',
        index: expect.any(Number),
        id: 'note-1',
        problem: expect.stringMatching(/bookmarkId: its bookmark "08ASTANA1#2" cannot be imported$/),
        dependent: true,
      },
    ]);
    expect(() => parseExport(JSON.stringify(file))).toThrow(
      /bookmarks\[\d\]\.selectors\[0\]\.exact: expected string, got 5\.$/,
    );
  });

  it('leaves out a second record with the same id, and a bookmark whose cable is not in the file', async () => {
    const file = await validFile();
    file.cables.push({ ...file.cables[0], subject: 'a copy' });
    file.bookmarks[1].cableId = '10ROME1';
    file.bookmarks[1].id = '10ROME1#4';
    const { contents, rejected } = parseExportRecords(JSON.stringify(file));
    expect(contents.cables).toHaveLength(2);
    expect(rejected.map((r) => r.problem)).toEqual([
      'cables[2].id: "08ASTANA1" appears more than once',
      'bookmarks[1].cableId: no cable "10ROME1" in this file',
    ]);
  });

  it('refuses the whole file, not records, when its envelope or shape is wrong', async () => {
    const file = await validFile();
    expect(() => parseExportRecords(JSON.stringify({ ...file, cables: 'none' }))).toThrow(/cables/);
    expect(() => parseExportRecords(JSON.stringify({ ...file, extra: [] }))).toThrow(
      /extra: unexpected field/,
    );
    expect(() => parseExportRecords(JSON.stringify({ ...file, format: 'other' }))).toThrow(
      /not a Cable Reader export/,
    );
  });

  it('takes the id rule of canonicalId: a look-alike or malformed cable id is left out', async () => {
    const file = await validFile();
    file.cables[1].id = '09oslo 7';
    const { rejected } = parseExportRecords(JSON.stringify(file));
    expect(rejected[0]?.problem).toMatch(/^cables\[1\]\.id: expected a cable reference id/);
  });
});

describe('times before 1970', () => {
  it('are refused by records, requests and files alike, so undo can never lose what import took', async () => {
    expect(v.is(epochTimeSchema, -1)).toBe(false);
    expect(v.is(isoTimeSchema, '1969-12-31T23:59:59.000Z')).toBe(false);
    expect(v.is(isoTimeSchema, '1970-01-01T00:00:00.000Z')).toBe(true);
    const file = await validFile();
    file.notes[0].createdAt = '1969-07-20T20:17:00.000Z';
    const { rejected } = parseExportRecords(JSON.stringify(file));
    expect(rejected[0]?.problem).toMatch(/createdAt: expected a time after 1 January 1970$/);
  });
});
