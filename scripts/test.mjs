// `npm test`: builds the extension for Chrome and Firefox, then runs every vitest project (unit, corpus,
// build checks, real browser). It only orchestrates; each check lives in its own test file.
import { spawnSync } from 'node:child_process';

function run(cmd, args) {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  return r.status ?? 1;
}

const extra = process.argv.slice(2);
let status = run('npx', ['wxt', 'build']);
if (status === 0) status = run('npx', ['wxt', 'build', '-b', 'firefox']);
if (status !== 0) {
  console.error('npm test: the extension build failed; tests that need it cannot run.');
}
const testStatus = run('npx', ['vitest', 'run', ...extra]);
process.exit(status || testStatus);
