// What the robustness suites tried and what held, from the counts they left on their tests in vitest's JSON results
// (test-results/vitest.json; see tests/fixtures/robustness-tally.ts): attacks tried / held by kind, and writes
// acknowledged / found after each fault. `npm test` prints it after a run; `node scripts/robustness-summary.mjs
// [results.json]` prints it for any results file. A kind no suite counted is never taken as held.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const ATTACKS = [
  'script payloads',
  'forged messages',
  'overlay covers',
  'fighting-page rewrites',
  'hostile files',
];
export const FAULTS = ['extension reload and update', 'killed service worker', 'full disk'];

/** Adds up the counts on every test of `results` (vitest's JSON report). Throws on a kind not listed above. */
export function tallyRobustness(results) {
  const attacks = new Map(ATTACKS.map((k) => [k, { tried: 0, held: 0, tests: 0 }]));
  const writes = new Map(FAULTS.map((f) => [f, { acknowledged: 0, found: 0, tests: 0 }]));
  for (const file of results.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      const counts = test.meta?.robustness;
      if (!counts) continue;
      for (const a of counts.attacks) {
        const sum = attacks.get(a.kind);
        if (!sum) throw new Error(`unknown attack kind ${a.kind} in ${test.fullName}`);
        sum.tried += a.tried;
        sum.held += a.held;
        sum.tests += 1;
      }
      for (const w of counts.writes) {
        const sum = writes.get(w.fault);
        if (!sum) throw new Error(`unknown fault ${w.fault} in ${test.fullName}`);
        sum.acknowledged += w.acknowledged;
        sum.found += w.found;
        sum.tests += 1;
      }
    }
  }
  return { attacks, writes };
}

/** Kinds and faults no test counted: in a full run, a suite that stopped counting (or was dropped). */
export function uncounted(tally) {
  return [...tally.attacks, ...tally.writes].filter(([, s]) => s.tests === 0).map(([name]) => name);
}

/** Kinds and faults where fewer held (or were found) than were tried (or acknowledged). */
export function shortfalls(tally) {
  return [
    ...[...tally.attacks].filter(([, s]) => s.held < s.tried),
    ...[...tally.writes].filter(([, s]) => s.found < s.acknowledged),
  ].map(([name]) => name);
}

/** The report, one line each. */
export function formatRobustness(tally) {
  const line = (name, a, b, tests) => `  ${name}: ${tests ? `${a} / ${b}` : 'not run'}`;
  const total = [...tally.attacks.values()].reduce(
    (t, s) => ({ tried: t.tried + s.tried, held: t.held + s.held }),
    { tried: 0, held: 0 },
  );
  return [
    `Attacks tried / held: ${total.tried} / ${total.held}`,
    ...[...tally.attacks].map(([kind, s]) => line(kind, s.tried, s.held, s.tests)),
    'Writes acknowledged / found after the fault:',
    ...[...tally.writes].map(([fault, s]) => line(fault, s.acknowledged, s.found, s.tests)),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const path = process.argv[2] ?? 'test-results/vitest.json';
  const tally = tallyRobustness(JSON.parse(readFileSync(path, 'utf8')));
  console.log(formatRobustness(tally).join('\n'));
}
