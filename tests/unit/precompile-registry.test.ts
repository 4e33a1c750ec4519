import { describe, expect, it } from 'vitest';
import { precompileRegistry, registryModule } from '../../scripts/precompile-registry';
import { loadRegistry, REGISTRY } from '../../utils/clauses';
import { ARTICLE_10 } from '../../utils/clauses/article10';
import { SEVEN_BASELINES } from '../../utils/clauses/baselines';
import { CONVENTION_CLAUSES } from '../../utils/clauses/conventions';
import { CROSSWALK } from '../../utils/clauses/crosswalk';
import { DOCUMENTS } from '../../utils/clauses/documents';
import { FAMILIES } from '../../utils/clauses/families';

describe('build-time validated clause registry', () => {
  it('the bundles carry exactly what validating the registry data gives, defaults filled in', () => {
    const literal = /^export const REGISTRY = JSON\.parse\((".*")\);\n$/s.exec(registryModule())?.[1];
    expect(literal).toBeDefined();
    const embedded = JSON.parse(JSON.parse(literal as string));
    const validated = loadRegistry({
      documents: DOCUMENTS,
      clauses: [...ARTICLE_10, ...SEVEN_BASELINES, ...CONVENTION_CLAUSES],
      families: FAMILIES,
      crosswalk: CROSSWALK,
    });
    expect(embedded).toEqual(validated);
    expect(embedded).toEqual(REGISTRY);
    // a default the schema fills in is there, not left to the reader
    expect(embedded.clauses.every((c: { aliases?: unknown }) => Array.isArray(c.aliases))).toBe(true);
  });

  it('replaces only utils/clauses/registry.ts, and only with the virtual module', async () => {
    const plugin = precompileRegistry();
    const resolveId = plugin.resolveId as (this: unknown, s: string, i?: string) => Promise<string | null>;
    const load = plugin.load as (id: string) => string | null;
    const ctx = (target: string) => ({ resolve: async () => ({ id: target }) });
    const registry = new URL('../../utils/clauses/registry.ts', import.meta.url).pathname;
    expect(await resolveId.call(ctx(registry), './registry', '/x/utils/clauses/index.ts')).toBe(
      '\0clausemark-registry',
    );
    expect(await resolveId.call(ctx('/elsewhere/registry.ts'), './registry', '/elsewhere/a.ts')).toBeNull();
    expect(await resolveId.call(ctx(registry), './schema', '/x/utils/clauses/index.ts')).toBeNull();
    expect(load('\0clausemark-registry')).toBe(registryModule());
    expect(load('/x/other.ts')).toBeNull();
  });
});
