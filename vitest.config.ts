import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Two projects: fast node-side suites (unit + corpus) and real-browser suites that need the built extension.
export default defineConfig({
  plugins: [preact()],
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'lib/**/*.test.{ts,tsx}',
            'components/**/*.test.{ts,tsx}',
            'entrypoints/**/*.test.ts',
            'tests/corpus/**/*.test.ts',
            'tests/build/**/*.test.ts',
            'tests/static/**/*.test.ts',
            'tests/fuzz/**/*.test.{ts,tsx}',
          ],
          environment: 'node',
          // Components speak through t(); outside a browser it reads the English catalog.
          setupFiles: ['tests/i18n/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A poll waits for what a real browser does in its own time (a smooth scroll, a re-render): on a loaded
          // 2-core machine that took over the 1 s default once (a "go to paragraph 20" scroll), so 10 s.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
