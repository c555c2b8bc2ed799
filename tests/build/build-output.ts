// Locates the extension builds in .output/ for the build checks (size budget, Firefox lint).
// Finding and reading files only: each check owns its own rules.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { waitForRunningBuild } from '../fixtures/build-lock';

const projectRoot = resolve(import.meta.dirname, '../..');

/** Absolute path of a build folder under .output/ (`chrome-mv3`, `firefox-mv2`...). */
function outputDir(name: string): string {
  return join(projectRoot, '.output', name);
}

/**
 * The first of `candidates` (folder names under .output/) that holds a manifest, the most recently built one if
 * several do, or null. Under CI=true a missing build is an error; elsewhere the check is skipped with a notice.
 */
export function findBuild(check: string, candidates: string[]): string | null {
  waitForRunningBuild();
  const built = candidates
    .map(outputDir)
    .filter((dir) => existsSync(join(dir, 'manifest.json')))
    .sort((a, b) => statSync(join(b, 'manifest.json')).mtimeMs - statSync(join(a, 'manifest.json')).mtimeMs);
  const found = built[0] ?? null;
  if (!found) {
    const message = `${check}: no build in .output/{${candidates.join(',')}} (npm test builds it)`;
    if (process.env.CI === 'true') throw new Error(`${message}; required under CI=true.`);
    console.warn(`[build] ${message}: skipped.`);
  }
  return found;
}

/** The Chrome and the Firefox build, each with its browser's name, for a check that runs on whichever is built. */
export function bothBuilds(check: string): (readonly ['Chrome' | 'Firefox', string])[] {
  const builds = [
    ['Chrome', findBuild(`${check} (Chrome)`, ['chrome-mv3'])],
    ['Firefox', findBuild(`${check} (Firefox)`, ['firefox-mv2', 'firefox-mv3'])],
  ] as const;
  return builds.filter((build): build is readonly ['Chrome' | 'Firefox', string] => build[1] !== null);
}
