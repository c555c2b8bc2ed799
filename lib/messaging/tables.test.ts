// The table-driven suite over every message entry: a valid example is accepted and answered with the entry's
// declared type, mutated data is refused, and every sender the entry does not list is refused.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cableInput, makeDocument, PARAGRAPHS } from '../../tests/fixtures/documents';
import { fakeBrowser, testRouter, VIEW_STATE } from '../../tests/fixtures/router';
import { sightingOf } from '../store/cables';
import { StoreError } from '../store/errors';
import type { RemovedBookmark } from '../store/results';
import type { HighlightRecord, NoteRecord } from '../store/schema';
import { backgroundRequests, createBackgroundRouter } from './background-router';
import type { BackgroundRequests, TabRequests } from './client';
import type { AnswerOf, DataOf, Entry } from './define';
import { createBrowserHandlers } from './handlers/browser';
import { createRouter } from './router';
import type { SenderKind } from './senders';
import { tabRequests } from './tab-requests';

const KINDS: readonly SenderKind[] = ['page', 'extension-frame', 'extension-page', 'unknown'];
const CABLE = '08ASTANA1';
const doc = makeDocument(CABLE, PARAGRAPHS, { subject: 'Pipeline tender reopened' });
const cable = cableInput(doc);
const UNDO = '3c9e1f7a-2b4d-4e6f-8a1c-5d7e9f0b2c4a';

/** What every case starts from: block 2 bookmarked with a note, block 4's bookmark removed (for undo). */
interface Seed {
  bookmarkId: string;
  note: NoteRecord;
  removed: RemovedBookmark;
  /** A highlight on paragraph 3 with a note and a tag. */
  highlight: HighlightRecord;
  /** The write id of the toggle that removed block 5's bookmark (what `bookmark.undoRemove` names). */
  undo: string;
}

interface Case<E> {
  valid: (seed: Seed) => DataOf<E>;
  /** Data that must be refused (extra keys are tried on every entry besides these). */
  invalid: unknown[];
  /** Asserts the answer to `valid` is what the entry declares. */
  answers: (value: AnswerOf<E>, seed: Seed) => void;
}

type Cases<T> = { [K in keyof T]: Case<T[K]> };

const note = expect.objectContaining({ cableId: CABLE, text: expect.any(String), id: expect.any(String) });
const groupPage = (value: { groups: unknown[]; total: number }) => {
  expect(value.total).toBe(value.groups.length);
  expect(value.groups[0]).toMatchObject({ cable: { id: CABLE }, bookmarks: expect.any(Array) });
};

