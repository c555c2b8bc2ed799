// Prints the cold loads (a fresh tab per page) and reads them against issue 14's goals: no raw frame, the clean
// view's first paint with the page's own, the measure against Readability, long tasks, decline, size. Formatting.
import { loadavg } from 'node:os';
import type { ColdRun } from './cold';
import type { ScriptSize } from './extension';
import { describeLine, type Machine } from './machine';
import type { DeclineResult, Goal } from './results';
import { median, ms, table } from './stats';
import type { TraceBreakdown } from './trace';

const present = (values: (number | null)[]): number[] => values.filter((v): v is number => v !== null);

/** The view's first paint after the page's own first contentful paint without the extension, ms. */
const lateness = (r: ColdRun): number | null =>
  r.firstPaint === null || r.plainFcp === null ? null : r.firstPaint - r.plainFcp;

/**
 * When the reader sees the view, after the page's own FCP without the extension, ms: the page's FCP with the view.
 * At a cable address the raw text is hidden, so the first contentful frame at or after the view's first-paint frame
 * shows the first screen, presented after that frame's style, layout and paint (the mark is set as the frame begins
 * and waits for none of them). Null where the page painted content of its own before the view's frame.
 */
const shownLate = (r: ColdRun): number | null =>
  r.fcp === null || r.plainFcp === null || r.firstPaint === null || r.fcp < r.firstPaint
    ? null
    : r.fcp - r.plainFcp;

const ratioOf = (r: ColdRun): number | null => (r.measure === null ? null : r.measure / r.readabilityMs);

function coldTable(runs: readonly ColdRun[]): string {
  return table(
    [
      'page',
      'FCP plain',
      'FCP ours',
      'start',
      'first-paint',
      'late',
      'measure',
      'Readab.',
      'ratio',
      'raw',
      'longtask',
    ],
    runs.map((r) => [
      r.id,
      ms(r.plainFcp, 1),
      ms(r.fcp, 1),
      ms(r.startAt, 1),
      ms(r.firstPaint, 1),
      ms(lateness(r), 1),
      ms(r.measure, 1),
      ms(r.readabilityMs, 1),
      ratioOf(r) === null ? '-' : `${(ratioOf(r) as number).toFixed(2)}x`,
      `${r.rawFrames}/${r.frames}`,
      r.longTask ? ms(r.longTask, 0) : '-',
    ]),
  );
}

function traceLine(t: TraceBreakdown | null): string {
  if (!t) return 'No trace of the slowest page.';
  const activities = Object.entries(t.activities)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([what, value]) => `${what} ${ms(value, 1)}`)
    .join(', ');
  const top = t.slices
    .slice(0, 10)
    .map((s) => `${s.what} ${ms(s.ms, 1)}`)
    .join(', ');
  const paint =
    t.firstPaintMs === null
      ? 'no first-paint mark'
      : `to first paint ${ms(t.firstPaintMs, 1)} ms wall, ${ms(t.cpuToFirstPaintMs, 1)} ms main-thread CPU`;
  const tasks = t.tasks
    .map((task) => `at ${ms(task.at, 0)}: ${ms(task.ms, 1)} (CPU ${ms(task.cpuMs, 1)})`)
    .join(', ');
  return (
    `Trace of the slowest page (${t.url.replace(/^.*\//, '')}), a fresh tab: measure ${ms(t.measureMs, 1)} ms, ` +
    `to first frame ${ms(t.windowMs, 1)} ms (main-thread CPU ${ms(t.cpuMs, 1)}); ${paint}; main thread: ${activities}` +
    `\n  largest: ${top}\n  tasks over 20 ms, ms after start: ${tasks || 'none'}`
  );
}

