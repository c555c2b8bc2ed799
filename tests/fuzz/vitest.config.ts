// Runs the fuzz suites alone (`npm run test:fuzz` uses it), e.g. for a long run with FC_RUNS and FC_SEED set.
// Same plugins and environment as the project's unit suites; only the included files differ.
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  plugins: [preact()],
  test: {
    name: 'fuzz',
    include: ['tests/fuzz/**/*.test.ts'],
    environment: 'node',
  },
});