const background: Cases<BackgroundRequests> = {
  'bookmark.forCable': {
    valid: () => ({ cableId: CABLE, blocks: doc.blocks.map(({ key, text }) => ({ key, text })) }),
    invalid: [{}, { cableId: '' }, { cableId: CABLE, blocks: [{ key: '', text: 'x' }] }],
    answers: (value) =>
      expect(value).toEqual({
        cableId: CABLE,
        bookmarks: [expect.objectContaining({ blockKey: '2', hasNotes: true })],
        hasCableNotes: false,
      }),
  },
  'bookmark.toggle': {
    valid: () => ({ cable, blockKey: '3' }),
    invalid: [{ cable, blockKey: '' }, { cable: { ...cable, url: 7 }, blockKey: '3' }, { blockKey: '3' }],
    answers: (value) => expect(value).toEqual({ bookmarked: true, bookmarkIds: [`${CABLE}#3`], undo: null }),
  },
  'bookmark.undoRemove': {
    valid: ({ undo }) => ({ undo }),
    invalid: [{}, { undo: 'not-a-write-id' }, { undo: 5 }, { undo: UNDO.toUpperCase() }],
    answers: (value) => expect(value).toEqual({ bookmarkIds: [`${CABLE}#5`] }),
  },
  'cable.seen': {
    valid: () => ({ sighting: sightingOf(cable) }),
    invalid: [{}, { cable }, { sighting: { ...sightingOf(cable), digest: 'not hex' } }],
    answers: (value) => expect(value).toEqual({ kept: true, copyWanted: false }),
  },
  'cable.save': {
    valid: () => ({ cable }),
    invalid: [{}, { cable: null }],
    answers: (value) => expect(value).toEqual({ cableId: CABLE, differs: [] }),
  },
  'note.openPage': {
    valid: () => ({ cableId: CABLE, blockKey: '4' }),
    invalid: [
      { cableId: '', blockKey: '4' },
      { cableId: CABLE },
      { cableId: CABLE, blockKey: 4 },
      { cableId: CABLE, blockKey: 'k'.repeat(101) },
    ],
    answers: (value) => expect(value).toBeNull(),
  },
  'view.loadReader': {
    valid: () => ({}),
    invalid: [null, 'go'],
    answers: (value) => expect(value).toBeNull(),
  },
  'view.showing': {
    valid: () => ({ state: 'original' }),
    invalid: [{}, { state: 'shown' }, { state: 1 }],
    answers: (value) => expect(value).toBeNull(),
  },
  'options.open': { valid: () => ({}), invalid: [null, 5], answers: (value) => expect(value).toBeNull() },
  'clipboard.write': {
    valid: () => ({ text: 'Cable 08ASTANA1147, para. 4' }),
    invalid: [{}, { text: 5 }, { text: 'x'.repeat(100_001) }],
    answers: (value) => expect(value).toBe(true),
  },
  'command.shortcut': {
    valid: () => ({ command: 'toggle-view' }),
    invalid: [{}, { command: 1 }],
    answers: (value) => expect(value).toBe('Alt+Shift+V'),
  },
  'note.list': {
    valid: () => ({ cableId: CABLE }),
    invalid: [{ cableId: 'no spaces' }],
    answers: (value) => expect(value).toEqual([note]),
  },
  'note.add': {
    valid: ({ bookmarkId }) => ({ cableId: CABLE, bookmarkId, text: 'Second thought' }),
    invalid: [
      { cableId: CABLE, bookmarkId: null, text: 42 },
      { cableId: CABLE, text: 'x' },
      { cableId: CABLE, bookmarkId: null, text: 'x'.repeat(1_000_001) },
      { cableId: CABLE, bookmarkId: null, text: 'x', tags: 'energy' },
    ],
    answers: (value, { bookmarkId }) => expect(value).toMatchObject({ bookmarkId, text: 'Second thought' }),
  },
  'note.update': {
    valid: ({ note }) => ({ noteId: note.id, text: 'Edited' }),
    invalid: [{ noteId: '', text: 'x' }, { noteId: 'n' }, { noteId: 'n', tags: [42] }],
    answers: (value, seed) => expect(value).toMatchObject({ id: seed.note.id, text: 'Edited' }),
  },
  'note.delete': {
    valid: ({ note }) => ({ noteId: note.id }),
    invalid: [{ noteId: 5 }, {}],
    answers: (value, seed) => expect(value).toEqual(seed.note),
  },
  'note.restore': {
    valid: ({ note }) => ({ note: { ...note, id: 'restored' } }),
    invalid: [{ note: {} }, { note: { id: 'x' } }],
    answers: (value) => expect(value).toBeNull(),
  },
  'cable.get': {
    valid: () => ({ cableId: CABLE }),
    invalid: [{ cableId: null }],
    answers: (value) =>
      expect(value).toMatchObject({
        cable: { id: CABLE },
        document: { id: CABLE },
        bookmarks: [{ placedKey: '2' }],
      }),
  },
  'bookmark.delete': {
    valid: ({ bookmarkId }) => ({ bookmarkId }),
    invalid: [{ bookmarkId: '' }, { id: 'x' }],
    answers: (value, { bookmarkId }) =>
      expect(value).toMatchObject({ bookmark: { id: bookmarkId }, notes: [note] }),
  },
  'bookmark.restore': {
    valid: ({ removed }) => ({ removed: [removed] }),
    invalid: [{ removed: [{ bookmark: {} }] }, { removed: {} }],
    answers: (value) => expect(value).toBeNull(),
  },
  'bookmark.list': {
    valid: () => ({ limit: 10 }),
    invalid: [{ limit: -1 }, { offset: 1.5 }],
    answers: groupPage,
  },
  'bookmark.counts': {
    valid: () => ({}),
    invalid: [null, { limit: 1 }],
    // The bookmark's note and the highlight's note, as the library's row counts them.
    answers: (value) => expect(value).toEqual({ cables: 1, bookmarks: 1, notes: 2 }),
  },
  'bookmark.search': {
    valid: () => ({ query: 'astana' }),
    invalid: [{}, { query: 'x'.repeat(1_001) }, { query: '', tag: 7 }],
    answers: groupPage,
  },
  'bookmark.searchIndex': {
    valid: () => ({ offset: 0, limit: 10 }),
    invalid: [{}, { offset: 0, limit: 101 }, { cableIds: [''] }, { offset: 0, limit: 1, cableIds: [] }],
    answers: (value) => {
      expect(value.total).toBe(value.entries.length);
      expect(value.entries[0]).toMatchObject({ group: { cable: { id: CABLE } }, quotes: expect.any(Object) });
      expect(value.revision).toEqual(expect.any(Number));
    },
  },
  'backup.export': {
    valid: () => ({ format: 'json' }),
    invalid: [{ format: 'csv' }, {}, { format: 'json', token: 'not-a-token' }],
    answers: (value) => {
      expect(value).toMatchObject({
        fileName: 'cable-reader-2024-05-01.json',
        mimeType: 'application/json',
        done: true,
        token: expect.stringMatching(/^[0-9a-f-]{36}$/),
      });
      expect(JSON.parse(value.text)).toMatchObject({ format: 'cable-reader-export' });
    },
  },
  'backup.import': {
    valid: () => ({
      text: JSON.stringify({
        format: 'cable-reader-export',
        version: 1,
        exportedAt: '2024-05-01T00:00:00.000Z',
        cables: [],
        bookmarks: [],
        notes: [],
      }),
    }),
    invalid: [{ text: 5 }, {}, { text: '', last: 'yes' }, { text: '', acceptValid: 1 }],
    answers: (value) =>
      expect(value).toMatchObject({
        status: 'imported',
        report: { cables: { added: 0 }, bookmarks: { added: 0 } },
        skippedCount: 0,
      }),
  },
  'highlight.forCable': {
    valid: () => ({ cableId: CABLE, blocks: doc.blocks.map(({ key, text }) => ({ key, text })) }),
    invalid: [{ cableId: CABLE }, { cableId: CABLE, blocks: 'x' }],
    answers: (value, { highlight }) => {
      expect(value.highlights).toEqual([
        expect.objectContaining({ id: highlight.id, colour: 'blue', hasNote: true, orphan: null }),
      ]);
      expect(JSON.stringify(value)).not.toContain('Seeded note');
    },
  },
  'highlight.add': {
    valid: () => ({ cable, start: 10, end: 60, colour: 'yellow' }),
    invalid: [
      { cable, start: -1, end: 60, colour: 'yellow' },
      { cable, start: 10, end: 60, colour: 'red' },
      { cable, start: 10, end: 60, colour: 'yellow', note: 'from a page' },
    ],
    answers: (value) => expect(value).toEqual({ id: expect.any(String), cableId: CABLE }),
  },
  'highlight.list': {
    valid: () => ({ cableId: CABLE }),
    invalid: [{}, { cableId: CABLE, blocks: [{}] }],
    answers: (value, { highlight }) =>
      expect(value).toEqual([
        { highlight, placed: expect.objectContaining({ blockKey: '3', orphan: null }) },
      ]),
  },
  'highlight.update': {
    valid: ({ highlight }) => ({ highlightId: highlight.id, note: 'Changed', tags: ['x', 'y'] }),
    invalid: [{ highlightId: '' }, { highlightId: 'h', colour: 'red' }, { highlightId: 'h', tags: 'x' }],
    answers: (value) => expect(value).toMatchObject({ note: 'Changed', tags: ['x', 'y'] }),
  },
  'highlight.delete': {
    valid: ({ highlight }) => ({ highlightId: highlight.id }),
    invalid: [{}, { highlightId: 3 }],
    answers: (value, { highlight }) => expect(value).toEqual(highlight),
  },
  'highlight.restore': {
    valid: ({ highlight }) => ({ highlight: { ...highlight, id: 'restored' } }),
    invalid: [{ highlight: {} }, { highlight: null }],
    answers: (value) => expect(value).toBeNull(),
  },
  'panel.tabId': {
    valid: () => ({}),
    invalid: [7],
    answers: (value) => expect(value).toBe(7),
  },
  'tag.list': {
    valid: () => ({}),
    invalid: [null],
    answers: (value) => expect(value).toEqual([{ tag: 'follow up', count: 1 }]),
  },
  'library.list': {
    valid: () => ({ limit: 1 }),
    invalid: [5, { limit: 0 }, { limit: 1.5 }],
    answers: (value) =>
      expect(value).toEqual({
        entries: [expect.objectContaining({ id: CABLE, bookmarks: 1, highlights: 1 })],
        total: 1,
      }),
  },
  'library.search': {
    valid: () => ({ query: 'pricing formula' }),
    invalid: [{}, { query: 'x', limit: 0 }, { query: 'x'.repeat(1_001) }],
    answers: (value) =>
      expect(value.hits[0]).toMatchObject({ cableId: CABLE, kind: 'paragraph', blockKey: '2' }),
  },
  'annotation.export': {
    valid: () => ({}),
    invalid: [null],
    answers: (value) => {
      expect(value.mimeType).toBe('application/ld+json');
      expect(JSON.parse(value.text)).toMatchObject({ type: 'AnnotationCollection', total: 3 });
    },
  },
  'command.run': {
    valid: () => ({ command: 'toggle-view', tabId: 7 }),
    invalid: [{ command: 'toggle-view', tabId: '12' }, { command: 'toggle-view', tabId: 1.5 }, {}],
    answers: (value) => expect(value).toBe(true),
  },
};

