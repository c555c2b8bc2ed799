// Store benchmark (issue 5 scale): 10,000 bookmarks on 1,000 cables in fake-indexeddb under Node. Reports
// listing, search-per-keystroke, write round trip, export/import and fuzzy anchoring figures; asserts none.
//
// Usage: tsx tests/bench/store.ts [--json]   (--json also writes test-results/bench-store.json)
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createBackgroundRouter } from '../../lib/messaging/background-router';
import { createBrowserHandlers } from '../../lib/messaging/handlers/browser';
import type { SenderKind } from '../../lib/messaging/senders';
import { cableText, describeQuote, findBlock } from '../../lib/store/anchoring';
import { anchor } from '../../lib/store/anchoring/anchor';
import { cableRecordFrom } from '../../lib/store/cables';
import { exportJson } from '../../lib/store/export';
import { importJson } from '../../lib/store/import';
import type { StoreContents } from '../../lib/store/merge';
import { Repository } from '../../lib/store/repository';
import type { BookmarkRecord, NoteRecord } from '../../lib/store/schema';
import { cableInput, makeDocument } from '../fixtures/documents';
import { mutate, seededRandom } from '../fixtures/mutations';
import { fakeBrowser } from '../fixtures/router';

const CABLES = 1_000;
const BOOKMARKS_PER_CABLE = 10;
const PARAGRAPHS_PER_CABLE = 14;
const NOTE_EVERY = 3;

/** The background's router, as it answers a request on an open repository. */
const route = createBackgroundRouter(createBrowserHandlers(fakeBrowser().api, '/reader.js').handlers);
const handleStoreRequest = (repository: Repository, message: unknown, sender: SenderKind) =>
  route(message, sender, { repository: async () => repository, now: Date.now });

const WORDS = (
  'the of ministry embassy minister government tender pipeline officials economic said would report comment ' +
  'press parliament opposition contract consortium election security border treaty delegation visit reform ' +
  'energy oil gas bank corruption court judge president administration military cooperation agreement talks ' +
  'regional trade customs investment council assembly policy ambassador deputy director representatives'
).split(' ');

const random = seededRandom(2024);
const pick = () => WORDS[Math.floor(random() * WORDS.length)] ?? 'the';
const sentence = (words: number) => Array.from({ length: words }, pick).join(' ');

function corpus() {
  return Array.from({ length: CABLES }, (_, i) => {
    // Serials start at 1: a reference id never has serial 0 (the import refuses it).
    const id = `${String(i % 10).padStart(2, '0')}BENCHPOST${i + 1}`;
    const paragraphs = Array.from(
      { length: PARAGRAPHS_PER_CABLE },
      () => `${sentence(55 + Math.floor(random() * 40))}.`,
    );
    return makeDocument(id, paragraphs, { subject: `${sentence(6)} (${id})`, origin: `Embassy ${pick()}` });
  });
}

/** Records as the repository would have written them, merged in one transaction to fill the store fast. */
function contents(docs: ReturnType<typeof corpus>): StoreContents {
  const now = 1_700_000_000_000;
  const result: StoreContents = { cables: [], snapshots: [], bookmarks: [], notes: [] };
  docs.forEach((doc, c) => {
    const id = doc.id ?? '';
    const text = cableText(doc);
    const url = `https://mirror.example/cable/${id}`;
    result.cables.push(cableRecordFrom({ document: doc, url, site: 'mirror.example' }, undefined, now + c));
    result.snapshots.push({ cableId: id, document: doc, savedAt: now + c });
    for (let b = 1; b <= BOOKMARKS_PER_CABLE; b++) {
      const range = findBlock(text, String(b));
      if (!range) continue;
      const bookmark: BookmarkRecord = {
        id: `${id}#${b}`,
        cableId: id,
        blockKey: String(b),
        label: String(b),
        marking: 'C',
        selectors: describeQuote(text.text, range.start, range.end),
        orphan: null,
        createdAt: now + c * 100 + b,
        updatedAt: now + c * 100 + b,
      };
      result.bookmarks.push(bookmark);
      if ((c * BOOKMARKS_PER_CABLE + b) % NOTE_EVERY === 0) {
        const note: NoteRecord = {
          id: `note-${c}-${b}`,
          bookmarkId: bookmark.id,
          cableId: id,
          text: `Follow up: ${sentence(12)}`,
          tags: [],
          createdAt: bookmark.createdAt + 1,
          updatedAt: bookmark.createdAt + 1,
        };
        result.notes.push(note);
      }
    }
  });
  return result;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { n: samples.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0 };
}

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

