// The browser bench's results as one plain object (printed as tables, written as JSON), and the goals it is read
// against. Shapes and summaries only: the figures come from the measuring modules.
import type { ScriptSize } from './extension';
import type { Machine } from './machine';
import type { ViewRun } from './measure';
import type { ScalePoint } from './pipeline-scaling';
import type { StepTimes } from './steps';
import type { TraceBreakdown } from './trace';
import type { ViewScalePoint } from './view-scaling';

export interface PageResult {
  id: string;
  layout: string;
  url: string;
  ours: ViewRun[];
  /** Median of the runs' `cable-reader` measures, ms (null when no run produced one). */
  oursMs: number | null;
  /** Median time from `cable-reader:ready` to the end of the next frame, ms. */
  frameMs: number | null;
  readabilityTimes: number[];
  readabilityMs: number;
  readabilityTextLength: number;
  /** oursMs / readabilityMs. */
  ratio: number | null;
  /** Longest long task during our work over all runs, ms (0: none). */
  ownLongTask: number;
  steps: StepTimes | null;
}

export interface DeclineResult {
  name: string;
  url: string;
  /** False where no content script matches the URL: it never runs there, so declining costs nothing. */
  matched: boolean;
  runs: ViewRun[];
  ms: number | null;
  /** True if a `cable-reader-view` appeared: a non-cable page must stay untouched. */
  touched: boolean;
}

export interface Goal {
  goal: string;
  target: string;
  value: string;
  met: boolean | null;
}

export interface BrowserBenchResult {
  date: string;
  machine: Machine;
  extension: { matches: string[]; sizes: ScriptSize[]; lazySizes: ScriptSize[] };
  runsPerPage: number;
  cold: { id: string; run: ViewRun; readabilityMs: number };
  pages: PageResult[];
  summary: {
    medianRatio: number | null;
    worstRatio: number | null;
    worstPage: string | null;
    medianOursMs: number | null;
    medianReadabilityMs: number;
    cablegateReadabilityMs: number;
    /** Pages whose own work produced a long task (over 50 ms), with its length. */
    longTaskPages: { id: string; ms: number }[];
  };
  /** Traced loads of the median and the worst page: where the content script's time goes. */
  traces: TraceBreakdown[];
  /** One `storage.local.get` round trip from the content script's world (the view awaits two before rendering). */
  storageReadMs: number | null;
  decline: DeclineResult[];
  scaling: { id: string; view: ViewScalePoint[]; pipeline: ScalePoint[] };
  goals: Goal[];
}