/** A declined page's answer (entrypoints/content/decline.ts). */
const DECLINE = { code: 'not-cable', reason: 'no cable-shaped text (score 1: +1 SUBJECT line)' } as const;

const tab: Cases<TabRequests> = {
  'view.getState': {
    valid: () => ({}),
    invalid: [null],
    answers: (value) => expect(value).toEqual(VIEW_STATE),
  },
  'view.toggle': {
    valid: () => ({}),
    invalid: ['toggle'],
    answers: (value) => expect(value).toEqual(VIEW_STATE),
  },
  'view.setMode': {
    valid: () => ({ mode: 'original' }),
    invalid: [{ mode: 'dark' }, {}],
    answers: (value) => expect(value).toEqual(VIEW_STATE),
  },
  'view.goTo': {
    valid: () => ({ key: '4' }),
    invalid: [{ key: '' }, { key: 'k'.repeat(40) }, { key: 4 }],
    answers: (value) => expect(value).toBe(true),
  },
  'page.whyNotRead': {
    valid: () => ({}),
    invalid: [{ code: 'not-cable' }, null],
    answers: (value) => expect(value).toEqual(DECLINE),
  },
};

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function seeded() {
  const router = await testRouter('tables');
  cleanups.push(router.close);
  const { repository } = router;
  await repository.addBookmark(cable, '4');
  const removed = await repository.removeBookmark(`${CABLE}#4`);
  await repository.addBookmark(cable, '5');
  await repository.toggleBookmark(cable, '5', { writeId: UNDO });
  const bookmark = await repository.addBookmark(cable, '2');
  const added = await repository.addNote({ cableId: CABLE, bookmarkId: bookmark.id, text: 'First thought' });
  const third = doc.blocks[2]?.text ?? '';
  const start = doc.blocks.slice(0, 2).reduce((n, b) => n + b.text.length + 2, 0);
  const highlight = await repository.addHighlight(
    cable,
    { start, end: start + third.indexOf('.') },
    {
      colour: 'blue',
      note: 'Seeded note',
      tags: ['follow up'],
    },
  );
  return {
    router,
    seed: { bookmarkId: bookmark.id, note: added, removed, highlight, undo: UNDO } satisfies Seed,
  };
}

