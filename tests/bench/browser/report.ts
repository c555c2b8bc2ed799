// Prints the browser bench's results as plain tables and a goals summary, and writes them as JSON on request.
// Formatting only: every figure arrives already measured in a BrowserBenchResult.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ScriptSize } from './extension';
import { describeLine } from './machine';
import type { ViewRun } from './measure';
import type { BrowserBenchResult } from './results';
import { median, ms, table } from './stats';

const ratio = (r: number | null) => (r === null ? '-' : `${r.toFixed(3)}x`);
const medianOf = (runs: ViewRun[], pick: (r: ViewRun) => number | null): number | null => {
  const values = runs.map(pick).filter((v): v is number => v !== null);
  return values.length ? median(values) : null;
};

function pagesTable(r: BrowserBenchResult): string {
  const rows = r.pages.map((p) => [
    p.id,
    p.layout,
    ms(p.oursMs),
    ms(p.frameMs),
    ms(p.readabilityMs),
    ratio(p.ratio),
    p.ownLongTask > 0 ? ms(p.ownLongTask, 0) : '-',
    String(Math.max(...p.ours.map((o) => o.paragraphs))),
    ms(p.steps?.extractMs),
    ms(p.steps?.parseMs),
    ms(p.steps?.renderMs),
    ms(p.steps?.layoutMs),
    ms(p.steps?.coldMs),
    p.steps && p.oursMs !== null ? ms(p.oursMs - p.steps.coldMs) : '-',
  ]);
  const header = ['page', 'layout', 'ours ms', '+frame', 'Readab. ms', 'ratio', 'longtask', 'paras'];
  return table([...header, 'extract', 'parse', 'render', 'layout', 'cold', 'rest'], rows);
}

/** Medians over the pages of each step, to say at a glance which one the time goes to. */
function stepMedians(r: BrowserBenchResult): string {
  const withSteps = r.pages.filter((p) => p.steps !== null && p.oursMs !== null);
  const of = (pick: (p: (typeof withSteps)[number]) => number) => ms(median(withSteps.map(pick)), 1);
  return (
    `Step medians over ${withSteps.length} pages: extract ${of((p) => p.steps?.extractMs ?? 0)}, ` +
    `parse ${of((p) => p.steps?.parseMs ?? 0)}, render ${of((p) => p.steps?.renderMs ?? 0)}, ` +
    `layout ${of((p) => p.steps?.layoutMs ?? 0)}, cold ${of((p) => p.steps?.coldMs ?? 0)}, ` +
    `rest ${of((p) => (p.oursMs ?? 0) - (p.steps?.coldMs ?? 0))} ms`
  );
}

