// Prints the one plain line `N passed, M failed` from vitest's JSON results (test-results/vitest.json).
// A suite that failed to load counts as a failure, and a missing results file counts as one: never a silent green.
import { readFileSync } from 'node:fs';

let line = '0 passed, 1 failed';
try {
  const r = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  const brokenSuites = (r.testResults ?? []).filter(
    (s) => s.status === 'failed' && !(s.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  line = `${r.numPassedTests} passed, ${r.numFailedTests + brokenSuites} failed`;
} catch {
  // keep the failing line: no results means the run did not happen
}
console.log(line);
