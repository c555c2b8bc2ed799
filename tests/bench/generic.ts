// Generic detector benchmark: how long findCable takes on the content script's path of an enabled host, in headless
// Chromium (real DOM, real layout for the rendered test) and in Node (linkedom, as the CLI runs it). Pages: 1 MB
// negatives (unrelated text, a forum thread, a thread that discusses and quotes cables, an index of cables) and
// cables found in every layout (the seed in its own site, a median and the largest corpus cable). Reports CPU time
// per run (the main thread's, so that other work on a loaded machine counts less) and wall times, with the load
// average, and exits non-zero when a page takes the browser 5 ms of CPU or more (the issue's budget; Node's
// figures are the CLI's and have none).
//
// Usage: tsx tests/bench/generic.ts [--runs N] [--only TEXT] [--browser-only]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { chromium, type Page } from 'playwright-core';
import { findCable } from '../../lib/sites/generic';
import { readSeed } from '../../scripts/sample-pages';
import { chromiumPath } from '../browser/fixture';
import { hasCorpus } from '../corpus';
import { cableSources } from '../corpus/generic-layouts';
import { type CableSource, genericLayoutList, genericLayoutsByName } from '../fixtures/generic-layouts';
import { hugeTextPage, seedSiteLayout } from '../fixtures/layouts';
import { cableIndex, discussionThread, postThread } from './generic-pages';

const projectRoot = resolve(import.meta.dirname, '../..');
/** The budget in the browser, for a 1 MB page declined and for a cable page found alike. */
const BUDGET_MS = 5;
/** Measurements of a page over budget, the lowest kept: a shared machine only ever adds time to a figure. */
const TRIES = 3;
const MB = 1024 * 1024;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const runs = option('--runs', 30);
/** Only the cases whose name holds this text (`--only largest`), to time one change quickly. */
const only = process.argv.includes('--only') ? (process.argv[process.argv.indexOf('--only') + 1] ?? '') : '';
const browserOnly = process.argv.includes('--browser-only');

interface Case {
  name: string;
  html: string;
  /** What the detector should say: a check that the figure times the right outcome. */
  found: boolean;
}

