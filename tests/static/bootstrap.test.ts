// When `npm start` and `npm test` install first: no node_modules, or a lockfile that names packages node_modules
// lacks or holds at other versions; never merely because a checkout touched the lockfile.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleReason } from '../../scripts/bootstrap.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Packages = Record<string, { version?: string; optional?: boolean }>;

/** A project folder with `locked` in package-lock.json and, unless null, `installed` in node_modules. */
function project(locked: Packages, installed: Packages | null, installedFirst = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'cable-reader-bootstrap-'));
  dirs.push(dir);
  const lock = join(dir, 'package-lock.json');
  writeFileSync(lock, JSON.stringify({ packages: { '': {}, ...locked } }));
  if (installed) {
    mkdirSync(join(dir, 'node_modules'));
    const hidden = join(dir, 'node_modules/.package-lock.json');
    writeFileSync(hidden, JSON.stringify({ packages: installed }));
    const [older, newer] = installedFirst ? [hidden, lock] : [lock, hidden];
    utimesSync(older, new Date(2026, 0, 1), new Date(2026, 0, 1));
    utimesSync(newer, new Date(2026, 0, 2), new Date(2026, 0, 2));
  }
  return dir;
}

const preact = { 'node_modules/preact': { version: '11.2.0' } };

describe('whether to install first', () => {
  it('installs on a fresh clone', () => {
    expect(staleReason(project(preact, null))).toBe('node_modules is missing');
  });

  it('trusts an install newer than the lockfile', () => {
    expect(staleReason(project(preact, {}, false))).toBeNull();
  });

  it('checks an older install package by package: same versions are current', () => {
    const optional = { 'node_modules/@biomejs/cli-darwin-arm64': { version: '2.6.8', optional: true } };
    expect(staleReason(project({ ...preact, ...optional }, preact))).toBeNull();
  });

  it('installs when the lockfile moved a version or added a package', () => {
    expect(staleReason(project(preact, { 'node_modules/preact': { version: '10.0.0' } }))).toBe(
      'node_modules is older than package-lock.json',
    );
    expect(staleReason(project({ ...preact, 'node_modules/idb': { version: '8.0.4' } }, preact))).toBe(
      'node_modules is older than package-lock.json',
    );
  });
});