async function main() {
  const name = `bench-store-${Date.now()}`;
  const docs = corpus();
  const data = contents(docs);
  const seed = await Repository.open({ name });
  const [fillMs] = await time(() => seed.merge(data));
  seed.close();

  const report: Record<string, unknown> = {
    machine: {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      store: 'fake-indexeddb',
    },
    size: { cables: data.cables.length, bookmarks: data.bookmarks.length, notes: data.notes.length },
    fillMs,
  };

  // Cold: a new repository (a service worker that just started) opens the database and lists everything.
  const [coldOpenMs, repository] = await time(() => Repository.open({ name }));
  const [coldListMs, groups] = await time(() => repository.listAll());
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) warm.push((await time(() => repository.listAll()))[0]);
  report.listAll = { coldOpenMs, coldListMs, groups: groups.length, warm: stats(warm) };

  // The popup's first screen through the background's handler: one page of 50 cables, cold and warm.
  const popup: SenderKind = 'extension-page';
  const firstPage = async (repo: Repository) =>
    JSON.stringify(await handleStoreRequest(repo, { name: 'bookmark.list', data: { limit: 50 } }, popup))
      .length;
  const coldRepository = await Repository.open({ name });
  const [popupColdMs, pageChars] = await time(() => firstPage(coldRepository));
  coldRepository.close();
  const popupWarm: number[] = [];
  for (let i = 0; i < 20; i++) popupWarm.push((await time(() => firstPage(repository)))[0]);
  report.popupFirstPage = { coldMs: popupColdMs, warm: stats(popupWarm), responseChars: pageChars };

  // Search as you type through the handler (50 groups a page): every prefix of a few queries is a keystroke.
  const queries = ['pipeline tender', 'follow up corruption', 'benchpost42', 'embassy bank', 'zzz no match'];
  const keystrokes: number[] = [];
  const [indexMs] = await time(() => repository.search('warm up the index'));
  for (const query of queries) {
    for (let n = 1; n <= query.length; n++) {
      const message = { name: 'bookmark.search', data: { query: query.slice(0, n), limit: 50 } };
      keystrokes.push((await time(() => handleStoreRequest(repository, message, popup)))[0]);
    }
  }
  report.searchKeystroke = { indexBuildMs: indexMs, ...stats(keystrokes) };

  // Bookmark write round trip: toggle on and off on a kept cable (the content script's request).
  const doc = docs[7] ?? docs[0];
  if (!doc) throw new Error('no cable');
  const input = cableInput(doc);
  const writes: number[] = [];
  for (let i = 0; i < 40; i++) {
    writes.push((await time(() => repository.toggleBookmark(input, String(11 + (i % 3)))))[0]);
  }
  report.toggleRepository = stats(writes);
  const sender: SenderKind = 'page';
  const handled: number[] = [];
  for (let i = 0; i < 40; i++) {
    const message = JSON.parse(
      JSON.stringify({ name: 'bookmark.toggle', data: { cable: input, blockKey: String(12 + (i % 2)) } }),
    );
    handled.push((await time(() => handleStoreRequest(repository, message, sender)))[0]);
  }
  report.toggleHandler = stats(handled);
  const firstAfterWrite = (await time(() => repository.listAll()))[0];
  report.listAllAfterOneWrite = firstAfterWrite;
  await repository.toggleBookmark(input, '14');
  const searchAfterWrite = (await time(() => repository.search('pipeline')))[0];
  report.searchAfterOneWrite = searchAfterWrite;

  const [exportMs, exported] = await time(() => exportJson(repository));
  const target = await Repository.open({ name: `${name}-import` });
  const [importMs, imported] = await time(() => importJson(target, exported));
  report.exportJson = { ms: exportMs, megabytes: exported.length / 1e6 };
  report.importJson = { ms: importMs, bookmarksAdded: imported.bookmarks.added };

  // Fuzzy anchoring cost: a 5%-changed paragraph in a long cable (the fallback when exact matching fails).
  const long = makeDocument(
    'LONG1',
    Array.from({ length: 60 }, () => `${sentence(80)}.`),
  );
  const longText = cableText(long);
  const range = findBlock(longText, '30');
  if (!range) throw new Error('no block');
  const selectors = describeQuote(longText.text, range.start, range.end);
  const changed = cableText({
    blocks: long.blocks.map((b) => (b.key === '30' ? { ...b, text: mutate(b.text, 0.05, 3) } : b)),
  });
  const fuzzy: number[] = [];
  for (let i = 0; i < 10; i++) fuzzy.push((await time(() => anchor(selectors, changed)))[0]);
  report.fuzzyAnchor = {
    textChars: changed.text.length,
    quoteChars: selectors[0].exact.length,
    ...stats(fuzzy),
  };

  repository.close();
  target.close();

  const lines = [
    `Store benchmark: ${data.bookmarks.length} bookmarks, ${data.notes.length} notes on ${data.cables.length} cables (fake-indexeddb, ${process.version})`,
    `  fill (one merge transaction)        ${ms(fillMs)}`,
    `  cold open + first listAll           ${ms(coldOpenMs)} + ${ms(coldListMs)}`,
    `  warm listAll                        median ${ms(stats(warm).median)}  p95 ${ms(stats(warm).p95)}`,
    `  listAll right after a write         ${ms(firstAfterWrite)}`,
    `  popup first page (50), handler      cold ${ms(popupColdMs)}  warm median ${ms(stats(popupWarm).median)}  (${(pageChars / 1000).toFixed(0)} kB)`,
    `  search index, first build           ${ms(indexMs)}`,
    `  search per keystroke (${keystrokes.length})          median ${ms(stats(keystrokes).median)}  p95 ${ms(stats(keystrokes).p95)}  max ${ms(stats(keystrokes).max)}`,
    `  search right after a write          ${ms(searchAfterWrite)}`,
    `  toggle, repository                  median ${ms(stats(writes).median)}  p95 ${ms(stats(writes).p95)}`,
    `  toggle, handler (validate + write)  median ${ms(stats(handled).median)}  p95 ${ms(stats(handled).p95)}`,
    `  export JSON                         ${ms(exportMs)} (${(exported.length / 1e6).toFixed(1)} MB)`,
    `  import JSON into an empty store     ${ms(importMs)}`,
    `  fuzzy anchor (${selectors[0].exact.length}-char quote in ${changed.text.length} chars)  median ${ms(stats(fuzzy).median)}`,
  ];
  console.log(lines.join('\n'));
  if (process.argv.includes('--json')) {
    const out = resolve(import.meta.dirname, '../../test-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'bench-store.json'), `${JSON.stringify(report, null, 2)}\n`);
  }
}

await main();
