import { ARTICLE_10 } from './article10';
import { SEVEN_BASELINES } from './baselines';
import { CONVENTION_CLAUSES } from './conventions';
import { CROSSWALK } from './crosswalk';
import { DOCUMENTS } from './documents';
import { FAMILIES } from './families';
import { loadRegistry, type Registry } from './schema';

/**
 * The registry, validated when this module loads. The extension's builds replace this module with the data
 * validated at build time (scripts/precompile-registry.ts), so no page pays for the validation.
 */
export const REGISTRY: Registry = loadRegistry({
  documents: DOCUMENTS,
  clauses: [...ARTICLE_10, ...SEVEN_BASELINES, ...CONVENTION_CLAUSES],
  families: FAMILIES,
  crosswalk: CROSSWALK,
});
