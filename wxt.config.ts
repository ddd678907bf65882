import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { markStylesFor } from './scripts/markStylesPlugin';
import { polyfillAsModule } from './scripts/polyfillAsModule';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Vite's module-preload polyfill is the only network code that would ship (it fetches <link rel=modulepreload>);
  // extension pages do not need it, and without it the bundles contain no network API at all
  vite: ({ browser }) => ({
    build: { modulePreload: { polyfill: false } },
    plugins: [polyfillAsModule(), markStylesFor(browser !== 'firefox')],
    // WXT's content-script context announces every script to the page (see the file for why and what instead)
    resolve: { alias: { 'wxt/utils/content-script-context': fileURLToPath(new URL('./extension/content/scriptContext.ts', import.meta.url)) } },
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    // reviewers get the code and the KB, not test screenshots or scratch files
    excludeSources: ['tests/artifacts/**', 'scratch/**', '.output/**'],
  },
  manifest: ({ browser }) => ({
    name: 'Pardon Check',
    description: "Checks figures about Belarus's political-prisoner pardons against a bundled, sourced knowledge base. Runs entirely on your device.",
    // the topic gate runs on every page (a content script); the checker is injected where it opens
    permissions: ['scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
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
