import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { REGISTRY } from '../utils/clauses/registry';

const TARGET = fileURLToPath(new URL('../utils/clauses/registry.ts', import.meta.url));
const VIRTUAL = '\0clausemark-registry';

/** The module that replaces utils/clauses/registry.ts in a build: the validated registry as data. */
export function registryModule(): string {
  // JSON.parse of a string is faster to load than the same object literal
  return `export const REGISTRY = JSON.parse(${JSON.stringify(JSON.stringify(REGISTRY))});\n`;
}

/**
 * Vite plugin: the clause registry is validated with its Zod schema when the build loads it (a bad registry
 * fails the build, naming the path of the first problem), and the bundles carry the validated data.
 */
export function precompileRegistry(): Plugin {
  return {
    name: 'clausemark:precompile-registry',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !/\/registry(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === TARGET ? VIRTUAL : null;
    },
    load(id) {
      return id === VIRTUAL ? registryModule() : null;
    },
  };
}
