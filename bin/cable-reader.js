#!/usr/bin/env node
// Entry of the `cable-reader` command: loads the CLI that `npm install` built into dist/.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(built)) {
  console.error('cable-reader: the CLI is not built yet; run `npm install` (or `npm run build:cli`) first.');
  process.exit(1);
}
await import(built.href);
