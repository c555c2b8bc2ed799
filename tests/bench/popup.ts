// Popup benchmark (issue 5 scale): fills the real extension's IndexedDB with 10,000 bookmarks on 1,000 cables
// (and ~3,300 notes) through its own import, then times in Chromium the popup's first render with a warm and a cold
// service worker, the popup's search index (time to complete, heap), each search keystroke once it is complete, and
// a bookmark toggle's round trip from a cable page. Reports; asserts none.
//
// Usage: tsx tests/bench/popup.ts [--no-build] [--popup-runs N] [--extension DIR] (time that build instead)
//   [--against DIR] (time that build too, in its own browser: each run opens build A's popup, then B's, in an
//   order that alternates, so the machine's load falls on both alike)
// (npm run bench passes its arguments to every bench; options meant for another bench are ignored here.)
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { readSeed } from '../../scripts/sample-pages';
import {
  browserSkipReason,
  chromiumPath,
  type ExtensionBrowser,
  launchWithExtension,
} from '../browser/fixture';
import { waitForOutcome } from '../browser/view';
import { cablegateLayout } from '../fixtures/layouts';
import { buildCopy } from './browser/build';
import { describeLine, describeMachine } from './browser/machine';
import { stopWorkers } from './browser/service-worker';
import { ms } from './browser/stats';
import { leavePopup, loadIndex, openPopup, timeWrites, typeQueries } from './popup/measures';
import { type BuildResult, buildReport, comparison } from './popup/report';
import { exportFile, importInPieces } from './popup/store';

const SEED_ID = '08ASTANA1147';
const SEED_URL = `https://wikileaks.org/cable/2008/06/${SEED_ID}.html`;

/** Pause after each popup is left, before the next is opened. */
const SETTLE_MS = 250;

interface Options {
  build: boolean;
  runs: number;
  /** Another build to time (e.g. main's, for before and after); this tree's own otherwise. */
  extension: string | null;
  /** A second build timed beside the first, run for run. */
  against: string | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { build: true, runs: 7, extension: null, against: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--no-build') options.build = false;
    else if (argv[i] === '--popup-runs') options.runs = Math.max(1, Number(argv[++i]) || 7);
    else if (argv[i] === '--extension') options.extension = argv[++i] ?? null;
    else if (argv[i] === '--against') options.against = argv[++i] ?? null;
  }
  return options;
}

/** One build under test: its browser, filled store and popup tab. */
interface Subject {
  label: string;
  dir: string;
  bench: ExtensionBrowser;
  tab: Page;
  url: string;
}

async function launch(label: string, dir: string, text: string): Promise<Subject> {
  const bench = await launchWithExtension({ extensionDir: dir });
  await importInPieces(bench, text);
  const tab = await bench.context.newPage();
  const url = bench.extensionUrl('popup.html');
  await openPopup(tab, url);
  await leavePopup(tab);
  return { label, dir, bench, tab, url };
}

/** `runs` rounds of `measure` on every subject, the order turned each round; the samples per subject. */
async function alternate<T>(
  subjects: readonly Subject[],
  runs: number,
  measure: (s: Subject) => Promise<T>,
): Promise<T[][]> {
  const samples = subjects.map((): T[] => []);
  for (let i = 0; i < runs; i++) {
    const order = subjects.map((_, k) => k);
    if (i % 2 === 1) order.reverse();
    for (const k of order) {
      const subject = subjects[k] as Subject;
      samples[k]?.push(await measure(subject));
      await leavePopup(subject.tab);
      // What the popup left running in its background (a search index piece) ends before the next build is timed.
      await subject.tab.waitForTimeout(SETTLE_MS);
    }
  }
  return samples;
}

/** The search index, keystrokes and toggles of one build (goals met by far: timed one build after the other). */
async function rest(s: Subject) {
  const index = await loadIndex(s.bench.context, s.tab, s.url);
  const drawn = await s.tab.locator('.bm-group').count();
  const keystrokes = await typeQueries(s.tab);
  await leavePopup(s.tab);
  const seed = readSeed(
    readFileSync(resolve(import.meta.dirname, '../../assets/seed', `${SEED_ID}.txt`), 'utf8'),
  );
  s.bench.serve(SEED_URL, cablegateLayout({ ...seed.meta, header: null, body: seed.body }));
  const cablePage = await s.bench.context.newPage();
  await cablePage.goto(SEED_URL);
  if ((await waitForOutcome(cablePage)) !== 'ready')
    throw new Error('bench popup: no clean view on the seed');
  const writes = await timeWrites(cablePage);
  await cablePage.close();
  return { index, drawn, keystrokes, writes };
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(chromiumPath)) {
    browserSkipReason('bench:popup');
    return 0;
  }
  const own = options.extension ? null : buildCopy(options.build);
  const dirs = [options.extension ? resolve(options.extension) : (own?.dir as string)];
  if (options.against) dirs.push(resolve(options.against));
  const file = exportFile();
  const subjects: Subject[] = [];
  try {
    for (const [k, dir] of dirs.entries()) subjects.push(await launch(k === 0 ? 'A' : 'B', dir, file.text));
    const first = subjects[0] as Subject;
    const machine = await describeMachine(first.bench.context);
    const loadBefore = loadavg()[0] ?? Number.NaN;
    const warm = await alternate(subjects, options.runs, (s) => openPopup(s.tab, s.url));
    const cold = await alternate(subjects, options.runs, async (s) => {
      await stopWorkers(s.bench.context, s.tab, s.bench.extensionId);
      return openPopup(s.tab, s.url);
    });
    const results: BuildResult[] = [];
    for (const [k, s] of subjects.entries()) {
      const r = await rest(s);
      results.push({ label: s.label, dir: s.dir, warm: warm[k] ?? [], cold: cold[k] ?? [], ...r });
    }
    console.log(
      `\nPopup bench: ${describeLine(machine)}; load ${ms(loadBefore)} after the imports, ${ms(loadavg()[0])} at the end`,
    );
    console.log(
      `Store: ${file.cables} cables, ${file.bookmarks} bookmarks, ${file.notes} notes (${(file.text.length / 1e6).toFixed(1)} MB export).\n`,
    );
    for (const r of results) console.log(`${buildReport(r)}\n`);
    const [a, b] = results;
    if (a && b) console.log(comparison(a, b));
    console.log(
      '\nGoals (issue 14): first render < 100 ms median (cold service worker < 300 ms); search keystroke < 16 ms ' +
        'median; bookmark toggle round trip < 20 ms.',
    );
    return 0;
  } finally {
    for (const s of subjects) await s.bench.close();
    own?.remove();
  }
}

process.exitCode = await main();
