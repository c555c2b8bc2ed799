// Library benchmark (issue 16 scale): 1,000 saved cables (the corpus's real texts, repeated under distinct ids)
// with 10,000 notes and 2,000 highlights. Under Node (fake-indexeddb) it times the search index's first build,
// its save and reload, and each search keystroke through the background's handler, and weighs the saved index
// against the text it covers; in Chromium it imports the same library into the extension and times the library
// page's first render (warm and cold service worker) and each keystroke from input to results in the DOM.
// Reports figures and the goals; asserts none.
//
// Usage: tsx tests/bench/library.ts [--no-build] [--library-runs N] [--node-only | --browser-only]
//   [--extension DIR] (time that build instead of this tree's, e.g. main's, for before and after)
import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { canonicalId } from '../../lib/cable/header/ids';
import { parseCable } from '../../lib/cable/parse';
import type { CableDocument } from '../../lib/cable/types';
import { createBackgroundRouter } from '../../lib/messaging/background-router';
import { IMPORT_PIECE_CHARS } from '../../lib/messaging/extension-requests';
import { createBrowserHandlers } from '../../lib/messaging/handlers/browser';
import { cableDocs } from '../../lib/search/documents';
import { cableText, describeQuote, findBlock } from '../../lib/store/anchoring';
import { cableRecordFrom } from '../../lib/store/cables';
import { openCableDb } from '../../lib/store/db';
import { buildExport, serializeExport } from '../../lib/store/export';
import type { StoreContents } from '../../lib/store/merge';
import { Repository } from '../../lib/store/repository';
import { HIGHLIGHT_COLOURS } from '../../lib/store/schema';
import { browserSkipReason, chromiumPath, launchWithExtension } from '../browser/fixture';
import { hasCorpus } from '../corpus';
import { everyCorpusInput } from '../corpus/inputs';
import { seededRandom } from '../fixtures/mutations';
import { fakeBrowser } from '../fixtures/router';
import { buildCopy } from './browser/build';
import { describeLine, describeMachine } from './browser/machine';
import { type FirstRender, keystrokeMarks, openMarked, typeLast } from './browser/marks';
import { stopWorkers } from './browser/service-worker';
import { ms, table } from './browser/stats';

const CABLES = 1_000;
const NOTES_PER_CABLE = 10;
/** Of a cable's notes, this many sit on bookmarked paragraphs; the rest are on the whole cable. */
const PARAGRAPH_NOTES = 7;
const HIGHLIGHTS_PER_CABLE = 2;
const TAGS = ['follow up', 'key fact', 'energy', 'to cite', 'sources', 'ask embassy', 'timeline', 'names'];
const NOTE_WORDS = (
  'follow up compare with the earlier reporting ask whether the ministry confirmed this check the date and ' +
  'the names cited here useful for the chapter on energy contradicts what the embassy said later'
).split(' ');

interface Options {
  build: boolean;
  runs: number;
  nodeOnly: boolean;
  browserOnly: boolean;
  /** Another build to time; this tree's own otherwise. */
  extension: string | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { build: true, runs: 7, nodeOnly: false, browserOnly: false, extension: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--no-build') options.build = false;
    else if (argv[i] === '--node-only') options.nodeOnly = true;
    else if (argv[i] === '--browser-only') options.browserOnly = true;
    else if (argv[i] === '--library-runs') options.runs = Math.max(1, Number(argv[++i]) || 7);
    else if (argv[i] === '--extension') options.extension = argv[++i] ?? null;
  }
  return options;
}

function stats(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), min: sorted[0] ?? Number.NaN };
}

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

/** The corpus's cables as the pipeline reads them, each under the id its page gives. */
function corpusDocuments(): CableDocument[] {
  const docs: CableDocument[] = [];
  for (const input of everyCorpusInput()) {
    const pageId = input.name.split('/').at(-1) as string;
    const doc = parseCable({ ...input.raw, pageMeta: { id: pageId, ...input.raw.pageMeta } });
    if (doc.id && doc.blocks.some((b) => b.text.trim())) docs.push(doc);
  }
  return docs;
}

