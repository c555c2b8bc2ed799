// The first lines of `npm start` and `npm test`: on a fresh clone (no node_modules) or after the lockfile changed,
// install the locked dependencies with `npm ci` and say so. Deciding and installing only; the commands do the rest.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/**
 * Why node_modules cannot be used as it is, or null when it matches the lockfile. npm records what it installed in
 * node_modules/.package-lock.json: newer than package-lock.json is current; older (a checkout touches the
 * lockfile too) is stale only if a locked package is missing or at another version. Platform-only optional
 * packages are never installed elsewhere and do not count.
 */
export function staleReason(dir = root) {
  const modules = join(dir, 'node_modules');
  if (!existsSync(modules)) return 'node_modules is missing';
  const installed = join(modules, '.package-lock.json');
  if (!existsSync(installed)) return 'node_modules was not installed by npm from the lockfile';
  const lockfile = join(dir, 'package-lock.json');
  if (statSync(installed).mtimeMs >= statSync(lockfile).mtimeMs) return null;
  const locked = JSON.parse(readFileSync(lockfile, 'utf8')).packages ?? {};
  const present = JSON.parse(readFileSync(installed, 'utf8')).packages ?? {};
  for (const [path, entry] of Object.entries(locked)) {
    if (path === '' || entry.link) continue;
    const got = present[path];
    if (!got && entry.optional) continue;
    if (!got || got.version !== entry.version) return 'node_modules is older than package-lock.json';
  }
  return null;
}

/** Runs `npm ci` first when node_modules is missing or stale, saying why; exits when it fails. */
export function ensureDependencies(command) {
  const reason = staleReason();
  if (!reason) return;
  if (existsSync(join(root, 'node_modules')) && lstatSync(join(root, 'node_modules')).isSymbolicLink()) {
    // A shared install linked in (a second worktree): npm ci would empty the folder every other tree uses.
    console.warn(
      `npm ${command}: ${reason}, but node_modules is a link to a shared install; not reinstalling it.`,
    );
    return;
  }
  console.log(
    `npm ${command}: ${reason}; running \`npm ci\` first (the locked dependencies, about two minutes).`,
  );
  const run = spawnSync('npm', ['ci'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(
      `npm ${command}: \`npm ci\` failed (see above); fix that and run \`npm ${command}\` again.`,
    );
    process.exit(run.status || 1);
  }
  console.log(`npm ${command}: dependencies installed; going on.`);
}
