// `npm test`: builds the extension for Chrome and Firefox, then runs every vitest project (unit, corpus,
// build checks, real browser). It only orchestrates; each check lives in its own test file.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureDependencies } from './bootstrap.mjs';
import { formatRobustness, shortfalls, tallyRobustness, uncounted } from './robustness-summary.mjs';

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
const results = readResults();
const skips = skipSummary(results);
const robustnessStatus = robustnessReport(results, extra.length === 0 && skips.skipped === 0);
console.log(`\n${skips.line}`);
process.exit(status || testStatus || robustnessStatus);

function readResults() {
  try {
    return JSON.parse(readFileSync(RESULTS, 'utf8'));
  } catch {
    return null;
  }
}

// What the robustness suites tried and what held (scripts/robustness-summary.mjs). In a full run with nothing
// skipped every kind must have been counted: one that was not means a suite stopped counting, and the report
// would read as if it held.
function robustnessReport(results, full) {
  if (!results) return 0;
  const tally = tallyRobustness(results);
  console.log(`\n${formatRobustness(tally).join('\n')}`);
  const missing = full ? uncounted(tally) : [];
  const short = shortfalls(tally);
  if (missing.length > 0) console.error(`npm test: no suite counted ${missing.join(', ')} in a full run.`);
  if (short.length > 0) console.error(`npm test: not everything held: ${short.join(', ')}.`);
  return missing.length > 0 || short.length > 0 ? 1 : 0;
}

// The last line says what was skipped and why, so a green run without the corpus or Chromium cannot pass for a
// full one.
function skipSummary(results) {
  if (!results)
    return { skipped: 0, line: 'npm test: no results file: nothing can be said about skipped tests.' };
  const skipped = (results.testResults ?? []).flatMap((suite) =>
    (suite.assertionResults ?? [])
      .filter((a) => a.status === 'skipped' || a.status === 'pending' || a.status === 'todo')
      .map(() => suite.name ?? ''),
  );
  if (skipped.length === 0) return { skipped: 0, line: 'npm test: nothing skipped.' };
  const corpus = resolve(process.env.CABLE_CORPUS ?? '../shared/corpus');
  const causes = [];
  if (!existsSync(resolve(corpus, 'README.md')))
    causes.push(`corpus not found at ${corpus} (set CABLE_CORPUS)`);
  const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) causes.push(`Chromium not found at ${chromium} (set CHROMIUM)`);
  const browser = skipped.filter((name) => name.includes('/tests/browser/')).length;
  const why = causes.length > 0 ? causes.join('; ') : 'skipped by their suites (see the notices above)';
  return {
    skipped: skipped.length,
    line: `${skipped.length} skipped (${browser} in the browser suites): ${why}`,
  };
}
