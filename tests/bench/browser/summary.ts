// Turns per-page figures into the bench's summary and reads it against the speed and size goals of issue 6.
// Judges nothing in tests: the goals are reported, never asserted.
import type { ScriptSize } from './extension';
import type { BrowserBenchResult, DeclineResult, Goal, PageResult } from './results';
import { median, ms } from './stats';

/** Long tasks that count against a page: the content script's own work lasting over 50 ms. */
const longTaskLimit = 50;

export function summarize(pages: PageResult[]): BrowserBenchResult['summary'] {
  const rated = pages.filter((p): p is PageResult & { ratio: number } => p.ratio !== null);
  const worst = rated.reduce<(PageResult & { ratio: number }) | null>(
    (w, p) => (w === null || p.ratio > w.ratio ? p : w),
    null,
  );
  const ours = pages.map((p) => p.oursMs).filter((v): v is number => v !== null);
  return {
    medianRatio: rated.length ? median(rated.map((p) => p.ratio)) : null,
    worstRatio: worst?.ratio ?? null,
    worstPage: worst?.id ?? null,
    medianOursMs: ours.length ? median(ours) : null,
    medianReadabilityMs: median(pages.map((p) => p.readabilityMs)),
    cablegateReadabilityMs: median(pages.filter((p) => p.layout === 'cablegate').map((p) => p.readabilityMs)),
    longTaskPages: pages
      .filter((p) => p.ownLongTask > longTaskLimit)
      .map((p) => ({ id: p.id, ms: p.ownLongTask })),
  };
}

const budgetKB = 25;

export function goals(
  summary: BrowserBenchResult['summary'],
  decline: DeclineResult[],
  sizes: ScriptSize[],
  pagesMeasured: number,
  pagesTotal: number,
): Goal[] {
  const measuredDecline = decline.filter((d) => d.ms !== null);
  const worstDecline = measuredDecline.length
    ? Math.max(...measuredDecline.map((d) => d.ms as number))
    : null;
  const gzip = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024;
  const cover = pagesMeasured === pagesTotal ? '' : ` (${pagesMeasured} of ${pagesTotal} pages rendered)`;
  return [
    {
      goal: 'median time-to-clean-view / Readability',
      target: '<= 0.2x',
      value: summary.medianRatio === null ? 'no view measured' : `${summary.medianRatio.toFixed(3)}x${cover}`,
      met: summary.medianRatio === null ? false : summary.medianRatio <= 0.2 && cover === '',
    },
    {
      goal: 'worst page / Readability',
      target: '<= 0.5x',
      value:
        summary.worstRatio === null
          ? 'no view measured'
          : `${summary.worstRatio.toFixed(3)}x (${summary.worstPage})`,
      met: summary.worstRatio === null ? false : summary.worstRatio <= 0.5 && cover === '',
    },
    {
      goal: 'no long task over 50 ms on corpus pages',
      target: 'none',
      value: summary.longTaskPages.length ? `${summary.longTaskPages.length} pages` : 'none',
      met: summary.longTaskPages.length === 0,
    },
    {
      goal: 'decline a non-cable page on a matched host',
      target: '< 1 ms',
      value: worstDecline === null ? 'no matched non-cable page' : `${ms(worstDecline, 3)} ms (worst median)`,
      met: worstDecline === null ? null : worstDecline < 1 && decline.every((d) => !d.touched),
    },
    {
      goal: 'content script size',
      target: `<= ${budgetKB} KB gzip`,
      value: sizes.length ? `${gzip.toFixed(1)} KB gzip` : 'no content script declared',
      met: sizes.length ? gzip <= budgetKB : null,
    },
  ];
}
