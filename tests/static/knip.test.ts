// Runs knip (knip.json: the WXT entrypoints, the CLI, the benches and scripts as entries) as a test, so `npm test`
// counts every unused file, dependency or export as a failure. It checks only; it never rewrites files.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('knip', () => {
  it('finds no unused file, dependency or export', () => {
    const r = spawnSync('npx', ['knip', '--no-progress', '--no-config-hints'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(`${r.stdout}\n${r.stderr}`.trim()).toBe('');
    expect(r.status).toBe(0);
  }, 300_000);
});
