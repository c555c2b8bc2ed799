import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { MIRROR_ORIGINS } from './lib/sites/mirrors';
import { actionIcon, ICON_SIZES, iconPath } from './lib/view/action-icon';
import { drawIcons } from './scripts/icons';
import { addCableAddresses, viewCodePlugin } from './scripts/view-code';

// WXT builds both browsers from one tree; Preact comes in through its Vite preset.
// Permissions are the least the features need (see README): storage for settings, scripting to run on the hosts
// a reader enables, activeTab so the popup can read the current tab's address; other hosts are asked for one at a
// time.
/** The toolbar button before any tab says otherwise: grey, the product's name. */
const toolbarButton = { default_icon: actionIcon('idle'), default_title: '__MSG_ext_name__' };

/** Chrome's service worker has no document to copy in, so it asks for an offscreen one; Firefox's background page has its own. */
function copyDocumentPermission(browser: string, manifestVersion: number): 'offscreen'[] {
  return manifestVersion === 3 && browser !== 'firefox' ? ['offscreen'] : [];
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // Terser rather than esbuild's minifier: 4-5% smaller scripts (the small content script is held to 25 kB gzip
    // by tests/build/size-budget.test.ts, and every mirror page that is not a cable pays for its bytes).
    build: {
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
      // Chunks under 20 kB are merged where no page would run code it did not run before: the popup's modules
      // came in 19 files and now come in 11 (its first list 14-40 ms sooner warm in tests/bench/popup.ts).
      rollupOptions: { output: { experimentalMinChunkSize: 20_000 } },
    },
  }),
  // The CLI bundle is a build product of `npm install`, and test reports are local runs' output (they may quote the
  // corpus): neither is a source AMO reviewers need.
  zip: { excludeSources: ['dist/**', 'test-results/**', 'coverage/**'] },
  hooks: {
    // The icons are drawn from assets/icons/*.svg on every build, never kept as hand-made PNGs.
    'build:publicAssets': async (wxt, files) => {
      files.push(...(await drawIcons(resolve(wxt.config.wxtDir, 'icons'))));
    },
    // The clean view's code is loaded on cable addresses but runs only once a cable is found (scripts/view-code.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entry) => entry.name === 'reader'))
        config.plugins = [...(config.plugins ?? []), viewCodePlugin()];
    },
    'build:manifestGenerated': (_, manifest) => addCableAddresses(manifest),
  },
  manifest: ({ browser, manifestVersion }) => ({
    // Name, description and shortcut text come from public/_locales in the browser's language.
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    icons: Object.fromEntries(ICON_SIZES.map((size) => [String(size), iconPath(size)])),
    // Grey until a tab shows a cable: the background sets each tab's icon and title (lib/view/action-icon.ts).
    ...(manifestVersion === 3 ? { action: toolbarButton } : { browser_action: toolbarButton }),
    // The notes panel is framed beside the clean view on any page the view runs on. MV3: only through a
    // per-session URL (use_dynamic_url), so a page cannot probe for the extension by loading it; Firefox's
    // moz-extension:// host is already a per-install random id.
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['notes-panel.html'], matches: ['*://*/*'], use_dynamic_url: true }]
        : ['notes-panel.html'],
    // unlimitedStorage: the bookmark database must not be evicted under storage pressure. clipboardWrite: "Copy
    // citation" and "Copy link" copy from the extension's own context (an offscreen document in Chrome, hence
    // offscreen), never through the page.
    permissions: [
      'storage',
      'scripting',
      'activeTab',
      'unlimitedStorage',
      'clipboardWrite',
      ...copyDocumentPermission(browser, manifestVersion),
    ],
    // The known mirrors, where the content script runs anyway (the install prompt names them either way): the
    // background runs the clean view's code (reader.js) there, and the popup sees which cable a tab shows.
    host_permissions: [...MIRROR_ORIGINS],
    // "Enable on this site": any web origin may be asked for, one at a time, from the popup.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['*://*/*'] }
      : { optional_permissions: ['*://*/*'] as ['*://*/*'] }),
    // Desktop only: Firefox for Android has no keyboard commands. The key stays in the one Firefox package (AMO
    // serves the same file to both), as Android's manifest schema lacks it and skips it with a warning; nothing
    // relies on it there (background.ts and the shortcut handler check for the API, the view then names no key).
    commands: {
      'toggle-view': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: '__MSG_cmd_toggle__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cable-reader@cable-reader.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
