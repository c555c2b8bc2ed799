import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cableInput, makeDocument, PARAGRAPHS } from '../../tests/fixtures/documents';
import { tickingRepository } from '../../tests/fixtures/repository';
import { attacksTried } from '../../tests/fixtures/robustness-tally';
import { exportJson } from './export';
import { importJson, parseExport } from './import';
import type { Repository } from './repository';

const opened: Repository[] = [];
afterEach(() => {
  for (const repository of opened.splice(0)) repository.close();
});

async function openRepository() {
  const repository = await tickingRepository({ label: 'io' });
  opened.push(repository);
  return repository;
}

const astana = {
  ...makeDocument('08ASTANA1', PARAGRAPHS, { subject: 'Pipeline tender reopened' }),
  pageBreaks: [
    {
      text: 'POST 00000001 002 OF 002',
      page: 2,
      of: 2,
      offset: 420,
      blockKey: '3',
      around: ['CONFIDENTIAL'],
    },
  ],
};
const reykjavik = makeDocument('09REYKJAVIK7', PARAGRAPHS.slice(0, 3), { subject: 'Fisheries' });

async function filled() {
  const repository = await openRepository();
  await repository.addBookmark(cableInput(astana), '2');
  await repository.addBookmark(cableInput(astana), '5');
  await repository.addBookmark(cableInput(reykjavik), '1');
  await repository.upsertCable(cableInput(astana, 'https://second.example/08ASTANA1'));
  await repository.addNote({
    cableId: '08ASTANA1',
    bookmarkId: '08ASTANA1#2',
    text: '<script>alert(1)</script>',
  });
  await repository.addNote({
    cableId: '08ASTANA1',
    bookmarkId: null,
    text: 'Whole cable\nsecond line',
    tags: ['energy', 'to cite'],
  });
  await repository.addNote({ cableId: '09REYKJAVIK7', bookmarkId: '09REYKJAVIK7#1', text: 'Ask Þórður' });
  return repository;
}

const EXPORTED_AT = Date.UTC(2024, 4, 1, 12);

// biome-ignore lint/suspicious/noExplicitAny: the tests spoil export files at arbitrary depths on purpose.
type Spoilable = any;

/** A valid export as an object, to spoil field by field. */
async function validFile(): Promise<{ cables: Spoilable[]; bookmarks: Spoilable[]; notes: Spoilable[] }> {
  return JSON.parse(await exportJson(await filled(), EXPORTED_AT));
}

async function rejection(text: string): Promise<string> {
  const attack = attacksTried('hostile files');
  const target = await openRepository();
  await target.addBookmark(cableInput(reykjavik), '2');
  const before = await exportJson(target, 0);
  const error = await importJson(target, text).then(
    () => null,
    (e: unknown) => e as { kind: string; message: string },
  );
  expect(error?.kind).toBe('invalid');
  // Refused whole: the store is exactly as it was.
  expect(await exportJson(target, 0)).toBe(before);
  attack.held();
  return error?.message ?? '';
}

