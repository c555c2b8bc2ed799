// Gives the bench a private, consistent copy of the Chrome build: built first unless told not to, and copied under
// the same lock builds take, so a rebuild elsewhere cannot swap files mid-run. Never edits .output itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromeBuildDir } from '../../browser/fixture';

const projectRoot = resolve(import.meta.dirname, '../../..');
const lockFile = '/tmp/wxt-build.lock';

export interface BuildCopy {
  dir: string;
  remove(): void;
}

/** Runs a shell command under the build lock where `flock` exists (it does on Debian and in CI), else plainly. */
function underLock(script: string): number {
  const [cmd, args] = existsSync('/usr/bin/flock')
    ? ['flock', [lockFile, 'sh', '-c', script]]
    : ['sh', ['-c', script]];
  const r = spawnSync(cmd as string, args as string[], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return r.status ?? 1;
}

/** Builds the extension (unless `build` is false) and copies `.output/chrome-mv3` to a temporary folder. */
export function buildCopy(build: boolean): BuildCopy {
  const dir = mkdtempSync(join(tmpdir(), 'cable-reader-bench-ext-'));
  const copy = `cp -R '${chromeBuildDir}/.' '${dir}'`;
  if (build) console.log('> npx wxt build (under the build lock)');
  const status = underLock(
    build ? `npx wxt build && ${copy}` : `test -f '${chromeBuildDir}/manifest.json' && ${copy}`,
  );
  if (status !== 0 || !existsSync(join(dir, 'manifest.json'))) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      build ? 'bench: the extension build failed' : `bench: no extension build at ${chromeBuildDir}`,
    );
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
