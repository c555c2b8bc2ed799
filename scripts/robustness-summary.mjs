// Prints what the robustness suites tried and what held, from the counts they left on their tests in vitest's JSON
// results (test-results/vitest.json; see tests/fixtures/robustness-tally.ts): attacks tried / held by kind, and writes
// acknowledged / found after each fault. A kind no suite counted in this run says so; it is never taken as held.
import { readFileSync } from 'node:fs';

const ATTACKS = [
  'script payloads',
  'forged messages',
  'overlay covers',
  'fighting-page rewrites',
  'hostile files',
];
const FAULTS = ['extension reload and update', 'killed service worker', 'full disk'];

const path = process.argv[2] ?? 'test-results/vitest.json';
const results = JSON.parse(readFileSync(path, 'utf8'));
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

const line = (name, a, b, tests) => `  ${name}: ${tests ? `${a} / ${b}` : 'not run'}`;
const total = [...attacks.values()].reduce((t, s) => ({ tried: t.tried + s.tried, held: t.held + s.held }), {
  tried: 0,
  held: 0,
});
console.log(`Attacks tried / held: ${total.tried} / ${total.held}`);
for (const [kind, s] of attacks) console.log(line(kind, s.tried, s.held, s.tests));
console.log('Writes acknowledged / found after the fault:');
for (const [fault, s] of writes) console.log(line(fault, s.acknowledged, s.found, s.tests));
