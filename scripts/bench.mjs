// `npm run bench`: runs each benchmark file in turn with tsx and passes the command line's arguments on.
// A bench that crashes, or one over a budget it holds (the generic detector's 5 ms; the batch CLI's CPU-time
// rate and peak RSS), makes this exit non-zero.
import { spawnSync } from 'node:child_process';

/** Benchmark entry points, run in this order. */
const benches = [
  'tests/bench/pipeline.ts',
  'tests/bench/generic.ts',
  'tests/bench/store.ts',
  'tests/bench/browser.ts',
  'tests/bench/popup.ts',
  'tests/bench/library.ts',
  'tests/bench/cli.ts',
];

const args = process.argv.slice(2);
let status = 0;
for (const file of benches) {
  console.log(`\n> tsx ${file} ${args.join(' ')}`.trimEnd());
  const run = spawnSync('npx', ['tsx', file, ...args], { stdio: 'inherit', shell: false });
  if (run.status !== 0) {
    console.error(`bench: ${file} exited with ${run.status ?? run.signal}`);
    status = 1;
  }
}
process.exit(status);
