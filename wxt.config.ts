import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { precompileDefaultLexicon } from './scripts/precompile-lexicon';
import { precompileRegistry } from './scripts/precompile-registry';
import { safeBundles } from './scripts/vite-safe-bundles';

const EXTENSION_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'none'";

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep utils/ usable from the Node CLI and tests without WXT's globals.
  imports: false,
  webExt: { disabled: true },
  vite: () => ({
    plugins: [preact(), precompileDefaultLexicon(), precompileRegistry(), safeBundles()],
    // Workers are bundled with their own plugin list; they get the same rewrites.
    worker: { plugins: () => [precompileRegistry(), safeBundles()] },
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: 'ClauseMark',
    description:
      'Marks passages that fall under Chinese content-regulation clauses (Beijing micro-blog provisions Art. 10, the seven baselines).',
    permissions: ['storage'],
    // The library page doubles as the options page (the browser's "Options" link), in a full tab: its list,
    // detail and settings need the room an embedded options dialog does not give.
    options_ui: { page: 'library.html', open_in_tab: true },
    // Keyboard next/previous match; commands need no permission.
    commands: {
      'next-match': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Reveal the next marked passage',
      },
      'previous-match': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Reveal the previous marked passage',
      },
    },
    // Extension pages may load only their own scripts and may not connect anywhere: ClauseMark makes no requests.
    content_security_policy: {
      extension_pages: EXTENSION_CSP,
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'clausemark@clausemark.invalid',
          strict_min_version: '142.0',
          // Nothing is collected or transmitted.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
