import { REGISTRY } from './registry';
import type { Clause, CrosswalkLink, SourceDocument } from './schema';

export * from './schema';
export { REGISTRY };

const clauseById = new Map(REGISTRY.clauses.map((c) => [c.id, c]));
const documentById = new Map(REGISTRY.documents.map((d) => [d.id, d]));
const familyColor = new Map(REGISTRY.families.map((f) => [f.id, f.color]));
const linksFrom = new Map<string, CrosswalkLink[]>();
for (const l of REGISTRY.crosswalk) linksFrom.set(l.from, [...(linksFrom.get(l.from) ?? []), l]);

export const ARTICLE_10_IDS = REGISTRY.clauses
  .filter((c) => c.document === 'bj-microblog-2011')
  .map((c) => c.id);
export const BASELINE_IDS = REGISTRY.clauses
  .filter((c) => c.document === 'seven-baselines-2013')
  .map((c) => c.id);
export const DEFAULT_DOCUMENTS = REGISTRY.documents.filter((d) => d.defaultEnabled).map((d) => d.id);

export function getClause(id: string): Clause | undefined {
  return clauseById.get(id);
}

export function getDocument(id: string): SourceDocument | undefined {
  return documentById.get(id);
}

export function familyOf(clauseId: string): string {
  return clauseById.get(clauseId)?.family ?? 'art10-11';
}

export function colorOf(family: string): string {
  return familyColor.get(family) ?? '#546e7a';
}

export function crosswalkFrom(clauseId: string): CrosswalkLink[] {
  return linksFrom.get(clauseId) ?? [];
}

/**
 * Clauses implied by a set of direct clause ids, restricted to the enabled documents and excluding the
 * direct ones; sorted so the same input always gives the same output.
 */
export function impliedClauses(
  direct: readonly string[],
  enabledDocuments: readonly string[] = DEFAULT_DOCUMENTS,
) {
  const enabled = new Set(enabledDocuments);
  const out = new Set<string>();
  for (const id of direct)
    for (const l of crosswalkFrom(id)) {
      const doc = clauseById.get(l.to)?.document;
      if (doc && enabled.has(doc) && !direct.includes(l.to)) out.add(l.to);
    }
  return [...out].sort(compareClauseIds);
}

/** Orders ids by registry position, so art10-2 sorts before art10-10. */
export function compareClauseIds(a: string, b: string): number {
  return clauseIndex(a) - clauseIndex(b) || (a < b ? -1 : a > b ? 1 : 0);
}

const order = new Map(REGISTRY.clauses.map((c, i) => [c.id, i]));
function clauseIndex(id: string): number {
  return order.get(id) ?? Number.MAX_SAFE_INTEGER;
}
