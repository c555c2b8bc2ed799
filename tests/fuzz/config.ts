// Shared settings of the fuzz suites: a fixed seed and modest run counts under `npm test`, raised by env for long
// runs (`npm run test:fuzz`; or FC_RUNS and FC_SEED with tests/fuzz/vitest.config.ts). Settings only.

/** Seed for every property; a failure prints it with the path, so `FC_SEED=<seed>` replays the run. */
const FC_SEED = Number(process.env.FC_SEED ?? 4242);

/**
 * Runs for one property: its default under `npm test` (sized so the whole fuzz folder stays well under a minute
 * on two busy cores), or `FC_RUNS` when set, for a long run.
 */
function runs(defaultRuns: number): number {
  const fromEnv = Number(process.env.FC_RUNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : defaultRuns;
}

/** Time a property may take in all, shrinking included: failures found by then are reported as they stand. */
function timeLimit(defaultRuns: number): number {
  return Math.max(40_000, runs(defaultRuns) * 1_000);
}

/**
 * fast-check parameters for a property with `defaultRuns` runs. Shrinking an input that hangs costs the hang
 * bound per step, so the property stops at its time limit and reports its best counterexample so far.
 */
export function params(defaultRuns: number): {
  seed: number;
  numRuns: number;
  interruptAfterTimeLimit: number;
} {
  return { seed: FC_SEED, numRuns: runs(defaultRuns), interruptAfterTimeLimit: timeLimit(defaultRuns) };
}

/**
 * Hang bound for one guarded call (parse a page, run every adapter and the pipeline on it). A hang detector,
 * not a performance test: it is far above what the slowest input needs on a loaded machine, and only an
 * endless loop or runaway backtracking reaches it. `FUZZ_HANG_MS` overrides it.
 */
export const HANG_MS = Number(process.env.FUZZ_HANG_MS ?? 5_000);

/** Vitest timeout for a property: its fast-check time limit plus one last hang and the report. */
export function testTimeout(defaultRuns: number): number {
  return timeLimit(defaultRuns) + HANG_MS + 20_000;
}
