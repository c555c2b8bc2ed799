// The assertions every fuzz run shares: the guarded call answered within the hang bound and its report shows no
// contract breach (see invariants.ts for what is judged).
import { expect } from 'vitest';
import { HANG_MS } from './config';
import type { Guarded } from './guard';
import { reportProblems } from './invariants';
import type { FuzzReport } from './targets';

/** Fails (with `context` naming the input) unless the guarded run answered in time; returns its report. */
function answered(guarded: Guarded, context: string): FuzzReport {
  if (guarded.hung) {
    expect.fail(`no answer within the ${HANG_MS} ms hang bound for ${context}`);
  }
  return guarded.report;
}

/** Asserts the run answered in time and broke no contract. */
export function expectSound(guarded: Guarded, context: string): FuzzReport {
  const report = answered(guarded, context);
  expect(reportProblems(report), context).toEqual([]);
  return report;
}
