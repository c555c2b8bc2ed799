// The popup bench's report: one table per build timed, and with two builds their medians side by side.
// Formats what the measures gave; times nothing.
import { ms, table } from '../browser/stats';
import type { FirstRender, IndexLoad, Keystroke } from './measures';

/** What one build gave. */
export interface BuildResult {
  label: string;
  dir: string;
  drawn: number;
  warm: FirstRender[];
  cold: FirstRender[];
  index: IndexLoad;
  keystrokes: Keystroke[];
  writes: number[];
}

interface Stats {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return {
    n: sorted.length,
    median: at(0.5),
    p95: at(0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** Each measure of a build: its name, samples, and whether they were timed in rounds alternating the builds. */
type Measure = [name: string, samples: number[], alternated: boolean];

function measures(r: BuildResult): Measure[] {
  const render = (label: string, runs: FirstRender[]): Measure[] => [
    [`${label}: navigation -> list in DOM`, runs.map((x) => x.readyMs), true],
    [`${label}: navigation -> list request`, runs.map((x) => x.requestMs), true],
    [`${label}: navigation -> modules ask`, runs.map((x) => x.moduleMs), true],
    [`${label}: list request round trip`, runs.map((x) => x.roundTripMs), true],
    [`${label}: answer -> list in DOM`, runs.map((x) => x.drawMs), true],
  ];
  const keys = (name: string, pick: (k: Keystroke) => number): Measure => [
    `search keystroke: ${name}`,
    r.keystrokes.map(pick),
    false,
  ];
  return [
    ...render(`warm SW (${r.warm.length} runs)`, r.warm),
    ...render(`cold SW (${r.cold.length} runs)`, r.cold),
    keys(`input -> results in DOM (${r.keystrokes.length} keys)`, (k) => k.total),
    keys('input -> request (pause)', (k) => k.wait),
    keys('request round trip', (k) => k.roundTrip),
    keys('answer -> results in DOM', (k) => k.draw),
    [`bookmark toggle click -> aria-pressed (${r.writes.length} writes)`, r.writes, false],
  ];
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/** One build's table and its search index line. */
export function buildReport(r: BuildResult): string {
  const rows = measures(r).map(([name, samples]) => {
    const s = stats(samples);
    return [name, ms(s.median, 1), ms(s.p95, 1), ms(s.min, 1), ms(s.max, 1)];
  });
  return [
    `${r.label} (${r.dir}): first render draws ${r.drawn} cables.`,
    table(['measure (ms)', 'median', 'p95', 'min', 'max'], rows),
    `Search index: complete ${ms(r.index.readyMs, 0)} ms after navigation; popup heap ${mb(r.index.heapAtList)} MB at the first list, ${mb(r.index.heapWithIndex)} MB with the index (+${mb(r.index.heapWithIndex - r.index.heapAtList)} MB). Keystrokes are timed with the index complete.`,
  ].join('\n');
}

/**
 * Two builds' medians side by side, the change of the medians, and for the first renders the median of the runs'
 * own changes (B's run minus A's of the same round, timed back to back: load that comes and goes falls on both).
 */
export function comparison(a: BuildResult, b: BuildResult): string {
  const bMeasures = new Map(measures(b).map(([name, samples]) => [name, samples]));
  const rows = measures(a).map(([name, samples, alternated]) => {
    const other = bMeasures.get(name) ?? [];
    const [ma, mb] = [stats(samples).median, stats(other).median];
    const paired = alternated ? samples.map((x, i) => (other[i] ?? Number.NaN) - x) : [];
    return [name, ms(ma, 1), ms(mb, 1), ms(mb - ma, 1), ms(stats(paired).median, 1)];
  });
  return table(['median (ms)', a.label, b.label, 'change', 'paired change'], rows);
}