/** Entry name, entry, case, as `it.each` rows. */
function rows<T extends Record<string, Entry>>(table: T, cases: Cases<T>) {
  return Object.keys(table).map((name) => [name, table[name] as Entry, cases[name] as Case<Entry>] as const);
}

describe('the background tables', () => {
  it('have a case for every entry, and no two tables share a name', () => {
    expect(Object.keys(background).sort()).toEqual(Object.keys(backgroundRequests).sort());
    expect(Object.keys(tab).sort()).toEqual(Object.keys(tabRequests).sort());
  });

  it('let a page ask only what reveals no note', () => {
    const fromPage = Object.entries(backgroundRequests).filter(([, entry]) => entry.from.includes('page'));
    expect(fromPage.map(([name]) => name).sort()).toEqual([
      'bookmark.forCable',
      'bookmark.toggle',
      'bookmark.undoRemove',
      'cable.save',
      'cable.seen',
      'clipboard.write',
      'command.shortcut',
      'highlight.add',
      'highlight.forCable',
      'note.openPage',
      'options.open',
      'view.loadReader',
      'view.showing',
    ]);
  });

  it('keep note text to extension documents, and bulk and file requests to extension pages', () => {
    const from = (name: keyof BackgroundRequests) => [...backgroundRequests[name].from].sort();
    for (const name of [
      'note.list',
      'note.add',
      'note.update',
      'note.delete',
      'note.restore',
      'cable.get',
      'highlight.list',
      'highlight.update',
      'highlight.delete',
      'highlight.restore',
      'tag.list',
    ] as const)
      expect(from(name), name).toEqual(['extension-frame', 'extension-page']);
    for (const name of [
      'bookmark.delete',
      'bookmark.restore',
      'bookmark.list',
      'bookmark.counts',
      'bookmark.search',
      'bookmark.searchIndex',
      'backup.export',
      'backup.import',
      'command.run',
      'library.list',
      'library.search',
      'annotation.export',
    ] as const)
      expect(from(name), name).toEqual(['extension-page']);
  });

  describe.each(rows(backgroundRequests, background))('%s', (name, entry, example) => {
    it('accepts a valid example and answers with its declared type', async () => {
      const { router, seed } = await seeded();
      const sender = entry.from.includes('extension-page') ? 'extension-page' : (entry.from[0] as SenderKind);
      const { response } = await router.send(name, example.valid(seed), sender);
      if (!response.ok) throw new Error(`${name} failed: ${response.error.message}`);
      example.answers(response.value as never, seed);
    });

    it('refuses mutated data, changing nothing', async () => {
      const { router, seed } = await seeded();
      const sender = entry.from.includes('extension-page') ? 'extension-page' : (entry.from[0] as SenderKind);
      const valid = example.valid(seed) as object;
      for (const data of [...example.invalid, { ...valid, sneaky: 1 }]) {
        const routed = await router.send(name, data, sender);
        expect(routed.response, JSON.stringify(data)).toMatchObject({
          ok: false,
          error: { kind: 'invalid' },
        });
        expect(routed.changed).toEqual([]);
      }
      expect(router.calls.filter((c) => c.api !== 'commands.getAll')).toEqual([]);
    });

    it('refuses every sender it does not list', async () => {
      const { router, seed } = await seeded();
      const refused = KINDS.filter((kind) => kind === 'unknown' || !entry.from.includes(kind));
      expect(refused).toContain('unknown');
      for (const kind of refused) {
        const routed = await router.send(name, example.valid(seed), kind);
        expect(routed.response, kind).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
      }
    });
  });
});

