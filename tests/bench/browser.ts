// Browser benchmark (issue 6): time-to-clean-view against Mozilla Readability on every corpus page, declines on
// non-cable pages, and scaling, in headless Chromium with the built extension. Reports figures; asserts none.
//
// Usage: tsx tests/bench/browser.ts [--json] [--page-runs N] [--pages SUBSTRING] [--no-build] [--cold-only] [--options]
//        [--against DIR] (another build, e.g. main's, timed cold in turn with this one)
// (npm run bench passes its arguments to every bench; options meant for another bench are ignored here.)

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  browserSkipReason,
  chromiumPath,
  type ExtensionBrowser,
  launchWithExtension,
} from '../browser/fixture';
import { hasCorpus } from '../corpus';
import { buildCopy } from './browser/build';
import { type ColdRun, coldRun } from './browser/cold';
import { coldOptions, formatOptions } from './browser/cold-options';
import { formatBeside, formatCold } from './browser/cold-report';
import {
  contentScriptMatches,
  contentScriptSizes,
  isMatched,
  lazyScriptSizes,
  nonCableScriptSizes,
} from './browser/extension';
import { isolatedCosts } from './browser/isolated-costs';
import { describeMachine } from './browser/machine';
import { openMatched, type ViewRun } from './browser/measure';
import { nonCablePages } from './browser/non-cable-pages';
import { type BenchPage, corpusPages, largestCable } from './browser/pages';
import { pipelineScaling } from './browser/pipeline-scaling';
import { installObservers } from './browser/probes';
import { timeReadability } from './browser/readability';
import { formatReport, writeJson } from './browser/report';
import type { BrowserBenchResult, DeclineResult, PageResult } from './browser/results';
import { median } from './browser/stats';
import { timeSteps } from './browser/steps';
import { goals, summarize } from './browser/summary';
import { type TraceBreakdown, traceLoad } from './browser/trace';
import { viewScaling } from './browser/view-scaling';

const projectRoot = resolve(import.meta.dirname, '../..');
const jsonPath = join(projectRoot, 'test-results/bench-browser.json');
const scaleSizes = [1, 10, 100] as const;

interface Options {
  json: boolean;
  runs: number;
  only: string | null;
  build: boolean;
  /** Only the cold loads (fresh tab per page) and the decline: for a quick look while working. */
  coldOnly: boolean;
  /** Time the start-up options (issue 14) cold as well. */
  options: boolean;
  /** Another build of the extension to time cold beside this one, page by page in turn (before and after). */
  against: string | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    json: false,
    runs: 5,
    only: null,
    build: true,
    coldOnly: false,
    options: false,
    against: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--cold-only') options.coldOnly = true;
    else if (arg === '--options') options.options = true;
    else if (arg === '--page-runs') options.runs = Math.max(1, Number(argv[++i]) || 5);
    else if (arg === '--pages') options.only = argv[++i] ?? null;
    else if (arg === '--against') options.against = argv[++i] ?? null;
  }
  return options;
}

