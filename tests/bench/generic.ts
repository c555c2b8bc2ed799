// Generic detector benchmark: how long findCable takes on the content script's path of an enabled host, in headless
// Chromium (real DOM, real layout for the rendered test) and in Node (linkedom, as the CLI runs it). Pages: 1 MB of
// unrelated text and a 1 MB forum thread (declined), the seed in its own site's layout and the largest corpus cable
// in three layouts (found). Reports figures against the 5 ms goal; asserts none.
//
// Usage: tsx tests/bench/generic.ts [--runs N]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { findCable } from '../../lib/sites/generic';
import { readSeed } from '../../scripts/sample-pages';
import { chromiumPath } from '../browser/fixture';
import { hasCorpus } from '../corpus';
import { cableSources } from '../corpus/generic-layouts';
import { type CableSource, genericLayoutsByName } from '../fixtures/generic-layouts';
import { hugeTextPage, seedSiteLayout } from '../fixtures/layouts';

const projectRoot = resolve(import.meta.dirname, '../..');
const GOAL_MS = 5;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const runs = option('--runs', 30);

/** A forum thread of about `bytes`: many small posts, the most elements per byte of the negatives. */
function bigThread(bytes: number): string {
  const posts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const post = `<div class="post"><div class="author">user${i % 50}</div><div class="message"><p>Reply ${i}: I read the whole report twice; the embassy said little about the financing, and who was in the room.</p></div><div class="signature">-- user${i % 50}</div></div>`;
    posts.push(post);
    size += post.length;
  }
  return `<!DOCTYPE html><html><head><title>Thread</title></head><body><nav><a href="/">Forum</a></nav>${posts.join('\n')}</body></html>`;
}

interface Case {
  name: string;
  html: string;
  /** What the detector should say: a check that the figure times the right outcome. */
  found: boolean;
}

function cases(): Case[] {
  const seed = readFileSync(resolve(projectRoot, 'assets/seed/08ASTANA1147.txt'), 'utf8');
  const out: Case[] = [
    { name: 'declined: 1 MB of unrelated text', html: hugeTextPage(1024 * 1024), found: false },
    { name: 'declined: 1 MB forum thread', html: bigThread(1024 * 1024), found: false },
    { name: 'found: the seed in its own site', html: seedSiteLayout(seed), found: true },
  ];
  const largest: CableSource | undefined = hasCorpus()
    ? [...cableSources()].sort((a, b) => b.body.length - a.body.length)[0]
    : { id: '08ASTANA1147', body: readSeed(seed).body, header: null, classification: 'UNCLASSIFIED' };
  if (largest) {
    for (const layout of ['archive-pre', 'div-per-line', 'blog-p-per-line']) {
      const html = genericLayoutsByName[layout]?.cable(largest) ?? '';
      out.push({
        name: `found: ${largest.id} (${largest.body.length} chars) in ${layout}`,
        html,
        found: true,
      });
    }
  }
  return out;
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  return `median ${median.toFixed(2)} ms, p95 ${quantile(sorted, 0.95).toFixed(2)} ms ${median < GOAL_MS ? '(under' : '(OVER'} the ${GOAL_MS} ms goal)`;
}

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
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    console.log('\nChromium (the content script on an enabled host: real DOM, rendered test on):');
    for (const c of all) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.setContent(c.html, { waitUntil: 'load' });
      await page.addScriptTag({ content: script });
      const result = await page.evaluate((n) => {
        const g = (
          globalThis as unknown as { CableGeneric: { findCable: (d: Document) => { found: boolean } } }
        ).CableGeneric;
        const found = g.findCable(document).found;
        const times: number[] = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          g.findCable(document);
          times.push(performance.now() - t0);
        }
        return { found, times, nodes: document.getElementsByTagName('*').length };
      }, runs);
      const check = result.found === c.found ? '' : `  UNEXPECTED: found=${result.found}`;
      console.log(`  ${c.name} (${result.nodes} elements): ${summary(result.times)}${check}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }

  console.log('\nNode + linkedom (the CLI; no layout, so no rendered test):');
  for (const c of all) {
    const doc = parseHTML(c.html).document as unknown as Document;
    const found = findCable(doc).found;
    const times: number[] = [];
    for (let i = 0; i < Math.min(runs, 10); i++) {
      const t0 = performance.now();
      findCable(doc);
      times.push(performance.now() - t0);
    }
    const check = found === c.found ? '' : `  UNEXPECTED: found=${found}`;
    console.log(`  ${c.name}: ${summary(times)}${check}`);
  }
  console.log('\nGoal: a 1 MB page declines, and a cable page is found, in under 5 ms in the browser.');
}

await main();