describe('the tab table', () => {
  // The clean view answers these in the page (entrypoints/content/reader.tsx); a stand-in answers here.
  const route = createRouter(tabRequests, {
    'view.getState': async () => VIEW_STATE,
    'view.toggle': async () => VIEW_STATE,
    'view.setMode': async () => VIEW_STATE,
    'view.goTo': async () => true,
    'page.whyNotRead': async () => DECLINE,
  });
  const seed = {} as Seed;

  describe.each(rows(tabRequests, tab))('%s', (name, entry, example) => {
    it('accepts a valid example from our extension, refuses mutated data and pages', async () => {
      expect(entry.from).toEqual(['background', 'extension-page']);
      const { response } = await route({ name, data: example.valid(seed) }, 'extension-page', {});
      if (!response.ok) throw new Error(response.error.message);
      example.answers(response.value as never, seed);
      for (const data of [...example.invalid, { ...(example.valid(seed) as object), sneaky: 1 }]) {
        expect((await route({ name, data }, 'extension-page', {})).response).toMatchObject({
          error: { kind: 'invalid' },
        });
      }
      for (const kind of ['page', 'extension-frame', 'unknown'] as const) {
        expect((await route({ name, data: example.valid(seed) }, kind, {})).response).toMatchObject({
          error: { kind: 'forbidden' },
        });
      }
    });
  });
});

describe('the router', () => {
  it('refuses what is not a request by name and data', async () => {
    const { router } = await seeded();
    for (const message of [
      null,
      'bookmark.list',
      { name: 'toString', data: {} },
      { type: 'bookmarks:list' },
    ]) {
      expect((await router.raw(message)).response).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    }
  });

  it('answers a store that cannot open with its error, as data', async () => {
    const route = createBackgroundRouter(createBrowserHandlers(fakeBrowser().api, '/reader.js').handlers);
    const routed = await route({ name: 'bookmark.list', data: {} }, 'extension-page', {
      repository: () => Promise.reject(new StoreError('upgrade-failed')),
      now: Date.now,
    });
    expect(routed).toEqual({
      response: {
        ok: false,
        error: { kind: 'upgrade-failed', message: new StoreError('upgrade-failed').message },
      },
      changed: [],
    });
  });
});