const medianOrNull = (values: (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? median(present) : null;
};

async function benchPage(tab: Page, page: BenchPage, runs: number): Promise<PageResult> {
  const ours: ViewRun[] = [];
  for (let run = 0; run < runs; run++) ours.push(await openMatched(tab, page.mirrorUrl, 15_000));
  const readability = await timeReadability(tab, page.plainUrl, runs);
  const steps = await timeSteps(tab, page, runs);
  const oursMs = medianOrNull(ours.filter((o) => o.outcome === 'ready').map((o) => o.duration));
  const readabilityMs = median(readability.times);
  return {
    id: page.id,
    layout: page.layout,
    url: page.mirrorUrl,
    ours,
    oursMs,
    frameMs: medianOrNull(ours.map((o) => o.readyToFrame)),
    readabilityTimes: readability.times,
    readabilityMs,
    readabilityTextLength: readability.textLength,
    ratio: oursMs === null ? null : oursMs / readabilityMs,
    ownLongTask: Math.max(...ours.map((o) => o.ownLongTask)),
    steps,
  };
}

/** Traces one load of the median page and of the worst page, to say where their time goes. */
async function traceTypical(bench: ExtensionBrowser, tab: Page, pages: BenchPage[], results: PageResult[]) {
  const rated = results
    .filter((r) => r.ratio !== null)
    .sort((a, b) => (a.ratio as number) - (b.ratio as number));
  const picks = [
    ...new Set([rated[rated.length >> 1], rated[rated.length - 1]].filter((r) => r !== undefined)),
  ];
  const traces: TraceBreakdown[] = [];
  for (const pick of picks) {
    const page = pages.find((p) => p.id === pick.id);
    const trace = page ? await traceLoad(bench.context, tab, page.mirrorUrl) : null;
    if (trace) traces.push(trace);
  }
  return traces;
}

/** A second browser with another build, serving the same pages, for cold loads in turn with this one. */
async function launchBeside(dir: string, pages: BenchPage[]): Promise<ExtensionBrowser> {
  const other = await launchWithExtension({ extensionDir: resolve(dir) });
  await installObservers(other.context);
  for (const page of pages) {
    other.serve(page.mirrorUrl, page.html);
    other.serve(page.plainUrl, page.html);
  }
  return other;
}

/** Traces one load of `url` in a fresh tab, as the cold loads met it. */
async function traceFresh(bench: ExtensionBrowser, url: string): Promise<TraceBreakdown | null> {
  const tab = await bench.context.newPage();
  try {
    return await traceLoad(bench.context, tab, url);
  } finally {
    await tab.close();
  }
}

/** Times the decline on each non-cable page the content script matches (`dir`: the build in use). */
async function benchDecline(
  bench: ExtensionBrowser,
  tab: Page,
  pages: BenchPage[],
  runs: number,
  dir: string,
) {
  const results: DeclineResult[] = [];
  for (const page of nonCablePages(pages)) {
    const { url } = page;
    if (!isMatched(url, dir)) {
      results.push({ name: page.name, url, matched: false, runs: [], ms: null, touched: false });
      continue;
    }
    bench.serve(url, page.html);
    const measured: ViewRun[] = [];
    for (let run = 0; run < runs; run++) measured.push(await openMatched(tab, url, 15_000));
    const touched = await tab.evaluate(() => document.querySelector('cable-reader-view') !== null);
    results.push({
      name: page.name,
      url,
      matched: true,
      runs: measured,
      ms: medianOrNull(measured.filter((m) => m.outcome === 'declined').map((m) => m.duration)),
      touched: touched || measured.some((m) => m.outcome === 'ready'),
    });
  }
  return results;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (!hasCorpus()) return 0;
  if (!existsSync(chromiumPath)) {
    browserSkipReason('bench:browser');
    return 0;
  }
  const extension = buildCopy(options.build);
  const dir = extension.dir;

  const all = corpusPages();
  const pages = options.only ? all.filter((p) => p.id.includes(options.only as string)) : all;
  if (pages.length === 0) throw new Error(`bench browser: no corpus page matches --pages ${options.only}`);
  const bench = await launchWithExtension({ extensionDir: dir });
  try {
    await installObservers(bench.context);
    for (const page of all) {
      bench.serve(page.mirrorUrl, page.html);
      bench.serve(page.plainUrl, page.html);
    }
    const machine = await describeMachine(bench.context);
    console.log(`Cold loads: ${pages.length} corpus pages, a fresh tab each...`);
    const cold: ColdRun[] = [];
    const other = options.against ? await launchBeside(options.against, all) : null;
    const otherCold: ColdRun[] = [];
    for (const page of pages) {
      // In turn, page by page, so both builds meet the same load.
      if (other) otherCold.push(await coldRun(other.context, page, options.runs));
      cold.push(await coldRun(bench.context, page, options.runs));
    }
    await other?.close();
    if (other) {
      console.log(`Cold loads of the build at ${options.against} (in turn with this one):`);
      console.log(formatCold(machine, otherCold, null, [], []));
      console.log(`\n${formatBeside(otherCold, cold)}\n`);
    }
    const slowest = [...cold].sort((a, b) => (b.measure ?? 0) - (a.measure ?? 0))[0];
    const slowPage = pages.find((p) => p.id === slowest?.id);
    const coldTrace = slowPage ? await traceFresh(bench, slowPage.mirrorUrl) : null;
    const smallSizes = nonCableScriptSizes(dir);
    if (options.options) console.log(formatOptions(await coldOptions(bench.context, pages)));
    if (options.coldOnly) {
      const tab = await bench.context.newPage();
      const decline = await benchDecline(bench, tab, all, options.runs, dir);
      await tab.close();
      console.log(formatCold(machine, cold, coldTrace, decline, smallSizes));
      return 0;
    }
    const tab = await bench.context.newPage();
    const first = pages[0] as BenchPage;
    console.log(`Measuring ${pages.length} corpus pages, ${options.runs} runs each...`);
    const firstRun = await openMatched(tab, first.mirrorUrl, 30_000);
    const coldReadability = await timeReadability(tab, first.plainUrl, 1);

    const results: PageResult[] = [];
    for (const page of pages) results.push(await benchPage(tab, page, options.runs));
    const traces = await traceTypical(bench, tab, pages, results);
    const decline = await benchDecline(bench, tab, all, options.runs, dir);
    const declined = decline.find((d) => d.matched && d.ms !== null);
    const manifestName = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).name as string;
    const waits = declined
      ? await isolatedCosts(bench.context, tab, declined.url, manifestName, options.runs)
      : null;
    await tab.close();

    const largest = largestCable(all);
    const view = await viewScaling(bench, largest, scaleSizes);
    const pipeline = pipelineScaling(largest.id, scaleSizes);

    const sizes = contentScriptSizes(dir);
    const summary = summarize(results);
    const result: BrowserBenchResult = {
      date: new Date().toISOString(),
      machine,
      extension: { matches: contentScriptMatches(dir), sizes, lazySizes: lazyScriptSizes(dir) },
      runsPerPage: options.runs,
      cold: { id: first.id, run: firstRun, readabilityMs: coldReadability.times[0] ?? Number.NaN },
      pages: results,
      summary,
      traces,
      storageReadMs: waits?.storageMs ?? null,
      decline,
      scaling: { id: largest.id, view, pipeline },
      goals: goals(summary, decline, sizes, results.filter((r) => r.oursMs !== null).length, results.length),
    };
    console.log(formatReport(result));
    console.log(`\n${formatCold(machine, cold, coldTrace, decline, smallSizes)}`);
    if (options.json) {
      writeJson(result, jsonPath);
      console.log(`\nResults written to ${jsonPath}`);
    }
    return 0;
  } finally {
    await bench.close();
    extension.remove();
  }
}

process.exitCode = await main();