/** A distinct reference id for the `copy`th repeat of a cable: the copy number put before its serial. */
function repeatedId(id: string, copy: number): string | null {
  if (copy === 0) return id;
  const match = /^(.*?)(\d+)$/.exec(id);
  if (!match) return null;
  return canonicalId(`${match[1]}${copy}${(match[2] as string).padStart(6, '0')}`);
}

/** The library: 1,000 saved cables, 10,000 notes (7 per cable on bookmarked paragraphs), 2,000 highlights. */
function library(): { contents: StoreContents; distinctTexts: number; phrases: string[] } {
  const random = seededRandom(16);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const noteText = () =>
    Array.from({ length: 8 + Math.floor(random() * 20) }, () => pick(NOTE_WORDS)).join(' ');
  const tags = () => (random() < 0.4 ? [pick(TAGS)] : random() < 0.2 ? [pick(TAGS), pick(TAGS)] : []);
  const base = corpusDocuments();
  const contents: StoreContents = { cables: [], snapshots: [], bookmarks: [], notes: [], highlights: [] };
  const now = Date.UTC(2024, 0, 1);
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (let c = 0, copy = 0; contents.cables.length < CABLES; c++) {
    if (c === base.length) {
      c = 0;
      copy++;
    }
    const source = base[c] as CableDocument;
    const id = repeatedId(source.id as string, copy);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const doc: CableDocument = { ...source, id };
    const text = cableText(doc);
    const at = now + contents.cables.length * 1000;
    const url = `https://wikileaks.org/cable/2009/01/${id}.html`;
    contents.cables.push(cableRecordFrom({ document: doc, url, site: 'wikileaks.org' }, undefined, at));
    contents.snapshots.push({ cableId: id, document: doc, savedAt: at });
    const worded = doc.blocks.filter((b) => b.text.trim().length > 40);
    // Real phrases to search for: three words from the middle of a paragraph of the first copies.
    if (copy === 0 && phrases.length < 6 && worded[2]) {
      const words = worded[2].text.split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w));
      if (words.length > 8) phrases.push(words.slice(4, 7).join(' ').toLowerCase());
    }
    const bookmarkIds: string[] = [];
    for (const block of worded.slice(0, PARAGRAPH_NOTES)) {
      const range = findBlock(text, block.key);
      if (!range) continue;
      const bookmarkId = `${id}#${block.key}`;
      bookmarkIds.push(bookmarkId);
      contents.bookmarks.push({
        id: bookmarkId,
        cableId: id,
        blockKey: block.key,
        label: block.number,
        marking: block.marking,
        selectors: describeQuote(text.text, range.start, range.end),
        orphan: null,
        createdAt: at,
        updatedAt: at,
      });
    }
    for (let n = 0; n < NOTES_PER_CABLE; n++) {
      contents.notes.push({
        id: `note-${id}-${n}`,
        bookmarkId: bookmarkIds[n] ?? null,
        cableId: id,
        text: noteText(),
        tags: tags(),
        createdAt: at + n,
        updatedAt: at + n,
      });
    }
    for (let h = 0; h < HIGHLIGHTS_PER_CABLE; h++) {
      const block = worded[h + 1] ?? worded[0];
      const range = block ? findBlock(text, block.key) : null;
      if (!block || !range) continue;
      const start = range.start + Math.min(10, range.end - range.start - 1);
      const end = Math.min(range.end, start + 80);
      contents.highlights?.push({
        id: `highlight-${id}-${h}`,
        cableId: id,
        blockKey: block.key,
        label: block.number,
        selectors: describeQuote(text.text, start, end),
        colour: pick(HIGHLIGHT_COLOURS),
        note: random() < 0.5 ? noteText() : '',
        tags: tags(),
        orphan: null,
        createdAt: at + 20 + h,
        updatedAt: at + 20 + h,
      });
    }
  }
  return { contents, distinctTexts: base.length, phrases };
}

