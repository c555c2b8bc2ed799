// Types of scripts/robustness-summary.mjs for the TypeScript tests that import it.
interface AttackSum {
  tried: number;
  held: number;
  tests: number;
}
interface WriteSum {
  acknowledged: number;
  found: number;
  tests: number;
}
export interface RobustnessTally {
  attacks: Map<string, AttackSum>;
  writes: Map<string, WriteSum>;
}
export const ATTACKS: readonly string[];
export const FAULTS: readonly string[];
export function tallyRobustness(results: unknown): RobustnessTally;
export function uncounted(tally: RobustnessTally): string[];
export function shortfalls(tally: RobustnessTally): string[];
export function formatRobustness(tally: RobustnessTally): string[];