function coldGoals(runs: readonly ColdRun[], decline: DeclineResult[], sizes: ScriptSize[]): Goal[] {
  const late = present(runs.map(lateness));
  const seen = present(runs.map(shownLate));
  const seenOf = `${seen.length} of ${runs.filter((r) => r.firstPaint !== null).length} pages`;
  const ratios = present(runs.map(ratioOf));
  // A page the content script declines (a header-only page) shows its own text, as it must: not counted.
  const shown = runs.filter((r) => r.firstPaint !== null);
  const raw = shown.reduce((sum, r) => sum + r.rawFrames, 0);
  const declined = runs.filter((r) => r.firstPaint === null);
  const long = runs.filter((r) => r.longTask > 50);
  const declines = present(
    decline.flatMap((d) => d.runs.map((x) => (x.outcome === 'declined' ? x.duration : null))),
  );
  const gzip = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024;
  const all = declined.length ? ` (declined, original shown: ${declined.map((r) => r.id).join(', ')})` : '';
  return [
    {
      goal: 'frames with raw text before the clean view',
      target: '0 on every page',
      value: `${raw} in ${shown.length} pages with the view${all}`,
      met: raw === 0 && shown.length > 0,
    },
    {
      goal: 'first-paint after the page FCP (median)',
      target: '<= 16 ms',
      value: late.length ? `${ms(median(late), 1)} ms` : '-',
      met: late.length ? median(late) <= 16 : false,
    },
    {
      goal: 'first-paint after the page FCP (worst)',
      target: '<= 50 ms',
      value: late.length ? `${ms(Math.max(...late), 1)} ms` : '-',
      met: late.length ? Math.max(...late) <= 50 : false,
    },
    {
      goal: 'first screen presented after the page FCP (median)',
      target: '<= 16 ms',
      value: seen.length ? `${ms(median(seen), 1)} ms (${seenOf})` : '-',
      met: seen.length ? median(seen) <= 16 : false,
    },
    {
      goal: 'first screen presented after the page FCP (worst)',
      target: '<= 50 ms',
      value: seen.length ? `${ms(Math.max(...seen), 1)} ms (${seenOf})` : '-',
      met: seen.length ? Math.max(...seen) <= 50 : false,
    },
    {
      goal: 'cold measure / Readability (median)',
      target: '<= 0.5x',
      value: ratios.length ? `${median(ratios).toFixed(2)}x` : '-',
      met: ratios.length ? median(ratios) <= 0.5 : false,
    },
    {
      goal: 'cold measure / Readability (worst)',
      target: '<= 1x',
      value: ratios.length ? `${Math.max(...ratios).toFixed(2)}x` : '-',
      met: ratios.length ? Math.max(...ratios) <= 1 : false,
    },
    {
      goal: 'long tasks over 50 ms (cold loads)',
      target: 'none',
      value: long.length ? long.map((r) => `${r.id} ${r.longTask.toFixed(0)} ms`).join(', ') : 'none',
      met: long.length === 0,
    },
    {
      goal: 'decline on a matched non-cable page (median)',
      target: '< 1 ms',
      value: declines.length ? `${ms(median(declines), 3)} ms` : 'none matched',
      met: declines.length ? median(declines) < 1 && decline.every((d) => !d.touched) : null,
    },
    {
      goal: 'content script on non-cable addresses',
      target: '<= 25 KB gzip',
      value: `${gzip.toFixed(1)} KB gzip (${sizes.map((s) => s.file).join(', ')})`,
      met: gzip <= 25,
    },
  ];
}

export function formatCold(
  machine: Machine,
  runs: readonly ColdRun[],
  trace: TraceBreakdown | null,
  decline: DeclineResult[],
  sizes: ScriptSize[],
): string {
  const goals = coldGoals(runs, decline, sizes);
  return [
    `Cold loads, a fresh tab per page (${describeLine(machine)}; load at the end ${loadavg()[0]?.toFixed(2)})`,
    '"FCP plain": the page\'s first contentful paint at an unmatched URL (no extension); "FCP ours": the same at ' +
      'the mirror URL, which shows the first screen presented where it comes after first-paint (the mark is set as ' +
      'the frame begins, before its layout and paint); "late": first-paint minus FCP plain; ' +
      '"measure": cable-reader (start at document_start to the view committed); "raw": frames drawn with ' +
      "raw cable text on screen, from the page's FCP to the view's first paint / frames sampled. Times in ms from " +
      'navigation start.',
    '',
    coldTable(runs),
    '',
    traceLine(trace),
    '',
    table(
      ['non-cable page', 'decline ms (own work)', 'url'],
      decline.map((d) => [d.name, d.matched ? ms(d.ms, 3) : 'not run', d.url]),
    ),
    '',
    table(
      ['goal', 'target', 'measured', 'met'],
      goals.map((g) => [g.goal, g.target, g.value, g.met === null ? 'n/a' : g.met ? 'yes' : 'NO']),
    ),
  ].join('\n');
}

/** Medians of two builds' cold loads of the same pages, timed in turn: `before` the other build, `after` this one. */
export function formatBeside(before: readonly ColdRun[], after: readonly ColdRun[]): string {
  const sinceText = (r: ColdRun) =>
    r.firstPaint === null || r.textThere === null ? null : r.firstPaint - r.textThere;
  const row = (name: string, pick: (r: ColdRun) => number | null, digits = 1) => {
    const of = (runs: readonly ColdRun[]) => {
      const values = present(runs.map(pick));
      return values.length ? median(values) : null;
    };
    return [name, ms(of(before), digits), ms(of(after), digits)];
  };
  return table(
    ['median over pages', 'before (--against)', 'after (this build)'],
    [
      row('first-paint after the page FCP, ms', lateness),
      row('first screen presented after the page FCP, ms', shownLate),
      row('first-paint after DOMContentLoaded, ms', sinceText),
      row('first-paint, ms from navigation', (r) => r.firstPaint),
      row('cable-reader:start, ms from navigation', (r) => r.startAt),
      row('measure (start to ready), ms', (r) => r.measure),
      row('measure / Readability', ratioOf, 2),
      row('longest long task to first paint, ms', (r) => r.longTask),
    ],
  );
}