describe('JSON export', () => {
  it('writes a versioned envelope with every cable, saved copy, bookmark (with selectors) and note', async () => {
    const file = JSON.parse(await exportJson(await filled(), EXPORTED_AT));
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'bookmarks', 'cables', 'notes']);
    expect(file).toMatchObject({
      format: 'cable-reader-export',
      version: 1,
      exportedAt: '2024-05-01T12:00:00.000Z',
    });
    expect(file.cables.map((c: { id: string }) => c.id)).toEqual(['08ASTANA1', '09REYKJAVIK7']);
    expect(file.cables[0].saved.document).toEqual(JSON.parse(JSON.stringify(astana)));
    expect(file.cables[0].urls.map((u: { url: string }) => u.url)).toEqual([
      'https://second.example/08ASTANA1',
      'https://mirror.example/cable/08ASTANA1',
    ]);
    expect(file.bookmarks[0].selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: PARAGRAPHS[1] });
    expect(file.bookmarks[0].selectors[1]).toMatchObject({ type: 'TextPositionSelector' });
    expect(file.notes).toHaveLength(3);
    expect(file.notes.map((n: { tags: string[] }) => n.tags)).toContainEqual(['energy', 'to cite']);
    expect(JSON.stringify(file)).not.toContain('orphan');
  });

  it('imports a file written before notes had tags: its notes get none', async () => {
    const file = await validFile();
    for (const note of file.notes) delete note.tags;
    const fresh = await openRepository();
    await importJson(fresh, JSON.stringify(file));
    const notes = [...(await fresh.listNotes('08ASTANA1')), ...(await fresh.listNotes('09REYKJAVIK7'))];
    expect(notes).toHaveLength(3);
    expect(notes.map((n) => n.tags)).toEqual([[], [], []]);
  });

  it('export, import into a fresh store, export gives the same bytes', async () => {
    const first = await exportJson(await filled(), EXPORTED_AT);
    const fresh = await openRepository();
    const report = await importJson(fresh, first);
    expect(report).toEqual({
      cables: { added: 2, updated: 0, unchanged: 0 },
      bookmarks: { added: 3, updated: 0, unchanged: 0 },
      notes: { added: 3, updated: 0, unchanged: 0 },
    });
    expect(await exportJson(fresh, EXPORTED_AT)).toBe(first);
    // Only the export time differs between two exports of the same data.
    const later = await exportJson(fresh, EXPORTED_AT + 1000);
    expect(later.replace('2024-05-01T12:00:01.000Z', '2024-05-01T12:00:00.000Z')).toBe(first);
  });

  it('carries a saved copy’s page, the other mirrors’ readings beside it and the visits of each page', async () => {
    const repository = await filled();
    const forged = makeDocument('08ASTANA1', ['Another text altogether.', ...PARAGRAPHS.slice(1)]);
    await repository.upsertCable(cableInput(forged, 'https://forged.example/08ASTANA1'));
    await repository.upsertCable(cableInput(astana, 'https://second.example/08ASTANA1?utm_medium=x'));
    const first = await exportJson(repository, EXPORTED_AT);
    const cable = JSON.parse(first).cables[0];
    expect(cable.saved.url).toBe('https://mirror.example/cable/08ASTANA1');
    expect(cable.saved.variants.map((v: { url: string }) => v.url)).toEqual([
      'https://forged.example/08ASTANA1',
    ]);
    expect(cable.urls.find((u: { url: string }) => u.url.startsWith('https://second.'))).toMatchObject({
      url: 'https://second.example/08ASTANA1',
      visits: 2,
    });
    const fresh = await openRepository();
    await importJson(fresh, first);
    expect(await exportJson(fresh, EXPORTED_AT)).toBe(first);
  });

  it('importing the same file again changes nothing', async () => {
    const repository = await filled();
    const file = await exportJson(repository, EXPORTED_AT);
    const report = await importJson(repository, file);
    expect(report).toEqual({
      cables: { added: 0, updated: 0, unchanged: 2 },
      bookmarks: { added: 0, updated: 0, unchanged: 3 },
      notes: { added: 0, updated: 0, unchanged: 3 },
    });
    expect(await exportJson(repository, EXPORTED_AT)).toBe(file);
  });
});

describe('JSON import merges', () => {
  it('keeps the newer of the same record, adds new ones, unites URLs', async () => {
    const file = await validFile();
    const target = await openRepository();
    await importJson(target, JSON.stringify(file));

    const note = file.notes.find((n: { text: string }) => n.text === 'Ask Þórður');
    note.text = 'Ask Þórður, revised';
    note.updatedAt = '2030-01-01T00:00:00.000Z';
    const stale = file.notes.find((n: { bookmarkId: string | null }) => n.bookmarkId === null);
    stale.text = 'an older edit that must lose';
    stale.updatedAt = '2000-01-01T00:00:00.000Z';
    file.notes.push({ ...note, id: 'note-new', text: 'brand new' });
    file.cables[1].urls.push({
      url: 'https://third.example/r',
      site: 'third.example',
      lastSeen: '2001-01-01T00:00:00.000Z',
    });

    const report = await importJson(target, JSON.stringify(file));
    expect(report.notes).toEqual({ added: 1, updated: 1, unchanged: 2 });
    expect(report.cables).toEqual({ added: 0, updated: 1, unchanged: 1 });
    const texts = (await target.listNotes('09REYKJAVIK7')).map((n) => n.text).sort();
    expect(texts).toEqual(['Ask Þórður, revised', 'brand new']);
    expect((await target.listNotes('08ASTANA1')).map((n) => n.text)).toContain('Whole cable\nsecond line');
    expect((await target.getCable('09REYKJAVIK7'))?.cable.urls.map((u) => u.url)).toContain(
      'https://third.example/r',
    );
  });

  it('keeps HTML and script in notes as inert text', async () => {
    const target = await openRepository();
    await importJson(target, await exportJson(await filled(), EXPORTED_AT));
    const notes = await target.listNotes('08ASTANA1');
    expect(notes.map((n) => n.text)).toContain('<script>alert(1)</script>');
  });
});

