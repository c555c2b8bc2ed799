// `npm test`: builds the extension for Chrome and Firefox, then runs every vitest project (unit, corpus,
// build checks, real browser). It only orchestrates; each check lives in its own test file.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { ensureDependencies } from './bootstrap.mjs';

// The first command on a fresh clone: install what is missing before anything runs.
ensureDependencies('test');

// Builds write .output/, which other runs in the same tree read: take the shared build lock where flock exists.
const BUILD_LOCK = '/tmp/wxt-build.lock';
const flock = ['/usr/bin/flock', '/bin/flock'].find((p) => existsSync(p));
const RESULTS = 'test-results/vitest.json';

function run(cmd, args) {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  return r.status ?? 1;
}

function build(args) {
  return flock
    ? run(flock, [BUILD_LOCK, 'npx', 'wxt', 'build', ...args])
    : run('npx', ['wxt', 'build', ...args]);
}

const extra = process.argv.slice(2);
let status = build([]);
if (status === 0) status = build(['-b', 'firefox']);
if (status !== 0) {
  console.error('npm test: the extension build failed; tests that need it cannot run.');
}
// A results file left by an earlier run must never stand in for this one (summarize-results reads it).
rmSync(RESULTS, { force: true });
const testStatus = run('npx', ['vitest', 'run', ...extra]);
process.exit(status || testStatus);
