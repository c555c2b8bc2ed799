// Pipeline benchmark: parseCable over every corpus cable (cold first run apart, then warm runs), and scaling of
// the largest cable at 1x, 10x and 100x to show time linear in size. Reports figures; asserts none. The pipeline
// is measured as it ships: bundled by esbuild into one ES module (tsx's per-module wrappers would add cost).
//
// Usage: tsx tests/bench/pipeline.ts [--runs N] [--json] [--source]   (--source: time the TypeScript modules)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { CableDocument, RawCableText } from '../../lib/cable/types';
import { hasCorpus } from '../corpus';
import { cableInputs } from '../corpus/inputs';

const projectRoot = resolve(import.meta.dirname, '../..');
const jsonPath = join(projectRoot, 'test-results/bench-pipeline.json');
const GOAL_MEDIAN_MS = 0.5;
const GOAL_LARGEST_MS = 5;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number);
const sortNumbers = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);
const sizeOf = (raw: RawCableText): number => raw.bodyText.length + (raw.headerText?.length ?? 0);
const ms = (n: number): string => n.toFixed(3);

type Parse = (raw: RawCableText) => CableDocument;
let parseCable: Parse;

/** The pipeline bundled into one ES module in a temporary folder, or the sources with `--source`. */
async function loadPipeline(): Promise<{ parse: Parse; how: string }> {
  const entry = join(projectRoot, 'lib/cable/index.ts');
  if (process.argv.includes('--source')) {
    const mod = (await import(pathToFileURL(entry).href)) as { parseCable: Parse };
    return { parse: mod.parseCable, how: 'TypeScript sources through tsx' };
  }
  const dir = mkdtempSync(join(tmpdir(), 'cable-reader-bench-pipeline-'));
  const outfile = join(dir, 'cable.mjs');
  try {
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      logLevel: 'warning',
    });
    const mod = (await import(pathToFileURL(outfile).href)) as { parseCable: Parse };
    return { parse: mod.parseCable, how: 'esbuild bundle (as shipped)' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function time(raw: RawCableText): number {
  const t0 = performance.now();
  parseCable(raw);
  return performance.now() - t0;
}

/** Median of `runs` timed parses of one input (the input object is rebuilt each run: no identity caching). */
function warm(raw: RawCableText, runs: number): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) times.push(time({ ...raw, bodyText: `${raw.bodyText}` }));
  return quantile(sortNumbers(times), 0.5);
}

function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB, node ${process.version}`;
}

async function main(): Promise<void> {
  if (!hasCorpus()) {
    console.log('pipeline bench: corpus not found, nothing to measure.');
    return;
  }
  const runs = option('--runs', 30);
  const inputs = cableInputs();
  const pipeline = await loadPipeline();
  parseCable = pipeline.parse;
  console.log(`Pipeline benchmark: ${machine()}`);
  console.log(`${inputs.length} corpus cables, ${runs} warm runs each; code: ${pipeline.how}\n`);

  // Cold: the very first parse in this process, then each cable's first parse.
  const coldFirst = time((inputs[0] as (typeof inputs)[number]).raw);
  const coldRuns = inputs.map((input) => time(input.raw));
  const coldSorted = sortNumbers(coldRuns);

  const perCable = inputs.map((input) => ({
    name: input.name,
    bytes: sizeOf(input.raw),
    ms: warm(input.raw, runs),
  }));
  const sorted = sortNumbers(perCable.map((c) => c.ms));
  const totalBytes = perCable.reduce((n, c) => n + c.bytes, 0);
  const totalMs = perCable.reduce((n, c) => n + c.ms, 0);
  const largest = perCable.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const median = quantile(sorted, 0.5);

  console.log(
    `cold   first parse in process ${ms(coldFirst)} ms; first parse per cable median ${ms(quantile(coldSorted, 0.5))} ms, p95 ${ms(quantile(coldSorted, 0.95))} ms, max ${ms(coldSorted.at(-1) ?? 0)} ms`,
  );
  console.log(
    `warm   median ${ms(median)} ms, p95 ${ms(quantile(sorted, 0.95))} ms, max ${ms(sorted.at(-1) ?? 0)} ms per cable`,
  );
  console.log(
    `       throughput ${(totalBytes / 1e6 / (totalMs / 1000)).toFixed(1)} MB/s over ${(totalBytes / 1024).toFixed(0)} KB`,
  );
  console.log(
    `       largest ${largest.name} (${(largest.bytes / 1024).toFixed(1)} KB): ${ms(largest.ms)} ms`,
  );
  console.log(
    `goals  median < ${GOAL_MEDIAN_MS} ms: ${median < GOAL_MEDIAN_MS ? 'met' : 'NOT met'}; largest < ${GOAL_LARGEST_MS} ms: ${largest.ms < GOAL_LARGEST_MS ? 'met' : 'NOT met'}\n`,
  );

  // Scaling: the largest cable's text repeated; time per byte should stay flat.
  const base = inputs.find((i) => i.name === largest.name) as (typeof inputs)[number];
  const scaling = [1, 10, 100].map((factor) => {
    const raw = {
      ...base.raw,
      bodyText: Array.from({ length: factor }, () => base.raw.bodyText).join('\n\n'),
    };
    const t = warm(raw, Math.max(3, Math.round(runs / factor)));
    return { factor, bytes: sizeOf(raw), ms: t, mbPerS: sizeOf(raw) / 1e6 / (t / 1000) };
  });
  console.log('scaling (largest cable repeated)');
  for (const s of scaling) {
    const ratio = s.ms / ((scaling[0] as (typeof scaling)[number]).ms * s.factor);
    console.log(
      `  ${String(s.factor).padStart(3)}x ${(s.bytes / 1024).toFixed(0).padStart(6)} KB  ${ms(s.ms).padStart(10)} ms  ${s.mbPerS.toFixed(1).padStart(6)} MB/s  time/(1x time * factor) = ${ratio.toFixed(2)}`,
    );
  }
  console.log('\nslowest cables');
  for (const c of [...perCable].sort((a, b) => b.ms - a.ms).slice(0, 5)) {
    console.log(`  ${c.name.padEnd(28)} ${(c.bytes / 1024).toFixed(1).padStart(6)} KB  ${ms(c.ms)} ms`);
  }

  if (process.argv.includes('--json')) {
    mkdirSync(dirname(jsonPath), { recursive: true });
    writeFileSync(
      jsonPath,
      JSON.stringify(
        { machine: machine(), code: pipeline.how, runs, coldFirst, coldRuns, perCable, scaling },
        null,
        2,
      ),
    );
    console.log(`\nwritten ${jsonPath}`);
  }
}

await main();