/** What the index covers, in UTF-8 bytes: every text its search documents hold. */
function groupBy<T extends { cableId: string }>(list: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) out.set(item.cableId, [...(out.get(item.cableId) ?? []), item]);
  return out;
}

function indexedTextBytes(contents: StoreContents): number {
  const notes = groupBy(contents.notes);
  const highlights = groupBy(contents.highlights ?? []);
  const docs = new Map(contents.snapshots.map((s) => [s.cableId, s.document]));
  let bytes = 0;
  for (const cable of contents.cables) {
    for (const doc of cableDocs({
      cable,
      document: docs.get(cable.id) ?? null,
      notes: notes.get(cable.id) ?? [],
      bookmarkKeys: new Map(),
      highlights: highlights.get(cable.id) ?? [],
    })) {
      bytes += utf8(doc.text) + utf8(doc.tags);
    }
  }
  return bytes;
}

/** Every prefix of each query: what the field holds after each keystroke. */
const keystrokesOf = (queries: readonly string[]) =>
  queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

interface NodeFigures {
  buildMs: number;
  saveMs: number;
  indexBytes: number;
  textBytes: number;
  savedCopyBytes: number;
  reloadMs: number;
  reloadedSaved: boolean;
  keystrokes: ReturnType<typeof stats>;
  keystrokeCount: number;
  afterWriteMs: number;
}

async function nodeBench(contents: StoreContents, queries: readonly string[]): Promise<NodeFigures> {
  const name = `bench-library-${Date.now()}`;
  const seed = await Repository.open({ name });
  await seed.merge(contents);
  seed.close();

  // A background that finds no saved index: the one full build, then the save.
  const first = await Repository.open({ name });
  const [buildMs] = await time(() => first.searchLibrary('warm up'));
  const [saveMs] = await time(() => first.saveSearchIndex());
  first.close();

  const db = await openCableDb({ name });
  const saved = await db.get('searchIndex', 'index');
  db.close();
  const indexBytes = utf8(saved?.json ?? '');

  // A background that just started: it loads the saved index instead of rebuilding.
  const repository = await Repository.open({ name });
  const [reloadMs] = await time(() => repository.searchLibrary('warm up'));
  const reloadedSaved = repository.searchStats.loadedSaved;

  const route = createBackgroundRouter(createBrowserHandlers(fakeBrowser().api, '/reader.js').handlers);
  const context = { repository: async () => repository, now: Date.now };
  const samples: number[] = [];
  const typed = keystrokesOf(queries);
  for (const query of typed) {
    const message = { name: 'library.search', data: { query, limit: 50 } };
    const [took, routed] = await time(() => route(message, 'extension-page', context));
    if (!(routed as { response: { ok: boolean } }).response.ok)
      throw new Error(`bench library: "${query}" failed`);
    samples.push(took);
  }
  // One note written, then a search: the index catches up on that one cable only.
  const note = contents.notes[0];
  if (!note) throw new Error('bench library: no note');
  await repository.updateNote(note.id, { text: `${note.text} zanzibar` });
  const [afterWriteMs] = await time(() => repository.searchLibrary('zanzibar'));
  repository.close();

  return {
    buildMs,
    saveMs,
    indexBytes,
    textBytes: indexedTextBytes(contents),
    savedCopyBytes: contents.snapshots.reduce((n, s) => n + utf8(JSON.stringify(s.document)), 0),
    reloadMs,
    reloadedSaved,
    keystrokes: stats(samples),
    keystrokeCount: typed.length,
    afterWriteMs,
  };
}

