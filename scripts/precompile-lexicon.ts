import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LEXICON_FILES } from '../utils/lexicon/index';
import { compileLexicon } from '../utils/match/compile';
import { parseLexicon } from '../utils/match/load-lexicon';
import { serializeLexicon } from '../utils/match/serialize';

const TARGET = fileURLToPath(new URL('../utils/lexicon/default-compiled.ts', import.meta.url));
const SERIALIZE = fileURLToPath(new URL('../utils/match/serialize.ts', import.meta.url));
const VIRTUAL = '\0clausemark-default-compiled';

/**
 * Vite plugin: validates the default lexicon with its Zod schema (a bad file fails the build, naming the file, entry
 * and reason) and replaces utils/lexicon/default-compiled.ts with the compiled tables.
 */
export function precompileDefaultLexicon(): Plugin {
  return {
    name: 'clausemark:precompile-lexicon',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !/default-compiled(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === TARGET ? VIRTUAL : null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      const entries = Object.entries(DEFAULT_LEXICON_FILES).flatMap(
        ([file, data]) => parseLexicon(data, `utils/lexicon/data/${file}`).entries,
      );
      const json = JSON.stringify(serializeLexicon(compileLexicon(entries)));
      return [
        `import { deserializeLexicon } from ${JSON.stringify(SERIALIZE)};`,
        // A string parsed on first use: loading the script stays cheap, and JSON.parse of a string is faster
        // than evaluating the same object literal.
        `const DATA = ${JSON.stringify(json)};`,
        'let cached;',
        'export function defaultCompiled() { return (cached ??= deserializeLexicon(JSON.parse(DATA))); }',
        'export const PRECOMPILED = true;',
      ].join('\n');
    },
  };
}
