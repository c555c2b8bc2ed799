import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// WXT builds both browsers from one tree; Preact comes in through its Vite preset.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Cable Reader',
    description:
      'Reads the leaked US diplomatic cables cleanly on the sites that publish them, with bookmarks and notes kept locally.',
  },
});
