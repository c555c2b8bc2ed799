// Generic detector benchmark: how long findCable takes on the content script's path of an enabled host, in headless
// Chromium (real DOM, real layout for the rendered test) and in Node (linkedom, as the CLI runs it). Pages: 1 MB
// negatives (unrelated text, a forum thread, a thread that discusses and quotes cables, an index of cables) and
// cables found in every layout (the seed in its own site, a median and the largest corpus cable). Reports CPU time
// per run (the main thread's, so that other work on a loaded machine does not count) and wall times, against the
// 5 ms goal, with the load average; asserts none.
//
// Usage: tsx tests/bench/generic.ts [--runs N] [--layouts all] [--only TEXT] [--browser-only]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { findCable } from '../../lib/sites/generic';
import { readSeed } from '../../scripts/sample-pages';
import { chromiumPath } from '../browser/fixture';
import { hasCorpus } from '../corpus';
import { cableSources } from '../corpus/generic-layouts';
import { type CableSource, genericLayoutList, genericLayoutsByName } from '../fixtures/generic-layouts';
import { hugeTextPage, seedSiteLayout } from '../fixtures/layouts';
import { cableIndex, discussionThread, postThread } from './generic-pages';

const projectRoot = resolve(import.meta.dirname, '../..');
const GOAL_MS = 5;
const MB = 1024 * 1024;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const runs = option('--runs', 30);
/** Every layout for the median cable (the default: the three slowest shapes and the two-block one). */
const allLayouts = process.argv.includes('--layouts') && process.argv.includes('all');
/** Only the cases whose name holds this text (`--only largest`), to time one change quickly. */
const only = process.argv.includes('--only') ? (process.argv[process.argv.indexOf('--only') + 1] ?? '') : '';
const browserOnly = process.argv.includes('--browser-only');
const SHOWN_LAYOUTS = ['archive-pre', 'seed-site', 'blog-p-per-line', 'div-per-line', 'table-rows'];

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
  const layouts = allLayouts ? genericLayoutList.map((l) => l.name) : SHOWN_LAYOUTS;
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

function summary(cpuMs: number, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const verdict = cpuMs < GOAL_MS ? '(under' : '(OVER';
  return `CPU ${cpuMs.toFixed(2)} ms/run ${verdict} the ${GOAL_MS} ms goal); wall min ${quantile(sorted, 0).toFixed(2)}, median ${quantile(sorted, 0.5).toFixed(2)} ms`;
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

  console.log(`Generic detector (findCable), ${runs} runs each after one warm-up; figures, not assertions.`);
  console.log(`Load average before: ${load()}`);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    console.log('\nChromium (the content script on an enabled host: real DOM, rendered test on):');
    for (const c of all) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.setContent(c.html, { waitUntil: 'load' });
      await page.addScriptTag({ content: script });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const threadTime = async (): Promise<number> => {
        const { metrics } = (await cdp.send('Performance.getMetrics')) as {
          metrics: { name: string; value: number }[];
        };
        return metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
      };
      // One warm-up outside the CPU count, then the timed runs (the warm-up inside the page script is the second).
      await page.evaluate(`(${timeInPage})(0)`);
      const before = await threadTime();
      const result = (await page.evaluate(`(${timeInPage})(${runs})`)) as {
        found: boolean;
        times: number[];
        nodes: number;
      };
      const cpuMs = (((await threadTime()) - before) * 1000) / (runs + 1);
      const check = result.found === c.found ? '' : `  UNEXPECTED: found=${result.found}`;
      console.log(`  ${c.name} (${result.nodes} elements): ${summary(cpuMs, result.times)}${check}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }

  if (!browserOnly) nodeRuns(all);
  console.log(`\nLoad average after: ${load()}`);
  console.log('Goal: a 1 MB page declines, and a cable page is found, in under 5 ms in the browser.');
}

function nodeRuns(all: readonly Case[]): void {
  console.log('\nNode + linkedom (the CLI; no layout, so no rendered test):');
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
    console.log(`  ${c.name}: ${summary((cpu.user + cpu.system) / 1000 / n, times)}${check}`);
  }
}

await main();