function nodeLines(node: NodeFigures): string[] {
  const ratio = node.indexBytes / node.textBytes;
  return [
    `\nNode ${process.version}, fake-indexeddb, through the background's handler:`,
    `  index, first build (no saved index)   ${ms(node.buildMs, 0)} ms`,
    `  index, save                           ${ms(node.saveMs, 0)} ms`,
    `  index, load saved on a fresh start    ${ms(node.reloadMs, 0)} ms (loaded saved: ${node.reloadedSaved})`,
    `  search keystroke (${node.keystrokeCount} keys)           median ${ms(node.keystrokes.median, 2)} ms  p95 ${ms(node.keystrokes.p95, 2)} ms`,
    `  search right after a note changed     ${ms(node.afterWriteMs, 2)} ms`,
    `  index stored ${mb(node.indexBytes)} for ${mb(node.textBytes)} of indexed text: ${ratio.toFixed(2)}x ` +
      `(saved copies as stored: ${mb(node.savedCopyBytes)})`,
  ];
}

const MARKS = 'cable-reader:library';

/** Opens the library page afresh; navigation start to the table in the DOM, and its parts. */
async function openLibrary(tab: Page, url: string): Promise<FirstRender> {
  return (await openMarked(tab, url, MARKS)).render;
}

interface Keystroke {
  total: number;
  roundTrip: number;
  draw: number;
}

/** Types each query a character at a time into the library's search field, timing input to results in the DOM. */
async function typeQueries(tab: Page, queries: readonly string[]): Promise<Keystroke[]> {
  const box = tab.locator('input.lib-search');
  const keystrokes: Keystroke[] = [];
  for (const query of queries) {
    await box.fill('');
    await tab.waitForFunction(() => !document.querySelector('.lib-results, .lib-index > .lib-muted + ol'));
    for (let n = 1; n <= query.length; n++) {
      const value = query.slice(0, n);
      await typeLast(tab, value);
      if (!value.trim()) continue;
      const { inputAt, at } = await keystrokeMarks(tab, MARKS, value);
      keystrokes.push({
        total: at('results') - inputAt,
        roundTrip: at('answer') - at('request'),
        draw: at('results') - at('answer'),
      });
    }
  }
  return keystrokes;
}

/** Sends the export to the extension's import in pieces, as the backup page does. */
async function importInPieces(send: (message: unknown) => Promise<unknown>, text: string): Promise<void> {
  let token: string | undefined;
  for (let at = 0; at < text.length; at += IMPORT_PIECE_CHARS) {
    const last = at + IMPORT_PIECE_CHARS >= text.length;
    const piece = text.slice(at, at + IMPORT_PIECE_CHARS);
    const answer = (await send({
      name: 'backup.import',
      data: { text: piece, last, ...(token ? { token } : {}) },
    })) as { ok: boolean; value?: { token: string; status: string }; error?: { message: string } };
    if (!answer.ok || !answer.value)
      throw new Error(`bench library: import failed: ${answer.error?.message}`);
    token = answer.value.token;
    if (last && answer.value.status !== 'imported')
      throw new Error(`bench library: import ended ${answer.value.status}`);
  }
}