describe('JSON import refuses a bad file whole, naming the problem', () => {
  it('truncated JSON', async () => {
    const text = await exportJson(await filled(), EXPORTED_AT);
    expect(await rejection(text.slice(0, text.length / 2))).toMatch(/not complete JSON.*cut short/);
  });

  it('empty and non-object files', async () => {
    expect(await rejection('')).toMatch(/empty/);
    expect(await rejection('[1,2]')).toMatch(/not a Cable Reader export/);
    expect(await rejection('"text"')).toMatch(/not a Cable Reader export/);
  });

  it('wrong format name', async () => {
    const file = await validFile();
    expect(await rejection(JSON.stringify({ ...file, format: 'hypothesis-export' }))).toMatch(
      /format is "hypothesis-export", expected "cable-reader-export"/,
    );
  });

  it('a newer or unknown version', async () => {
    const file = await validFile();
    expect(await rejection(JSON.stringify({ ...file, version: 2 }))).toMatch(
      /newer Cable Reader.*version 2.*Update/,
    );
    expect(await rejection(JSON.stringify({ ...file, version: '1' }))).toMatch(
      /version "1" is not supported/,
    );
  });

  it('a malformed selector, with its path', async () => {
    const file = await validFile();
    file.bookmarks[2].selectors = [{ type: 'TextQuoteSelector', exact: 'x', prefix: '' }];
    expect(await rejection(JSON.stringify(file))).toMatch(
      /bookmarks\[2\]\.selectors\[0\]\.suffix: missing \(and 1 more problem\)/,
    );
    file.bookmarks[2].selectors = [
      { type: 'TextQuoteSelector', exact: 5, prefix: '', suffix: '' },
      file.bookmarks[1].selectors[1],
    ];
    expect(await rejection(JSON.stringify(file))).toMatch(
      /bookmarks\[2\]\.selectors\[0\]\.exact: expected string, got 5\./,
    );
  });

  it('non-string note text', async () => {
    const file = await validFile();
    file.notes[1].text = { toString: 'function' };
    expect(await rejection(JSON.stringify(file))).toMatch(/notes\[1\]\.text: expected string, got Object/);
  });

  it('prototype-pollution keys anywhere', async () => {
    const file = await validFile();
    const text = JSON.stringify(file).replace(
      '"text":"Ask Þórður"',
      '"text":"Ask Þórður","__proto__":{"polluted":true}',
    );
    expect(await rejection(text)).toMatch(/notes\[\d\]\.__proto__: this key is not allowed/);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    file.cables[0].saved.document.meta.constructor = { prototype: {} };
    expect(await rejection(JSON.stringify(file))).toMatch(/cables\[0\]\.saved\.document\.meta\.constructor/);
  });

  it('unknown fields', async () => {
    const file = await validFile();
    file.notes[0].html = '<b>bold</b>';
    expect(await rejection(JSON.stringify(file))).toMatch(/notes\[0\]\.html: unexpected field/);
  });

  it('huge values and huge files', async () => {
    const file = await validFile();
    file.notes[0].text = 'x'.repeat(100_001);
    expect(await rejection(JSON.stringify(file))).toMatch(/notes\[0\]\.text: Invalid length/);
    expect(() => parseExport(JSON.stringify(file), 1000)).toThrow(
      /too large to import .* the limit is 0\.0 MB/,
    );
  });

  it('absurd nesting', async () => {
    const file = await validFile();
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100; i++) deep = [deep];
    file.cables[0].saved.document.meta.tags = deep;
    expect(await rejection(JSON.stringify(file))).toMatch(/nested more than 64 levels/);
  });

  it('links that are not http(s)', async () => {
    const file = await validFile();
    file.cables[0].urls[0].url = 'javascript:alert(1)';
    expect(await rejection(JSON.stringify(file))).toMatch(
      /cables\[0\]\.urls\[0\]\.url: expected an http\(s\) URL/,
    );
  });

  it('broken references and duplicates', async () => {
    const file = await validFile();
    const orphanNote = { ...file.notes[0], bookmarkId: '08ASTANA1#99' };
    expect(await rejection(JSON.stringify({ ...file, notes: [orphanNote] }))).toMatch(
      /notes\[0\]\.bookmarkId: no bookmark "08ASTANA1#99" in this file/,
    );
    const dup = { ...file, bookmarks: [...file.bookmarks, file.bookmarks[0]] };
    expect(await rejection(JSON.stringify(dup))).toMatch(/bookmarks\[3\]\.id: ".*" appears more than once/);
    const stray = { ...file, cables: file.cables.slice(1) };
    expect(await rejection(JSON.stringify(stray))).toMatch(/bookmarks\[0\]\.cableId: no cable "08ASTANA1"/);
    const wrongDoc = await validFile();
    wrongDoc.cables[0].saved.document.id = '99OTHER1';
    expect(await rejection(JSON.stringify(wrongDoc))).toMatch(
      /cables\[0\]\.saved\.document\.id: expected "08ASTANA1"/,
    );
  });

  it('a bad time', async () => {
    const file = await validFile();
    file.bookmarks[0].updatedAt = 'yesterday';
    expect(await rejection(JSON.stringify(file))).toMatch(
      /bookmarks\[0\]\.updatedAt: expected an ISO 8601 time/,
    );
  });
});
