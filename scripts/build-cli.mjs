// Bundles the CLI (lib/cli/main.ts) into dist/cli.mjs so `npx cable-reader` runs on plain Node after `npm install`.
// Runs from postinstall; it only builds, it never changes sources.
import { build } from 'esbuild';

await build({
  entryPoints: ['lib/cli/main.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