async function browserBench(
  contents: StoreContents,
  queries: readonly string[],
  options: Options,
): Promise<string[]> {
  const extension = options.extension ? null : buildCopy(options.build);
  const extensionDir = options.extension ? resolve(options.extension) : (extension?.dir as string);
  const bench = await launchWithExtension({ extensionDir });
  try {
    const machine = await describeMachine(bench.context);
    const text = serializeExport(buildExport(contents, Date.UTC(2024, 6, 1)));
    const [importMs] = await time(() => importInPieces((m) => bench.sendMessage(m), text));
    const url = bench.extensionUrl('library.html');
    const tab = await bench.context.newPage();
    await tab.setViewportSize({ width: 1280, height: 900 });
    // The first visit builds the index in the background's idle time after the list; let that finish.
    await openLibrary(tab, url);
    await tab.locator('input.lib-search').fill('warm');
    await tab.waitForFunction(
      () => performance.getEntriesByName('cable-reader:library-results').length > 0,
      null,
      {
        timeout: 120_000,
      },
    );
    const warm: FirstRender[] = [];
    for (let i = 0; i < options.runs; i++) warm.push(await openLibrary(tab, url));
    const rows = await tab.locator('.lib-table tbody tr').count();
    const keystrokes = await typeQueries(tab, queries);
    const cold: FirstRender[] = [];
    for (let i = 0; i < options.runs; i++) {
      await stopWorkers(bench.context, tab, bench.extensionId);
      cold.push(await openLibrary(tab, url));
    }
    // A cold background's first search: it loads the saved index.
    await stopWorkers(bench.context, tab, bench.extensionId);
    await openLibrary(tab, url);
    const coldKeys = await typeQueries(tab, [queries[0] ?? 'embassy']);

    const renderRows = (label: string, runs: FirstRender[]) => {
      const row = (name: string, pick: (r: FirstRender) => number) => {
        const s = stats(runs.map(pick));
        return [`${label}: ${name}`, ms(s.median, 1), ms(s.p95, 1), ms(s.min, 1)];
      };
      return [
        row('navigation -> table in DOM', (r) => r.readyMs),
        row('navigation -> list request', (r) => r.requestMs),
        row('list request round trip', (r) => r.roundTripMs),
        row('answer -> table in DOM', (r) => r.drawMs),
      ];
    };
    const keyRow = (name: string, list: Keystroke[], pick: (k: Keystroke) => number) => {
      const s = stats(list.map(pick));
      return [`search keystroke: ${name}`, ms(s.median, 1), ms(s.p95, 1), ms(s.min, 1)];
    };
    return [
      `\nChromium (${extensionDir}): ${describeLine(machine)}`,
      `Export ${mb(text.length)} imported in ${ms(importMs, 0)} ms; the table shows ${rows} rows.\n`,
      table(
        ['measure (ms)', 'median', 'p95', 'min'],
        [
          ...renderRows(`warm SW (${warm.length} runs)`, warm),
          ...renderRows(`cold SW (${cold.length} runs)`, cold),
          keyRow(`input -> results in DOM (${keystrokes.length} keys)`, keystrokes, (k) => k.total),
          keyRow('request round trip', keystrokes, (k) => k.roundTrip),
          keyRow('answer -> results in DOM', keystrokes, (k) => k.draw),
          keyRow(`cold SW, first query typed (${coldKeys.length} keys)`, coldKeys, (k) => k.total),
        ],
      ),
    ];
  } finally {
    await bench.close();
    extension?.remove();
  }
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (!hasCorpus()) {
    console.log('bench:library skipped: no corpus (set CABLE_CORPUS)');
    return 0;
  }
  const load = loadavg().map((l) => l.toFixed(2));
  const [prepareMs, { contents, distinctTexts, phrases }] = await time(() => library());
  const queries = [...phrases.slice(0, 4), 'embassy', 'follow up energy'];
  const notesOnHighlights = (contents.highlights ?? []).filter((h) => h.note).length;
  console.log(
    `Library bench: ${contents.cables.length} saved cables (${distinctTexts} distinct corpus texts), ` +
      `${contents.notes.length} notes (${contents.bookmarks.length} bookmarks), ` +
      `${contents.highlights?.length ?? 0} highlights (${notesOnHighlights} with a note); ` +
      `prepared in ${ms(prepareMs, 0)} ms. Load average ${load.join(' ')}.`,
  );
  console.log(`Queries typed: ${queries.map((q) => `"${q}"`).join(', ')}`);

  if (!options.browserOnly) console.log(nodeLines(await nodeBench(contents, queries)).join('\n'));
  if (!options.nodeOnly) {
    if (!existsSync(chromiumPath)) browserSkipReason('bench:library');
    else console.log((await browserBench(contents, queries, options)).join('\n'));
  }
  console.log(
    '\nGoals (issue 16): search keystroke < 30 ms median; library first render < 150 ms; index storage < 2x the ' +
      `text size. Load average at the end ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}.`,
  );
  return 0;
}

process.exitCode = await main();
