// The scripts (scripts/*.mjs) load TypeScript helpers through tsImport, a call knip and tsc cannot follow: each
// name a script takes from such a module must be exported by it (a dropped export broke `npm run zip:firefox`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const scripts = resolve(import.meta.dirname, '../../scripts');

interface Use {
  script: string;
  module: string;
  names: string[];
}

/** Each tsImport in a script: the module and the names the script reads from it. */
function usesOf(script: string): Use[] {
  const source = readFileSync(join(scripts, script), 'utf8');
  const calls = source.matchAll(/const (\{[^}]+\}|[\w$]+) = await tsImport\('([^']+)', import\.meta\.url\)/g);
  return [...calls].map(([, binding = '', module = '']) => {
    const names = binding.startsWith('{')
      ? binding
          .slice(1, -1)
          .split(',')
          .map((n) => (n.split(':')[0] ?? '').trim())
          .filter(Boolean)
      : [
          ...new Set(
            [...source.matchAll(new RegExp(`(?<![\\w$./])${binding}\\.([\\w$]+)`, 'g'))].map(
              (m) => m[1] ?? '',
            ),
          ),
        ];
    return { script, module, names };
  });
}

const uses = readdirSync(scripts)
  .filter((f) => f.endsWith('.mjs'))
  .flatMap(usesOf);

describe('what the scripts take from TypeScript modules', () => {
  it('finds the scripts’ tsImports (check-package, start)', () => {
    expect(uses.map((u) => `${u.script} ${u.module}`)).toEqual(
      expect.arrayContaining([
        'check-package.mjs ../tests/build/web-ext-lint.ts',
        'start.mjs ./sample-pages.ts',
      ]),
    );
    expect(uses.every((u) => u.names.length > 0)).toBe(true);
  });

  it.each(uses.map((u) => [u.script, u.module, u]))(
    '%s: %s exports what it is asked for',
    async (_, __, use) => {
      const exported = (await import(resolve(scripts, use.module))) as Record<string, unknown>;
      const missing = use.names.filter((name) => exported[name] === undefined);
      expect(missing).toEqual([]);
    },
  );
});