function cases(): Case[] {
  const seed = readFileSync(resolve(projectRoot, 'assets/seed/08ASTANA1147.txt'), 'utf8');
  const out: Case[] = [
    { name: 'declined: 1 MB of unrelated text', html: hugeTextPage(MB), found: false },
    { name: 'declined: 1 MB forum thread', html: postThread(MB), found: false },
    { name: 'declined: 1 MB thread discussing and quoting cables', html: discussionThread(MB), found: false },
    { name: 'declined: 1 MB index of cables', html: cableIndex(MB), found: false },
    { name: 'found: the seed in its own site', html: seedSiteLayout(seed), found: true },
  ];
  const bySize = hasCorpus() ? [...cableSources()].sort((a, b) => a.body.length - b.body.length) : [];
  const seedSource: CableSource = {
    id: '08ASTANA1147',
    body: readSeed(seed).body,
    header: null,
    classification: 'UNCLASSIFIED',
  };
  const median = bySize[Math.floor(bySize.length / 2)] ?? seedSource;
  const largest = bySize[bySize.length - 1] ?? seedSource;
  const layouts = genericLayoutList.map((l) => l.name);
  for (const [label, source] of [
    ['median', median],
    ['largest', largest],
  ] as const) {
    for (const layout of layouts) {
      const html = genericLayoutsByName[layout]?.cable(source) ?? '';
      out.push({
        name: `found: ${label} ${source.id} (${source.body.length} chars) in ${layout}`,
        html,
        found: true,
      });
    }
  }
  return out.filter((c) => c.name.includes(only));
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function walls(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `wall min ${quantile(sorted, 0).toFixed(2)}, median ${quantile(sorted, 0.5).toFixed(2)} ms`;
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/** The page's script: runs findCable `n` times after one warm-up, wall time of each. */
const timeInPage = `(n) => {
  const g = globalThis.CableGeneric;
  const found = g.findCable(document).found;
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    g.findCable(document);
    times.push(performance.now() - t0);
  }
  return { found, times, nodes: document.getElementsByTagName('*').length };
}`;

async function main(): Promise<void> {
  const all = cases();
  const bundle = await build({
    entryPoints: [resolve(projectRoot, 'lib/sites/generic.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'CableGeneric',
    write: false,
    target: 'chrome120',
  });
  const script = bundle.outputFiles[0]?.text ?? '';

  console.log(`Generic detector (findCable), ${runs} runs each after one warm-up.`);
  console.log(`Load average before: ${load()}`);
  const failures: string[] = [];
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    console.log(
      `\nChromium (the content script on an enabled host: real DOM, rendered test on), budget ${BUDGET_MS} ms CPU:`,
    );
    for (const c of all) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.setContent(c.html, { waitUntil: 'load' });
      await page.addScriptTag({ content: script });
      let best = await timeBrowserRuns(page);
      let tries = 1;
      while (best.cpuMs >= BUDGET_MS && tries < TRIES) {
        const again = await timeBrowserRuns(page);
        if (again.cpuMs < best.cpuMs) best = again;
        tries++;
      }
      const over = best.cpuMs >= BUDGET_MS;
      const unexpected = best.found !== c.found;
      if (over || unexpected) failures.push(c.name);
      const verdict = over ? `OVER the ${BUDGET_MS} ms budget` : 'under budget';
      const lowest = tries > 1 ? `, lowest of ${tries} measurements` : '';
      console.log(
        `  ${c.name} (${best.nodes} elements): CPU ${best.cpuMs.toFixed(2)} ms/run (${verdict}${lowest}); ${walls(best.times)}${unexpected ? `  UNEXPECTED: found=${best.found}` : ''}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }

  if (!browserOnly) failures.push(...nodeRuns(all));
  console.log(`\nLoad average after: ${load()}`);
  if (failures.length > 0) {
    console.error(`\nOver the ${BUDGET_MS} ms budget or not read as expected: ${failures.join('; ')}`);
    process.exitCode = 1;
  } else console.log(`\nEvery page within the ${BUDGET_MS} ms budget in the browser.`);
}

interface BrowserRuns {
  found: boolean;
  times: number[];
  nodes: number;
  /** Main-thread CPU per run, the warm-up inside the page script counted with the runs. */
  cpuMs: number;
}

/** One measurement: a warm-up outside the count, then `runs` timed runs, with the main thread's CPU time. */
async function timeBrowserRuns(page: Page): Promise<BrowserRuns> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadTime = async (): Promise<number> => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
  };
  await page.evaluate(`(${timeInPage})(0)`);
  const before = await threadTime();
  const result = (await page.evaluate(`(${timeInPage})(${runs})`)) as Omit<BrowserRuns, 'cpuMs'>;
  const cpuMs = (((await threadTime()) - before) * 1000) / (runs + 1);
  await cdp.detach();
  return { ...result, cpuMs };
}

/** Node's figures; the names of the pages read otherwise than expected. */
function nodeRuns(all: readonly Case[]): string[] {
  const unexpected: string[] = [];
  console.log('\nNode + linkedom (the CLI; no layout, so no rendered test; figures only, no budget):');
  for (const c of all) {
    const doc = parseHTML(c.html).document as unknown as Document;
    const found = findCable(doc).found;
    const n = Math.min(runs, 10);
    const times: number[] = [];
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      findCable(doc);
      times.push(performance.now() - t0);
    }
    const cpu = process.cpuUsage(cpu0);
    const check = found === c.found ? '' : `  UNEXPECTED: found=${found}`;
    if (check) unexpected.push(`${c.name} (Node)`);
    console.log(
      `  ${c.name}: CPU ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms/run; ${walls(times)}${check}`,
    );
  }
  return unexpected;
}

await main();