function traceTables(r: BrowserBenchResult): string {
  return r.traces
    .map((t) => {
      const id = t.url.replace(/^.*\//, '').replace(/\.html$/, '');
      const activities = Object.entries(t.activities)
        .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
        .map(([what, value]) => `${what} ${ms(value, 1)}`)
        .join(', ');
      const top = t.slices
        .slice(0, 8)
        .map((s) => `${s.what} ${ms(s.ms, 1)}`)
        .join(', ');
      return (
        `Trace of ${id}: measure ${ms(t.measureMs, 1)} ms, to first frame ${ms(t.windowMs, 1)} ms; ` +
        `main thread: ${activities}\n  largest: ${top}`
      );
    })
    .join('\n');
}

function declineTable(r: BrowserBenchResult): string {
  return table(
    ['non-cable page', 'decline ms', 'max ms', 'untouched', 'url'],
    r.decline.map((d) => [
      d.name,
      d.matched ? ms(d.ms, 1) : 'not run',
      d.matched ? ms(Math.max(...d.runs.map((x) => x.duration ?? Number.NaN)), 1) : '-',
      d.matched ? (d.touched ? 'NO' : 'yes') : '-',
      d.url,
    ]),
  );
}

function scalingTables(r: BrowserBenchResult): string {
  const view = table(
    [
      'view',
      'KB',
      'ours ms',
      'µs/KB',
      '+frame',
      'longest task',
      'timer lag',
      'frame gap',
      'paras',
      'extract',
      'parse',
      'render',
      'layout',
    ],
    r.scaling.view.map((p) => {
      const ours = medianOf(p.runs, (x) => x.duration);
      return [
        `${p.times}x`,
        p.kilobytes.toFixed(0),
        ms(ours),
        ours === null ? '-' : ((ours * 1000) / p.kilobytes).toFixed(1),
        ms(medianOf(p.runs, (x) => x.readyToFrame)),
        ms(Math.max(...p.runs.map((x) => x.ownLongTask)), 0),
        ms(Math.max(...p.runs.map((x) => x.timerLag ?? 0)), 0),
        ms(Math.max(...p.runs.map((x) => x.frameGap ?? 0)), 0),
        String(Math.max(...p.runs.map((x) => x.paragraphs))),
        ms(p.steps?.extractMs, 1),
        ms(p.steps?.parseMs, 1),
        ms(p.steps?.renderMs, 1),
        ms(p.steps?.layoutMs, 1),
      ];
    }),
  );
  const pipeline = table(
    ['parseCable (Node)', 'KB', 'ms', 'µs/KB', 'blocks'],
    r.scaling.pipeline.map((p) => [
      `${p.times}x`,
      p.kilobytes.toFixed(0),
      ms(p.ms),
      p.usPerKB.toFixed(1),
      String(p.blocks),
    ]),
  );
  return `${view}\n\n${pipeline}`;
}

/** The whole report as text. */
export function formatReport(r: BrowserBenchResult): string {
  const s = r.summary;
  const kb = (files: ScriptSize[]) =>
    files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB gzip`).join(', ');
  const sizes = kb(r.extension.sizes);
  const cold = r.cold;
  return [
    `Browser bench (${r.date}): ${describeLine(r.machine)}`,
    ...(r.machine.load > r.machine.cores
      ? [
          `Note: load ${r.machine.load} on ${r.machine.cores} cores: other work shares the CPU; absolute times are inflated.`,
        ]
      : []),
    `Each page: ${r.runsPerPage} loads at its mirror URL (median of the content script's "cable-reader" measure), ` +
      `Readability median of ${r.runsPerPage} parses of the same HTML at an unmatched URL.`,
    '"+frame": from ready to the end of the next rendered frame (style and layout of the view). Steps, timed apart ' +
      'in the page (median): extract (lib/sites), parse (lib/cable), render (Preact), layout (forced); ' +
      '"cold": extract + parse + render on their first run (the content script always runs them cold); ' +
      '"rest" = ours - cold: loading the view code, storage reads, mounting. ' +
      'Page timers are coarsened to 0.1 ms (the pages are not cross-origin isolated).',
    '',
    pagesTable(r),
    '',
    `Cold first page ${cold.id}: ours ${ms(cold.run.duration)} ms (+frame ${ms(cold.run.readyToFrame)}), ` +
      `Readability ${ms(cold.readabilityMs)} ms, longest task ${cold.run.anyLongTask ? ms(cold.run.anyLongTask, 0) : 'none'}`,
    `Median ours ${ms(s.medianOursMs)} ms; median Readability ${ms(s.medianReadabilityMs)} ms ` +
      `(Cablegate pages ${ms(s.cablegateReadabilityMs)} ms)`,
    `Ratio ours/Readability: median ${ratio(s.medianRatio)}, worst ${ratio(s.worstRatio)} (${s.worstPage ?? '-'})`,
    `Long tasks (>50 ms) during our work on corpus pages: ${
      s.longTaskPages.length ? s.longTaskPages.map((p) => `${p.id} ${p.ms.toFixed(0)} ms`).join(', ') : 'none'
    }`,
    stepMedians(r),
    traceTables(r),
    `A storage read from the content script's world: ${ms(r.storageReadMs, 1)} ms (median).`,
    '',
    declineTable(r),
    '',
    `Scaling, ${r.scaling.id} (body repeated); timer lag / frame gap: worst delay of a 5 ms timer / between frames`,
    scalingTables(r),
    '',
    `Content script: ${sizes || 'none declared'}; loaded on cable pages only: ${kb(r.extension.lazySizes) || 'none'}`,
    '',
    table(
      ['goal', 'target', 'measured', 'met'],
      r.goals.map((g) => [g.goal, g.target, g.value, g.met === null ? 'n/a' : g.met ? 'yes' : 'NO']),
    ),
  ].join('\n');
}

/** Writes the results as JSON to `path`, creating its folder. */
export function writeJson(r: BrowserBenchResult, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);
}
