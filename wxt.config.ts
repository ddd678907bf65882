import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { polyfillAsModule } from './scripts/polyfillAsModule';

// the bench build records our work in the page's performance timeline, which page scripts can read: it
// goes to its own folder and is never shipped (see extension/content/measure.ts)
const bench = process.env.PARDON_CHECK_BENCH === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  ...(bench ? { outDir: '.output/bench' } : {}),
  // Vite's module-preload polyfill is the only network code that would ship (it fetches <link rel=modulepreload>);
  // extension pages do not need it, and without it the bundles contain no network API at all
  vite: () => ({
    // BENCH_UNMINIFIED=1: a bench build whose CPU profiles name our functions (npm run bench, BENCH_PROFILE)
    build: { modulePreload: { polyfill: false }, ...(bench && process.env.BENCH_UNMINIFIED === '1' ? { minify: false } : {}) },
    define: { 'import.meta.env.PARDON_CHECK_BENCH': JSON.stringify(bench) },
    plugins: [polyfillAsModule()],
    // WXT's content-script context announces every script to the page (see the file for why and what instead)
    resolve: {
      alias: {
        'wxt/utils/content-script-context': fileURLToPath(new URL('./extension/content/scriptContext.ts', import.meta.url)),
        // the desk's CSV export: csv-stringify's own browser build (its Node build needs Node's Buffer)
        'csv-stringify/sync': 'csv-stringify/browser/esm/sync',
      },
    },
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    // reviewers get the code and the KB, not test screenshots or scratch files
    excludeSources: ['tests/artifacts/**', 'scratch/**', '.output/**'],
  },
  manifest: ({ browser }) => ({
    // in the browser's language: public/_locales/<lang>/messages.json (English when the browser's is not there)
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // the topic gate runs on every page (a content script); the checker is injected where it opens, with
    // its marks' styles (scripting.insertCSS). storage: the reader's settings. The context menu's "Check with
    // Pardon Check" on selected text: contextMenus in Chrome, menus in Firefox (neither adds an install warning)
    permissions: ['scripting', 'storage', browser === 'firefox' ? 'menus' : 'contextMenus'],
    host_permissions: ['http://*/*', 'https://*/*'],
    // hide or show the marks on the current tab (the popup has the same control); readers can remap it
    commands: {
      'toggle-marks': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggleMarks__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pardon-check@pardon-check.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142; desktop ESR 140 has it
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
