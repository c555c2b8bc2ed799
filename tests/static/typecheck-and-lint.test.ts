// Runs the project's static checks (tsc --noEmit, Biome) as tests, so `npm test` and CI count them.
// It checks only; it never rewrites files.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function run(args: string[]): { status: number | null; output: string } {
  const r = spawnSync('npx', args, { cwd: root, encoding: 'utf8', timeout: 300_000 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('static checks', () => {
  it('tsc --noEmit reports no type errors', () => {
    const r = run(['tsc', '--noEmit']);
    expect(r.output.trim().split('\n').slice(0, 40).join('\n')).not.toMatch(/error TS/);
    expect(r.status).toBe(0);
  }, 300_000);

  it('biome check reports no lint or format errors', () => {
    const r = run(['biome', 'ci', '--reporter=summary', '.']);
    expect(r.status, r.output.slice(-4000)).toBe(0);
  }, 300_000);
});
