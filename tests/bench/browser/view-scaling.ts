// Times the clean view in the browser on one Cablegate page whose body is repeated 1, 10 and 100 times, with the
// responsiveness probe running: the view's cost should grow linearly and the tab should keep answering. Each
// size's steps (extract, parse, render, layout) are also timed apart, to show which one grows faster than the text.
import type { ExtensionBrowser } from '../../browser/fixture';
import { openMatched, type ViewRun } from './measure';
import { type BenchPage, repeatBody } from './pages';
import { installProbe } from './probes';
import { type StepTimes, timeSteps } from './steps';

export interface ViewScalePoint {
  times: number;
  kilobytes: number;
  runs: ViewRun[];
  /** The same page's steps timed apart at an unmatched URL (one run). */
  steps: StepTimes | null;
}

const runsFor = (times: number) => (times >= 100 ? 2 : 3);

/** Opens `page` at its mirror URL with its body repeated `sizes` times over, each size in a fresh tab. */
export async function viewScaling(
  bench: ExtensionBrowser,
  page: BenchPage,
  sizes: readonly number[],
): Promise<ViewScalePoint[]> {
  const points: ViewScalePoint[] = [];
  try {
    for (const times of sizes) {
      const html = repeatBody(page, times);
      bench.serve(page.mirrorUrl, html);
      bench.serve(page.plainUrl, html);
      const tab = await bench.context.newPage();
      await installProbe(tab);
      const runs: ViewRun[] = [];
      for (let run = 0; run < runsFor(times); run++) {
        runs.push(await openMatched(tab, page.mirrorUrl, 120_000));
      }
      await tab.goto(page.plainUrl, { waitUntil: 'load' });
      const steps = await timeSteps(tab, page, 1);
      await tab.close();
      points.push({ times, kilobytes: html.length / 1024, runs, steps });
    }
  } finally {
    bench.serve(page.mirrorUrl, page.html);
    bench.serve(page.plainUrl, page.html);
  }
  return points;
}
