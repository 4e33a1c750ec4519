import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { precompileDefaultLexicon } from './scripts/precompile-lexicon';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep utils/ usable from the Node CLI and tests without WXT's globals.
  imports: false,
  webExt: { disabled: true },
  vite: () => ({
    plugins: [preact(), precompileDefaultLexicon()],
    build: { sourcemap: false },
  }),
  manifest: {
    name: 'ClauseMark',
    description:
      'Marks passages that fall under Chinese content-regulation clauses (Beijing micro-blog provisions Art. 10, the seven baselines).',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: { id: 'clausemark@clausemark.invalid', strict_min_version: '128.0' },
    },
  },
});
